using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Blueprints.Events;

/// <summary>A new blueprint version was published; registers built from it are offered its changes.</summary>
public sealed record BlueprintPublished(BlueprintId BlueprintId, NetworkId NetworkId, BlueprintLevel Level, int Number, DateTimeOffset OccurredAt) : IDomainEvent;
