using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>
/// Activities are named "object + verb in the infinitive" ("Antrag prüfen"). German helps: the infinitive is the
/// last word, written in lower case and ending in -n (prüfen, ändern, sammeln, tun), while nouns are capitalised
/// ("Prüfung des Antrags"). A trailing remark in brackets is ignored.
/// </summary>
public sealed class TaskNameRule : ConventionRule
{
    public override string Id => "task-name-object-verb";

    public override string Title => "Aufgaben heißen „Objekt + Verb im Infinitiv“";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Hint;

    public static bool IsObjectAndVerb(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Replace('\n', ' ');
        var bracket = text.IndexOf('(', StringComparison.Ordinal);
        if (bracket > 0)
        {
            text = text[..bracket];
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '„', '“', '\'')).Where(w => w.Length > 0).ToList();
        if (words.Count < 2)
        {
            return false;
        }

        var verb = words[^1];
        return char.IsLower(verb[0]) && verb.EndsWith('n') && verb.All(c => char.IsLetter(c) || c == '-');
    }

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var activity in context.Model.Elements.Where(e => BpmnKinds.IsActivity(e.Kind) && e.Name.Length > 0))
        {
            if (!IsObjectAndVerb(activity.Name))
            {
                yield return Violation($"{ConventionContext.Describe(activity)}: Bezeichnung besser als Objekt und Verb im Infinitiv (z. B. „Antrag prüfen“).", activity.Id);
            }
        }
    }
}
