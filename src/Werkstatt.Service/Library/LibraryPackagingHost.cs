using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Jobs;

namespace Werkstatt.Service.Library;

/// <summary>
/// The packaging job: on a signal and every <see cref="LibraryOptions.CheckInterval"/> it packages published Werkstätten
/// into their libraries. Idempotent, so two instances or a crash in between add nothing twice (the unique index on
/// entry and Werkstatt backs that up).
/// </summary>
public sealed class LibraryPackagingHost(IServiceProvider services, LibrarySignal signal, IOptions<LibraryOptions> options, ILogger<LibraryPackagingHost> logger)
    : SignalledWorkLoop(services, signal, logger)
{
    protected override string Work => "Library packaging";

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task<int> RunPassAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
        scoped.GetRequiredService<LibraryPackager>().PackagePendingAsync(cancellationToken);
}
