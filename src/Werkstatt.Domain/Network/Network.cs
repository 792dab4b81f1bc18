using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Network;

/// <summary>A network of administrations (Kooperationsprojekt) that shares the modelling work.</summary>
public sealed class Network : AggregateRoot
{
    public const int NameMaxLength = 120;

    private Network()
    {
        Name = string.Empty;
        Template = ScheduleTemplate.Default;
    }

    public NetworkId Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Decides the public holidays that deadlines should avoid.</summary>
    public FederalState FederalState { get; private set; }

    public ScheduleTemplate Template { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Network Create(string name, FederalState state, DateTimeOffset now)
    {
        return new Network
        {
            Id = NetworkId.New(),
            Name = Text.Required(name, NameMaxLength, nameof(Name), "Der Name des Netzwerks"),
            FederalState = state,
            Template = ScheduleTemplate.Default,
            CreatedAt = now,
        };
    }

    public void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(Name), "Der Name des Netzwerks");

    public void MoveTo(FederalState state) => FederalState = state;

    public void ChangeTemplate(ScheduleTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        template.EnsureValid();
        Template = template;
    }
}
