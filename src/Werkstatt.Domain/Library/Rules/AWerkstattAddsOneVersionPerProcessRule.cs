using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Library.Rules;

/// <summary>Packaging the same Werkstatt again adds nothing: one version per Werkstatt and entry.</summary>
public sealed class AWerkstattAddsOneVersionPerProcessRule(IEnumerable<LibraryVersion> versions, WerkstattId? werkstatt) : IBusinessRule
{
    public string Message => "Diese Prozesswerkstatt ist für diesen Prozess schon in der Bibliothek.";

    public bool IsBroken() => werkstatt is { } id && versions.Any(v => v.WerkstattId == id);
}
