using Werkstatt.Service.ToBe;
using Werkstatt.Web.Api;
using Werkstatt.Web.Live;

namespace Werkstatt.Web.Hosting;

/// <summary>Registration and endpoints of the to-be models and live modelling (SignalR hub at <see cref="SollHub.Path"/>).</summary>
public static class LiveModellingExtensions
{
    public static IServiceCollection AddLiveModelling(this IServiceCollection services)
    {
        // A whole model per message: allow the draft limit plus room for the envelope (the default is 32 KB).
        services.AddSignalR(o => o.MaximumReceiveMessageSize = ToBeLiveService.MaxDraftBytes + (64 * 1024));
        return services;
    }

    public static IEndpointRouteBuilder MapLiveModelling(this IEndpointRouteBuilder app)
    {
        ToBeEndpoints.MapToBe(app);
        app.MapHub<SollHub>(SollHub.Path);
        return app;
    }
}
