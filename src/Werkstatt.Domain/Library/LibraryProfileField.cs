namespace Werkstatt.Domain.Library;

/// <summary>One labelled field of a profile (Steckbrief) as it was final when packaged.</summary>
public sealed record LibraryProfileField(string Label, string Value);
