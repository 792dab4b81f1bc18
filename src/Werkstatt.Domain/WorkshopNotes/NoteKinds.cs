namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>German names of <see cref="NoteKind"/>, and the order the room and the dossier list them in.</summary>
public static class NoteKinds
{
    public static readonly IReadOnlyList<NoteKind> InOrder = [NoteKind.Decision, NoteKind.Weakness, NoteKind.Idea, NoteKind.GoodPractice, NoteKind.OpenQuestion];

    public static string GermanName(this NoteKind kind) => kind switch
    {
        NoteKind.Weakness => "Schwachstelle",
        NoteKind.Idea => "Idee",
        NoteKind.GoodPractice => "Gute Praxis",
        NoteKind.OpenQuestion => "Offene Frage",
        NoteKind.Decision => "Entscheidung",
        _ => kind.ToString(),
    };

    public static string GermanPlural(this NoteKind kind) => kind switch
    {
        NoteKind.Weakness => "Schwachstellen",
        NoteKind.Idea => "Ideen",
        NoteKind.GoodPractice => "Gute Praxis",
        NoteKind.OpenQuestion => "Offene Fragen",
        NoteKind.Decision => "Entscheidungen",
        _ => kind.ToString(),
    };
}
