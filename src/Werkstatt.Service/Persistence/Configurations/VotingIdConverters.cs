using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Voting;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Converters for the ids and values of topics, processes and the assignment.</summary>
internal static class VotingIdConverters
{
    public static readonly ValueConverter<TopicId, Guid> Topic = new(id => id.Value, value => new TopicId(value));
    public static readonly ValueConverter<ProcessId, Guid> Process = new(id => id.Value, value => new ProcessId(value));
    public static readonly ValueConverter<LeikaKey, string> Leika = new(key => key.Value, value => new LeikaKey(value));

    /// <summary>Levels as "Kreis,Stadt" – a handful of values that are only ever read with their process.</summary>
    public static readonly ValueConverter<IReadOnlySet<MemberLevel>, string> Levels = new(
        levels => string.Join(",", levels.Order()),
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<MemberLevel>).ToHashSet());

    public static readonly ValueComparer<IReadOnlySet<MemberLevel>> LevelsComparer = new(
        (a, b) => a != null && b != null && a.SetEquals(b),
        levels => levels.Order().Aggregate(17, (hash, level) => (hash * 31) + (int)level),
        levels => levels.ToHashSet());
}
