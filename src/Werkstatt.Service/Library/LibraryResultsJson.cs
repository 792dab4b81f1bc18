using System.Globalization;
using System.Text.Json;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.Library;

/// <summary>A version's <c>notes[]</c> and <c>actionItems[]</c> in metadata.json (docs/library-package.md), beside the <c>workshopNotes</c> text.</summary>
internal static class LibraryResultsJson
{
    public static void Write(Utf8JsonWriter json, LibraryVersion version)
    {
        json.WriteStartArray("notes");
        foreach (var note in version.Notes)
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind(note.Kind));
            json.WriteString("text", note.Text);
            if (note.MemberId is { } member)
            {
                json.WriteStartObject("member");
                json.WriteString("id", member);
                json.WriteString("name", note.MemberName ?? string.Empty);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("member");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("actionItems");
        foreach (var item in version.ActionItems)
        {
            json.WriteStartObject();
            json.WriteString("text", item.Text);
            json.WriteStartObject("owner");
            json.WriteString("id", item.OwnerId);
            json.WriteString("name", item.OwnerName);
            json.WriteEndObject();
            json.WriteString("due", item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("status", item.Status == ActionItemStatus.Done ? "done" : "open");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Stable English names: the enum's order may change, the package format may not.</summary>
    public static string Kind(NoteKind kind) => kind switch
    {
        NoteKind.Weakness => "weakness",
        NoteKind.Idea => "idea",
        NoteKind.GoodPractice => "goodPractice",
        NoteKind.OpenQuestion => "openQuestion",
        NoteKind.Decision => "decision",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
