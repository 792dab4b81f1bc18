using Werkstatt.Web.Hosting;

// Settings and static files sit next to the binaries; ./data stays relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddWerkstattWeb();

var app = builder.Build();
app.UseWerkstattWeb();
await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
