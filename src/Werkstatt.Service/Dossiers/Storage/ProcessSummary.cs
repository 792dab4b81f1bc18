namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>A process in a <see cref="DossierSummary"/>.</summary>
public sealed record ProcessSummary(string Name, IReadOnlyList<MemberSummary> Members, int Remarks, int Comparison)
{
    public IEnumerable<string> Changes(ProcessSummary before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var names = Members.Select(m => m.Name).ToList();
        if (!names.SequenceEqual(before.Members.Select(m => m.Name)))
        {
            yield return $"{Name}: modellierende Verwaltungen jetzt {string.Join(", ", names)}";
        }

        foreach (var member in Members)
        {
            var was = before.Members.FirstOrDefault(m => m.Name == member.Name);
            if (was is null)
            {
                continue;
            }

            if (member.Profile != was.Profile)
            {
                yield return was.Profile is null ? $"{Name}: Steckbrief von {member.Name} eingereicht" : $"{Name}: Steckbrief von {member.Name} geändert";
            }

            if (member.Model != was.Model)
            {
                yield return was.Model is null ? $"{Name}: Modell von {member.Name} eingereicht" : $"{Name}: Modell von {member.Name} geändert";
            }

            if (member.Findings != was.Findings)
            {
                yield return $"{Name}: Befunde zu {member.Name} aktualisiert";
            }
        }

        if (Remarks != before.Remarks || Comparison != before.Comparison)
        {
            yield return ReviewChanged(Name);
        }
    }

    internal static string ReviewChanged(string process) => $"{process}: Anmerkungen der Qualitätssicherung oder Vergleich aktualisiert";
}
