using Werkstatt.Service.Common;

namespace Werkstatt.Service.Microsoft365;

/// <summary>Wakes the Graph loop after a calendar became due in this process.</summary>
public sealed class GraphSignal : WorkSignal;
