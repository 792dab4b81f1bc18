using Werkstatt.Service.Common;

namespace Werkstatt.Service.Notifications;

/// <summary>Pulsed after outbox rows were saved in this process, so the dispatcher does not wait for its next poll.</summary>
public sealed class OutboxSignal : WorkSignal;
