using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Network;

/// <summary>A member administration (Kreis, Stadt or Gemeinde) of a network.</summary>
public sealed class Member : AggregateRoot
{
    public const int NameMaxLength = 120;
    public const int MaxPopulation = 20_000_000;
    public const int MaxStaffCount = 1_000_000;

    private Member()
    {
        Name = string.Empty;
    }

    public MemberId Id { get; private set; }

    public NetworkId NetworkId { get; private set; }

    public string Name { get; private set; }

    public MemberLevel Level { get; private set; }

    public int Population { get; private set; }

    public int StaffCount { get; private set; }

    public static Member Create(NetworkId networkId, string name, MemberLevel level, int population, int staffCount)
    {
        var member = new Member { Id = MemberId.New(), NetworkId = networkId };
        member.Update(name, level, population, staffCount);
        return member;
    }

    public void Update(string name, MemberLevel level, int population, int staffCount)
    {
        if (!Enum.IsDefined(level))
        {
            throw new DomainRuleViolation("MemberLevelMustBeKnown", "Die Ebene muss Kreis, Stadt oder Gemeinde sein.", nameof(Level));
        }

        if (population is < 0 or > MaxPopulation)
        {
            throw new DomainRuleViolation("PopulationMustBePlausible", $"Die Einwohnerzahl muss zwischen 0 und {MaxPopulation:N0} liegen.", nameof(Population));
        }

        if (staffCount is < 0 or > MaxStaffCount)
        {
            throw new DomainRuleViolation("StaffCountMustBePlausible", $"Die Zahl der Beschäftigten muss zwischen 0 und {MaxStaffCount:N0} liegen.", nameof(StaffCount));
        }

        Name = Text.Required(name, NameMaxLength, nameof(Name), "Der Name der Verwaltung");
        Level = level;
        Population = population;
        StaffCount = staffCount;
    }
}
