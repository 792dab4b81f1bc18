namespace Werkstatt.Service.Library;

/// <summary>The choices of the filter form: topics, members and Werkstätten that occur in the network's library.</summary>
public sealed record LibraryFilters(IReadOnlyList<string> Topics, IReadOnlyList<KeyValuePair<Guid, string>> Members, IReadOnlyList<KeyValuePair<Guid, string>> Werkstaetten);
