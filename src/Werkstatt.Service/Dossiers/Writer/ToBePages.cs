using PdfSharp.Pdf;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>The Werkstatt's to-be model of a process on landscape pages, drawn as vectors like the members' as-is models.</summary>
internal static class ToBePages
{
    /// <summary>Draws the to-be model if the chapter has one and adds it to the chapter's outline; true when it drew.</summary>
    public static bool Draw(PageCursor cursor, PdfOutline outline, DossierProcess process)
    {
        if (process.ToBe is not { } toBe)
        {
            return false;
        }

        var saved = BerlinTime.FormatDate(toBe.SavedAt);
        var first = DrawingPages.Draw(cursor, $"SOLL-Modell der Werkstatt (Version {toBe.Version} vom {saved}): {process.Name}", toBe.Drawing);
        outline.Outlines.Add("SOLL-Modell der Werkstatt", cursor.Document.Pages[first - 1]);
        return true;
    }
}
