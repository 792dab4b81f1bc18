using Werkstatt.Domain.Registers;
using Werkstatt.Service.Registers.Library;

namespace Werkstatt.Service.Registers;

/// <summary>A register entry with the library process that covers it (if any) and whether the member imported it.</summary>
public sealed record EntryCoverage(RegisterEntry Entry, LibraryProcess? Library, bool Imported);
