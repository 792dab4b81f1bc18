using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Invitations;

/// <summary>
/// The set-up the invitation delivery tests share (by e-mail over SMTP, by Microsoft Graph): a real store per provider,
/// the services over it, the servers a test starts (disposed after the services), and the steps both take.
/// </summary>
public abstract class InvitationScenario(string provider) : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    protected ServiceProvider Services { get; private set; } = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }
    }

    /// <summary>A server the test started: disposed after the test, after the services.</summary>
    protected T Own<T>(T owned)
        where T : IAsyncDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    /// <summary>A fresh database of the provider and the services over it.</summary>
    protected async Task StartServicesAsync(ManualTimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = Own(await TestDatabase.CreateAsync(provider));
        Services = await TestServices.CreateAsync(database, clock, settings: settings, configure: configure);
        _owned.Insert(0, Services);
    }

    protected T Get<T>()
        where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    protected static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    /// <summary>A person straight into the store (line breaks in the name become spaces, as the person form would make them).</summary>
    protected async Task<Person> PersonAsync(NetworkId network, MemberId member, string name, string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var person = Person.Create(network, member, name.Replace("\r\n", " ", StringComparison.Ordinal), email, null);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>Both workshop days and the follow-up a week later, everything else as it was.</summary>
    protected static ScheduleInput OneWeekLater(Schedule s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ScheduleInput.From(s) with
        {
            Day1Start = s.Day1Start.AddDays(7), Day1End = s.Day1End.AddDays(7),
            Day2Start = s.Day2Start!.Value.AddDays(7), Day2End = s.Day2End!.Value.AddDays(7),
            FollowUpDue = s.FollowUpDue.AddDays(7),
        };
    }
}
