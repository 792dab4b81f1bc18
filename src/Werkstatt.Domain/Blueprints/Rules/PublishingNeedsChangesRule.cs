using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Blueprints.Rules;

/// <summary>A new version is published only when the working copy differs from the last one, and has processes at all.</summary>
public sealed class PublishingNeedsChangesRule(bool changed, int processes) : IBusinessRule
{
    public string Message => processes == 0
        ? "Eine Blaupause ohne Prozesse kann nicht veröffentlicht werden."
        : "Seit der letzten Version wurde nichts geändert; es gibt nichts zu veröffentlichen.";

    public bool IsBroken() => !changed || processes == 0;
}
