using System.Globalization;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>The German texts of refusals.</summary>
internal static class ImportMessages
{
    public const string Empty = "Die Datei ist leer.";

    public const string NotXml = "Die Datei ist keine XML-Datei. Bitte das Modell im Modellierungswerkzeug als BPMN 2.0 XML exportieren (.bpmn oder .xml).";

    public const string Truncated = "Die Datei ist unvollständig (sie endet mitten im XML). Bitte das Modell erneut exportieren und hochladen.";

    public const string Dtd = "Die Datei enthält eine Dokumenttyp-Deklaration (DOCTYPE/ENTITY). Das ist bei BPMN nicht nötig und wird aus Sicherheitsgründen abgelehnt (Schutz vor XXE und Entity-Expansion).";

    public static string TooLarge(long limit) => string.Create(CultureInfo.GetCultureInfo("de-DE"), $"Die Datei ist größer als die erlaubten {limit / (1024.0 * 1024.0):0.#} MB.");

    public static string TooManyElements(int limit) => string.Create(CultureInfo.GetCultureInfo("de-DE"), $"Die Datei enthält mehr als {limit:N0} XML-Elemente und wird nicht verarbeitet.");

    public static string TooDeep(int limit) => string.Create(CultureInfo.GetCultureInfo("de-DE"), $"Die Datei ist tiefer als {limit} Ebenen verschachtelt und wird nicht verarbeitet.");

    public static string Malformed(int line, int position) => string.Create(
        CultureInfo.GetCultureInfo("de-DE"), $"Die Datei ist kein gültiges XML (Fehler in Zeile {line}, Spalte {position}). Bitte das Modell erneut exportieren.");

    public static string NotBpmn(string rootName, string rootNamespace) => rootNamespace.Length == 0
        ? $"Die Datei ist XML, aber kein BPMN-2.0-Modell (Wurzelelement „{rootName}“ ohne Namensraum). Erwartet wird „definitions“ im Namensraum {BpmnNamespaces.Model.NamespaceName}."
        : $"Die Datei ist XML, aber kein BPMN-2.0-Modell (Wurzelelement „{rootName}“ im Namensraum {rootNamespace}). Erwartet wird „definitions“ im Namensraum {BpmnNamespaces.Model.NamespaceName}.";
}
