using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Jobs.Quartz;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Jobs;

/// <summary>Registration of jobs, outbox and mail: <see cref="AddJobs"/> everywhere, <see cref="AddJobHosting"/> where they run.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>Options, services and the domain-event handlers; runs nothing by itself.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();

        services.AddSingleton<ReplanSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<QuartzSchedulerFactory>();
        services.AddSingleton<SystemNetMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Effective == MailTransportKind.Graph
            ? sp.GetRequiredKeyedService<IMailTransport>(MailTransportKind.Graph)
            : sp.GetRequiredService<SystemNetMailTransport>());

        services.AddScoped<MailComposer>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<OutboxStore>();
        services.AddScoped<MailAttachments>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxService>();
        services.AddScoped<DigestService>();
        services.AddScoped<NotificationPreferenceService>();
        services.AddScoped<ReminderSettingsService>();
        services.AddScoped<MilestoneJobService>();
        services.AddScoped<JobPlanSync>();
        services.AddScoped<JobPlanning>();
        services.AddScoped<Dashboard.JobDashboardService>();
        services.AddScoped<PeopleDirectory>();

        services.AddScoped<WerkstattJobsHandler>();
        services.AddScoped<IHandles<WerkstattPlanned>>(sp => sp.GetRequiredService<WerkstattJobsHandler>());
        services.AddScoped<IHandles<WerkstattRescheduled>>(sp => sp.GetRequiredService<WerkstattJobsHandler>());
        services.AddScoped<IHandles<WerkstattPhaseChanged>>(sp => sp.GetRequiredService<WerkstattJobsHandler>());
        services.AddScoped<IHandles<WerkstattCancelled>>(sp => sp.GetRequiredService<WerkstattJobsHandler>());

        // Who gets which reminder until the features behind them (ballots, assignments, invitations) narrow it.
        services.AddKeyedScoped<IRecipientResolver, ProcessManagerRecipients>(RecipientKeys.Reminder(MilestoneKind.VotingCloses));
        services.AddKeyedScoped<IRecipientResolver, ProcessManagerRecipients>(RecipientKeys.Reminder(MilestoneKind.ModelsDue));
        services.AddKeyedScoped<IRecipientResolver, ReviewerRecipients>(RecipientKeys.Reminder(MilestoneKind.ReviewDue));
        services.AddKeyedScoped<IRecipientResolver, NetworkPeopleRecipients>(RecipientKeys.Reminder(MilestoneKind.WorkshopDay1));
        services.AddKeyedScoped<IRecipientResolver, ProcessManagerRecipients>(RecipientKeys.Reminder(MilestoneKind.FollowUpDue));
        foreach (var milestone in MilestoneWork.Escalated)
        {
            services.AddKeyedScoped<IRecipientResolver, CoordinatorRecipients>(RecipientKeys.Escalation(milestone));
        }

        services.AddDeadlineAction<CloseVotingAtDeadline>(MilestoneKind.VotingCloses);
        return services;
    }

    /// <summary>Registers <typeparamref name="TAction"/> to run at the deadline of <paramref name="milestone"/> (replacing an earlier one).</summary>
    public static IServiceCollection AddDeadlineAction<TAction>(this IServiceCollection services, MilestoneKind milestone)
        where TAction : class, IDeadlineAction
    {
        var registry = services.LastOrDefault(d => d.ServiceType == typeof(DeadlineActionRegistry))?.ImplementationInstance as DeadlineActionRegistry;
        if (registry is null)
        {
            registry = new DeadlineActionRegistry();
            services.AddSingleton(registry);
        }

        registry.Add(milestone);
        services.AddKeyedScoped<IDeadlineAction, TAction>(milestone);
        return services;
    }

    /// <summary>Runs the scheduler and the mail dispatcher in this process (the worker, and the web app unless <c>Jobs:RunInWeb=false</c>).</summary>
    public static IServiceCollection AddJobHosting(this IServiceCollection services)
    {
        services.TryAddSingleton<SchedulerHost>();
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerHost>());
        services.AddHostedService<DispatcherHost>();
        return services;
    }

    /// <summary>The web app's variant: hosts the jobs only when <c>Jobs:RunInWeb</c> is true (default).</summary>
    public static IServiceCollection AddJobHostingInWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue($"{JobsOptions.SectionName}:{nameof(JobsOptions.RunInWeb)}", true) ? services.AddJobHosting() : services;
    }
}
