using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Demo;

/// <summary>
/// The demo's running vote: a Werkstatt in Voting whose deadline is two minutes after the first start, with topics
/// from several members and ballots from only some of them — so the reminders go out at once and the vote closes
/// by itself while one watches.
/// </summary>
internal static class DemoVoting
{
    public static readonly TimeSpan DeadlineAfterStart = TimeSpan.FromMinutes(2);

    private static readonly (string Title, string Description, string WhyNow)[] Topics =
    [
        ("Gewerbe an- und abmelden", "Gewerbeanzeigen vom Eingang bis zur Weitergabe an Kammern und Finanzamt.", "Das Onlinezugangsgesetz verlangt den digitalen Antrag; viele Medienbrüche."),
        ("Hundesteuer", "An-, Ab- und Ummeldung von Hunden, Steuermarken, Ermäßigungen.", "Häufiger Bürgerkontakt, einfach zu modellieren, gutes Einstiegsthema."),
        ("Wohngeld", "Antrag, Prüfung, Bescheid und Weiterbewilligung.", "Seit der Reform doppelt so viele Anträge; Bearbeitungszeiten steigen."),
        ("Sondernutzung öffentlicher Flächen", "Erlaubnisse für Außengastronomie, Gerüste, Container.", "Unterschiedliche Praxis in jeder Stadt – hier lohnt der Vergleich."),
    ];

    /// <summary>Adds the Werkstatt, its topics and some ballots to the context (the caller saves).</summary>
    public static WerkstattAggregate Plan(Network network, IReadOnlyList<Member> members, DateTimeOffset now, TimeSpan deadlineAfterStart, Action<object> add)
    {
        var firstDay = BerlinTime.DateOf(now).AddDays(-network.Template.VotingClosesDays);
        var template = Schedule.FromTemplate(network.Template, firstDay);
        var schedule = Schedule.Create(
            now - TimeSpan.FromDays(14), now + deadlineAfterStart, template.AssignmentConfirmed, template.ModelsDue, template.ReviewDue,
            template.PreReadOut, template.Day1Start, template.Day1End, template.Day2Start, template.Day2End, template.FollowUpDue);
        var werkstatt = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Digitale Dienste", schedule, Venue.Online("https://teams.microsoft.com/l/meetup-join/demo-digitale-dienste"), now);
        werkstatt.MoveTo(Phase.TopicCollection, now, "Demo");

        var topics = new List<Topic>();
        for (var i = 0; i < Topics.Length; i++)
        {
            var member = members[(i * 3) % members.Count];
            var (title, description, whyNow) = Topics[i];
            var topic = Topic.Propose(werkstatt.Id, werkstatt.Phase, false, member.Id, false, $"Prozessmanagement {member.Name}", title, description, whyNow, now);
            topics.Add(topic);
            add(topic);
        }

        werkstatt.MoveTo(Phase.Voting, now, "Demo");
        var byId = topics.ToDictionary(t => t.Id);
        var settings = VotingSettings.Default;

        // Four members have voted, the others have not: they get the reminder.
        for (var i = 0; i < 4; i++)
        {
            var member = members[i];
            var ballot = Ballot.For(werkstatt.Id, member.Id);
            var dots = new Dictionary<TopicId, int> { [topics[i % topics.Count].Id] = 2, [topics[(i + 1) % topics.Count].Id] = 1 };
            ballot.Cast(member.Id, dots, werkstatt.Phase, settings, false, byId, now, $"Prozessmanagement {member.Name}");
            add(ballot);
        }

        return werkstatt;
    }
}
