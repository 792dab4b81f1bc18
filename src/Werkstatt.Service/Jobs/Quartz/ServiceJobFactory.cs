using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Spi;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>Creates job instances from the application's services (Quartz's DI package is not available here).</summary>
public sealed class ServiceJobFactory(IServiceProvider services) : IJobFactory
{
    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return (IJob)ActivatorUtilities.CreateInstance(services, bundle.JobDetail.JobType);
    }

    public void ReturnJob(IJob job) => (job as IDisposable)?.Dispose();
}
