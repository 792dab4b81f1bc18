using System.Globalization;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Bpmn.Compare;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Submissions;
using ReviewProfile = Werkstatt.Domain.Review.ProcessProfile;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>Maps submitted profiles to the dossier's profile record and compares two members' submissions aspect by aspect.</summary>
public static class DossierProfiles
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static Content.ProcessProfile? From(ReviewProfile? profile) => profile is null ? null : new Content.ProcessProfile(
        profile.Name, profile.LeikaKey, profile.Trigger, profile.Result, profile.Roles, profile.ItSystems,
        profile.CaseVolumePerYear?.ToString("N0", German), profile.ProcessingTime, profile.MediaBreaks,
        profile.Digitisation?.GermanName(), profile.LegalBasis, profile.Notes);

    /// <summary>
    /// Rows comparing the first two of the given sides (ordered as the dossier orders modelling members): profile
    /// fields side by side, the number of activities and the activities only one of them modelled. Empty with fewer than two.
    /// </summary>
    public static IReadOnlyList<ComparisonRow> Comparison(IReadOnlyList<(ReviewProfile? Profile, BpmnModel? Model)> sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
        if (sides.Count < 2 || sides.Take(2).All(s => s.Profile is null && s.Model is null))
        {
            return [];
        }

        var (a, b) = (sides[0], sides[1]);
        var rows = new List<ComparisonRow>();
        void Add(string aspect, Func<ReviewProfile, string?> value)
        {
            var left = a.Profile is null ? null : value(a.Profile);
            var right = b.Profile is null ? null : value(b.Profile);
            if (left is not null || right is not null)
            {
                rows.Add(new ComparisonRow(aspect, left ?? "—", right ?? "—"));
            }
        }

        Add("Auslöser", p => p.Trigger);
        Add("Ergebnis", p => p.Result);
        Add("Fallzahl pro Jahr", p => p.CaseVolumePerYear?.ToString("N0", German));
        Add("Bearbeitungszeit", p => p.ProcessingTime);
        Add("Medienbrüche", p => Joined(p.MediaBreaks));
        Add("IT-Systeme", p => Joined(p.ItSystems));
        Add("Digitalisierungsgrad", p => p.Digitisation?.GermanName());
        if (a.Model is not null && b.Model is not null)
        {
            var left = Activities(a.Model);
            var right = Activities(b.Model);
            rows.Add(new ComparisonRow("Aktivitäten im Modell", left.Count.ToString(German), right.Count.ToString(German)));
            rows.Add(new ComparisonRow("Nur hier modelliert", OnlyIn(left, right), OnlyIn(right, left)));
        }

        return rows;
    }

    private static string? Joined(string? lines) => ReviewProfile.Entries(lines) is { Count: > 0 } entries ? string.Join(", ", entries) : null;

    private static List<string> Activities(BpmnModel model) => model.Elements
        .Where(e => BpmnKinds.IsActivity(e.Kind) && !string.IsNullOrWhiteSpace(e.Name))
        .Select(e => e.Name)
        .DistinctBy(NameNormalizer.Normalize)
        .ToList();

    private static string OnlyIn(List<string> these, List<string> others)
    {
        var known = others.Select(NameNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var only = these.Where(t => !known.Contains(NameNormalizer.Normalize(t))).ToList();
        return only.Count == 0 ? "—" : string.Join(", ", only);
    }
}
