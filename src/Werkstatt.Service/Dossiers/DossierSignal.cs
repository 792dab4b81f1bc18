using Werkstatt.Service.Common;

namespace Werkstatt.Service.Dossiers;

/// <summary>Wakes the dossier build loop when a build was requested in this process.</summary>
public sealed class DossierSignal : WorkSignal;
