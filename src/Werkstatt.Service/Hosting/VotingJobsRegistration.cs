using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Hosting;

/// <summary>Narrows the jobs' generic reminders with what voting knows; registered after the jobs so it wins.</summary>
public static class VotingJobsRegistration
{
    public static IServiceCollection AddVotingReminders(this IServiceCollection services)
    {
        services.AddKeyedScoped<IRecipientResolver, ProcessManagersWithoutBallot>(RecipientKeys.Reminder(MilestoneKind.VotingCloses));
        return services;
    }
}
