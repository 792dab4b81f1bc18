using Werkstatt.Service.Common;

namespace Werkstatt.Service.Library;

/// <summary>Wakes the packaging loop when a Werkstatt was published in this process.</summary>
public sealed class LibrarySignal : WorkSignal;
