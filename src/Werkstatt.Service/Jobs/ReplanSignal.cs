using Werkstatt.Service.Common;

namespace Werkstatt.Service.Jobs;

/// <summary>Pulsed after re-plan requests were saved in this process, so the scheduler host applies them at once.</summary>
public sealed class ReplanSignal : WorkSignal;
