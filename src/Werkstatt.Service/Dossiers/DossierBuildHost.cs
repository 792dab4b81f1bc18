using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Jobs.Quartz;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// The build loop: builds requested dossiers when signalled, and every <see cref="DossierOptions.CheckInterval"/> looks
/// for released Werkstätten whose content changed. Requests are rows; claims keep two instances from building the same one.
/// </summary>
public sealed class DossierBuildHost(IServiceProvider services, DossierSignal signal, IOptions<DossierOptions> options, ILogger<DossierBuildHost> logger)
    : SignalledWorkLoop(services, signal, logger)
{
    private readonly string _claimant = QuartzSchedulerFactory.NewInstanceId();

    protected override string Work => "Dossier build";

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override async Task<int> RunPassAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var builder = scoped.GetRequiredService<DossierBuilder>();
        await builder.CheckForChangesAsync(cancellationToken);
        return await builder.ProcessPendingAsync(_claimant, cancellationToken);
    }
}
