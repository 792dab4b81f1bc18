using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Jobs;

namespace Werkstatt.Service.Microsoft365;

/// <summary>The Graph loop: writes due calendars' events to Microsoft 365 when signalled and every <see cref="Microsoft365Options.PollInterval"/>.</summary>
public sealed class GraphSyncHost(IServiceProvider services, GraphSignal signal, IOptions<Microsoft365Options> options, ILogger<GraphSyncHost> logger)
    : SignalledWorkLoop(services, signal, logger)
{
    protected override string Work => "Graph events";

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task<int> RunPassAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
        scoped.GetRequiredService<GraphCalendarSync>().RunDueAsync(cancellationToken);
}
