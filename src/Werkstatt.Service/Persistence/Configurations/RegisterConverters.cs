using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Registers;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Converters for blueprints and registers: ids, the own attribute values (JSON) and the choices of an attribute.</summary>
internal static class RegisterConverters
{
    public static readonly ValueConverter<BlueprintId, Guid> Blueprint = new(id => id.Value, value => new BlueprintId(value));
    public static readonly ValueConverter<RegisterId, Guid> Register = new(id => id.Value, value => new RegisterId(value));

    // A handful of values per entry, only ever read and written with it: one JSON column instead of a table of rows.
    public static readonly ValueConverter<IReadOnlyDictionary<Guid, string>, string> Values = new(
        values => JsonSerializer.Serialize(values, (JsonSerializerOptions?)null),
        text => JsonSerializer.Deserialize<Dictionary<Guid, string>>(text, (JsonSerializerOptions?)null) ?? new Dictionary<Guid, string>());

    public static readonly ValueComparer<IReadOnlyDictionary<Guid, string>> ValuesComparer = new(
        (a, b) => a != null && b != null && a.Count == b.Count && a.All(p => b.ContainsKey(p.Key) && b[p.Key] == p.Value),
        values => values.Aggregate(17, (hash, p) => hash ^ HashCode.Combine(p.Key, p.Value)),
        values => values.ToDictionary(p => p.Key, p => p.Value));

    public static readonly ValueConverter<IReadOnlyList<string>, string> Choices = new(
        choices => string.Join("\n", choices),
        text => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList());

    public static readonly ValueComparer<IReadOnlyList<string>> ChoicesComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        choices => choices.Aggregate(17, (hash, c) => HashCode.Combine(hash, c)),
        choices => choices.ToList());

    public const int ChoicesMaxLength = (AttributeDefinition.ChoiceMaxLength + 1) * AttributeDefinition.MaxChoices;
}
