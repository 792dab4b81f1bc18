using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Value converters that store the domain's id structs as plain GUIDs.</summary>
internal static class IdConverters
{
    public static readonly ValueConverter<NetworkId, Guid> Network = new(id => id.Value, value => new NetworkId(value));
    public static readonly ValueConverter<MemberId, Guid> Member = new(id => id.Value, value => new MemberId(value));
    public static readonly ValueConverter<PersonId, Guid> Person = new(id => id.Value, value => new PersonId(value));
    public static readonly ValueConverter<WerkstattId, Guid> Werkstatt = new(id => id.Value, value => new WerkstattId(value));
}
