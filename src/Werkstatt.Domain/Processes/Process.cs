using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes.Rules;
using Werkstatt.Domain.Voting;

namespace Werkstatt.Domain.Processes;

/// <summary>A concrete process the coordinator derived from a winning topic, to be modelled by one or two members.</summary>
public sealed class Process : AggregateRoot
{
    public const int NameMaxLength = 150;

    private Process()
    {
        Name = string.Empty;
        Levels = new HashSet<MemberLevel>();
    }

    public ProcessId Id { get; private set; }

    public WerkstattId WerkstattId { get; private set; }

    public TopicId TopicId { get; private set; }

    public string Name { get; private set; }

    public LeikaKey? LeikaKey { get; private set; }

    /// <summary>How many members model it: 1 or 2 (the slots of the assignment).</summary>
    public int ModellersNeeded { get; private set; }

    /// <summary>The member levels the process applies to.</summary>
    public IReadOnlySet<MemberLevel> Levels { get; private set; }

    /// <summary>Kreis and town both take part (e.g. a certificate the town sends to the Kreis).</summary>
    public bool CrossesLevels { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>True when a member of <paramref name="level"/> can model it.</summary>
    public bool AppliesTo(MemberLevel level) => Levels.Contains(level);

    /// <summary>Crossing processes with two modellers get one Kreis and one town.</summary>
    public bool NeedsKreisAndTown => CrossesLevels && ModellersNeeded == 2;

    public static Process Derive(
        WerkstattId werkstattId, Phase phase, Topic topic, TopicOutcome? outcome, string name, string? leikaKey,
        int modellersNeeded, IReadOnlyCollection<MemberLevel> levels, bool crossesLevels, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(topic);
        CheckRule(new ProcessesAreDerivedDuringProcessSelectionRule(phase));
        CheckRule(new ProcessesComeFromWinningTopicsRule(topic.Title, topic.WerkstattId == werkstattId ? outcome : null));
        var process = new Process { Id = ProcessId.New(), WerkstattId = werkstattId, TopicId = topic.Id, CreatedAt = now };
        process.Set(name, leikaKey, modellersNeeded, levels, crossesLevels);
        return process;
    }

    public void Update(Phase phase, string name, string? leikaKey, int modellersNeeded, IReadOnlyCollection<MemberLevel> levels, bool crossesLevels)
    {
        CheckRule(new ProcessesAreDerivedDuringProcessSelectionRule(phase));
        Set(name, leikaKey, modellersNeeded, levels, crossesLevels);
    }

    private void Set(string name, string? leikaKey, int modellersNeeded, IReadOnlyCollection<MemberLevel> levels, bool crossesLevels)
    {
        ArgumentNullException.ThrowIfNull(levels);

        // Check everything before changing anything.
        var checkedName = Text.Required(name, NameMaxLength, nameof(Name), "Der Name des Prozesses");
        var key = Processes.LeikaKey.Optional(leikaKey);
        if (modellersNeeded is not (1 or 2))
        {
            throw new DomainRuleViolation("ModellersNeededIsOneOrTwo", "Ein Prozess wird von einer oder zwei Verwaltungen modelliert.", nameof(ModellersNeeded));
        }

        var set = levels.Where(Enum.IsDefined).ToHashSet();
        if (set.Count == 0)
        {
            throw new DomainRuleViolation("ProcessNeedsALevel", "Bitte mindestens eine Ebene wählen (Kreis, Stadt, Gemeinde).", nameof(Levels));
        }

        var crossing = new ProcessCrossingLevelsNeedsKreisAndTownRule(crossesLevels, set);
        if (crossing.IsBroken())
        {
            throw new DomainRuleViolation(DomainRuleViolation.RuleName(crossing.GetType()), crossing.Message, nameof(CrossesLevels));
        }

        Name = checkedName;
        LeikaKey = key;
        ModellersNeeded = modellersNeeded;
        Levels = set;
        CrossesLevels = crossesLevels;
    }
}
