using Werkstatt.Domain.Registers;

namespace Werkstatt.Service.Registers.Library;

/// <summary>Finds the library process of a register entry: the one linked by hand, else the same LeiKa key, else the same name.</summary>
public sealed class LibraryIndex
{
    private readonly Dictionary<string, LibraryProcess> _byId;
    private readonly Dictionary<string, LibraryProcess> _byLeika;
    private readonly Dictionary<string, LibraryProcess> _byName;

    public LibraryIndex(LibraryCatalogView catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _byId = catalog.Processes.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _byLeika = catalog.Processes.Where(p => p.LeikaKey is not null).GroupBy(p => p.LeikaKey!.Value.Value).ToDictionary(g => g.Key, g => g.First());
        _byName = catalog.Processes.GroupBy(p => Normal(p.Name)).ToDictionary(g => g.Key, g => g.First());
    }

    public LibraryCatalogView Catalog { get; }

    public LibraryProcess? Find(RegisterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.LibraryEntryId is { } id)
        {
            return _byId.GetValueOrDefault(id);
        }

        if (entry.LeikaKey is { } key && _byLeika.TryGetValue(key.Value, out var byKey))
        {
            return byKey;
        }

        return _byName.GetValueOrDefault(Normal(entry.Name)) ?? (entry.BaseName is { } baseName ? _byName.GetValueOrDefault(Normal(baseName)) : null);
    }

    public static string Normal(string name) =>
        string.Join(' ', (name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
