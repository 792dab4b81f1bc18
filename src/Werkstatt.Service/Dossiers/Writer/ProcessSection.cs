using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>The opening of a process chapter: title, topic, modelling members and their profiles side by side.</summary>
internal static class ProcessSection
{
    public static string Title(int number, DossierProcess process) => $"Prozess {number}: {process.Name}";

    public static void DrawIntro(PageCursor cursor, int number, DossierProcess process)
    {
        var fonts = cursor.Fonts;
        cursor.Heading(Title(number, process), fonts.Heading1);
        cursor.Paragraph($"Thema: {process.Topic}", fonts.Body);
        cursor.Paragraph($"LeiKa-Schlüssel: {process.LeikaKey ?? "—"}", fonts.Body);
        var members = process.Members.Count == 0 ? "noch nicht zugeteilt" : string.Join(", ", process.Members.Select(m => m.MemberName));
        cursor.Paragraph($"Modellierende Verwaltungen: {members}", fonts.Body);
        cursor.Heading("Prozesssteckbriefe", fonts.Heading2);
        if (process.Members.Count == 0 || process.Members.All(m => m.Profile is null))
        {
            cursor.Paragraph("Es wurde noch kein Steckbrief eingereicht.", fonts.Note);
        }
        else
        {
            var fraction = 0.74 / process.Members.Count;
            var fractions = new List<double> { 0.26 };
            fractions.AddRange(process.Members.Select(_ => fraction));
            var header = new List<string> { "Feld" };
            header.AddRange(process.Members.Select(m => m.MemberName));
            var rows = ProcessProfile.Fields.Select(f =>
            {
                var row = new List<string?> { f.Label };
                row.AddRange(process.Members.Select(m => m.Profile is null ? "(noch nicht eingereicht)" : f.Value(m.Profile)));
                return (IReadOnlyList<string?>)row;
            });
            TableBlock.Draw(cursor, fractions, header, rows);
        }

        foreach (var member in process.Members.Where(m => m.Drawing is null))
        {
            cursor.Space(4);
            cursor.Paragraph($"Prozessmodell von {member.MemberName}: noch nicht eingereicht.", fonts.Note);
        }
    }
}
