using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>Who takes part, by member.</summary>
internal static class ParticipantsSection
{
    public const string Title = "Teilnehmende";

    public static void Draw(PageCursor cursor, DossierContent content)
    {
        cursor.Heading(Title, cursor.Fonts.Heading1);
        if (content.Participants.Count == 0)
        {
            cursor.Paragraph("Die Anmeldungen liegen noch nicht vor. Die Liste wird ergänzt, sobald sich Teilnehmende angemeldet haben.", cursor.Fonts.Note);
            return;
        }

        foreach (var group in content.Participants)
        {
            cursor.Heading(group.MemberName, cursor.Fonts.Heading3, keepWith: 14);
            foreach (var person in group.People)
            {
                cursor.Paragraph(person.Function is null ? $"• {person.Name}" : $"• {person.Name} – {person.Function}", cursor.Fonts.Body, indent: 8);
            }
        }
    }
}
