using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Blueprints.Rules;

/// <summary>A process sits in a group of the same blueprint; a group sits at the top or in another group.</summary>
public sealed class ItemsSitInAnExistingGroupRule(BlueprintItemKind kind, Guid? parentKey, BlueprintItem? parent) : IBusinessRule
{
    public string Message => kind == BlueprintItemKind.Process && parentKey is null
        ? "Ein Prozess gehört in eine Prozessgruppe."
        : "Die gewählte Prozessgruppe gibt es in dieser Blaupause nicht.";

    public bool IsBroken() =>
        (kind == BlueprintItemKind.Process && parentKey is null)
        || (parentKey is not null && (parent is null || parent.Kind != BlueprintItemKind.Group));
}
