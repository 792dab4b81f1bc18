using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Accounts;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Audit;

/// <summary>Turns a changed entity into the German sentence of its audit entry; null for changes not worth recording.</summary>
internal static class AuditDescriber
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Title"] = "Titel",
        ["Schedule"] = "Termine",
        ["Venue"] = "Ort",
        ["Name"] = "Name",
        ["Email"] = "E-Mail",
        ["Function"] = "Funktion",
        ["MemberId"] = "Verwaltung",
        ["Level"] = "Ebene",
        ["Population"] = "Einwohnerzahl",
        ["StaffCount"] = "Beschäftigte",
        ["Capacity"] = "Kapazität",
        ["Description"] = "Beschreibung",
        ["WhyNow"] = "Begründung",
        ["LeikaKey"] = "LeiKa-Schlüssel",
        ["ModellersNeeded"] = "Anzahl Modellierende",
        ["Settings"] = "Regeln",
        ["CountsVisible"] = "Zwischenstand sichtbar",
        ["Template"] = "Zeitplanvorlage",
        ["FederalState"] = "Bundesland",
    };

    public static AuditSubject? Describe(EntityEntry entry, Func<Guid, string> memberName) =>
        DescribeState(entry, memberName) is { } subject
            ? subject with { Action = entry.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Changed" } }
            : null;

    private static AuditSubject? DescribeState(EntityEntry entry, Func<Guid, string> memberName)
    {
        var verb = entry.State switch
        {
            EntityState.Added => "angelegt",
            EntityState.Deleted => "gelöscht",
            _ => "geändert",
        };
        return entry.Entity switch
        {
            WerkstattAggregate w => DescribeWerkstatt(entry, w, verb),
            Topic t => new(AuditKinds.Topic, nameof(Topic), Id(t.Id.Value), entry.State == EntityState.Added
                ? $"Thema „{t.Title}“ vorgeschlagen."
                : Changed(entry, "Status") ? $"Thema „{t.Title}“: {Original<TopicStatus>(entry, "Status").GermanName()} → {t.Status.GermanName()}." : $"Thema „{t.Title}“ {verb}{Which(entry)}.", MemberId: t.MemberId?.Value, WerkstattId: t.WerkstattId.Value),
            Ballot b => new(AuditKinds.Voting, nameof(Ballot), $"{b.WerkstattId.Value}/{b.MemberId.Value}", $"Stimmzettel von {memberName(b.MemberId.Value)} abgegeben ({b.DotsUsed} Punkte).", MemberId: b.MemberId.Value, WerkstattId: b.WerkstattId.Value),
            VotingRound v => new(AuditKinds.Voting, nameof(VotingRound), Id(v.WerkstattId.Value), Changed(entry, "ClosedAt") && v.ClosedAt is not null
                ? "Abstimmung geschlossen."
                : $"Abstimmung {verb}{Which(entry)}.", WerkstattId: v.WerkstattId.Value),
            Process p => new(AuditKinds.Process, nameof(Process), Id(p.Id.Value), $"Prozess „{p.Name}“ {(entry.State == EntityState.Added ? "abgeleitet" : verb)}{Which(entry)}.", WerkstattId: p.WerkstattId.Value),
            MemberOffer o => new(AuditKinds.Assignment, nameof(MemberOffer), $"{o.WerkstattId.Value}/{o.MemberId.Value}", $"Angebot von {memberName(o.MemberId.Value)}: Kapazität {o.Capacity}, {o.Claims.Count} Meldung(en).", MemberId: o.MemberId.Value, WerkstattId: o.WerkstattId.Value),
            StaffingPlan s => new(AuditKinds.Assignment, nameof(StaffingPlan), Id(s.WerkstattId.Value), Changed(entry, "ConfirmedAt") && s.ConfirmedAt is not null
                ? "Zuteilung bestätigt."
                : $"Zuteilung {(entry.State == EntityState.Added ? "vorgeschlagen" : verb)}.", WerkstattId: s.WerkstattId.Value),
            Member m => new(AuditKinds.Member, nameof(Member), Id(m.Id.Value), $"Verwaltung „{m.Name}“ {verb}{Which(entry)}.", NetworkId: m.NetworkId.Value, MemberId: m.Id.Value),
            Person p => new(AuditKinds.Person, nameof(Person), Id(p.Id.Value), $"Person „{p.Name}“ {verb}{Which(entry)}.", NetworkId: p.NetworkId.Value, MemberId: p.MemberId?.Value),
            Network n => new(AuditKinds.Network, nameof(Network), Id(n.Id.Value), $"Netzwerk „{n.Name}“ {verb}{Which(entry)}.", NetworkId: n.Id.Value),
            WorkshopNote or ActionItem => WorkshopNotesAudit.Describe(entry, memberName),
            AppUser u when entry.State is EntityState.Added or EntityState.Deleted => new(AuditKinds.Account, "Account", u.PersonId is { } person ? Id(person) : u.Id, $"Anmeldung {(entry.State == EntityState.Added ? "angelegt" : "gelöscht")}."),
            _ => null,
        };
    }

    private static AuditSubject DescribeWerkstatt(EntityEntry entry, WerkstattAggregate w, string verb)
    {
        string summary;
        if (entry.State == EntityState.Added)
        {
            summary = $"Werkstatt „{w.Title}“ geplant ({w.Phase.GermanName()}).";
        }
        else if (Changed(entry, "Phase"))
        {
            summary = $"Werkstatt „{w.Title}“: Phase {Original<Phase>(entry, "Phase").GermanName()} → {w.Phase.GermanName()}"
                + (w.Phase == Phase.Cancelled && w.CancellationReason is { } reason ? $" (Grund: {reason})." : ".");
        }
        else
        {
            summary = $"Werkstatt „{w.Title}“ {verb}{Which(entry)}.";
        }

        return new(AuditKinds.Werkstatt, nameof(WerkstattAggregate), Id(w.Id.Value), summary, NetworkId: w.NetworkId.Value, WerkstattId: w.Id.Value);
    }

    private static bool Changed(EntityEntry entry, string property) =>
        entry.State == EntityState.Modified && entry.Metadata.FindProperty(property) is not null && entry.Property(property).IsModified;

    private static T Original<T>(EntityEntry entry, string property) => (T)entry.Property(property).OriginalValue!;

    // ": Titel, Termine" – the German names of the changed fields that have one.
    private static string Which(EntityEntry entry)
    {
        if (entry.State != EntityState.Modified)
        {
            return string.Empty;
        }

        var names = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name)
            .Concat(entry.ComplexProperties.Where(c => c.IsModified).Select(c => c.Metadata.Name))
            .Select(n => Fields.GetValueOrDefault(n))
            .OfType<string>()
            .Distinct()
            .ToList();
        return names.Count == 0 ? string.Empty : ": " + string.Join(", ", names);
    }

    private static string Id(Guid id) => id.ToString();
}
