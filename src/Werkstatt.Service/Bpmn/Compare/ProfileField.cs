namespace Werkstatt.Service.Bpmn.Compare;

/// <summary>One profile (Steckbrief) field of both members, supplied by the caller: label and the two values as shown.</summary>
public sealed record ProfileField(string Label, string? A, string? B)
{
    /// <summary>Same after normalisation (case, umlauts, punctuation, whitespace); two empty values count as same.</summary>
    public bool Same => NameNormalizer.Normalize(A ?? string.Empty) == NameNormalizer.Normalize(B ?? string.Empty);
}
