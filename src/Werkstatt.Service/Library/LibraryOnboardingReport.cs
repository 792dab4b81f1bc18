namespace Werkstatt.Service.Library;

/// <summary>What a folder import did, per file: imported (entry name), already there, or refused (German reason).</summary>
public sealed record LibraryOnboardingReport(
    IReadOnlyList<KeyValuePair<string, string>> Imported, IReadOnlyList<string> AlreadyThere, IReadOnlyList<KeyValuePair<string, string>> Refused);
