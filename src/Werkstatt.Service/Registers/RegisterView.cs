using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;

namespace Werkstatt.Service.Registers;

/// <summary>
/// A member's register as its page shows it: null <see cref="Register"/> before it is built; <see cref="Pending"/> the
/// changes of the latest blueprint version not yet applied or declined.
/// </summary>
public sealed record RegisterView(
    Member Member,
    Register? Register,
    bool CanChange,
    BlueprintRelease? Latest,
    IReadOnlyList<BlueprintChange> Pending,
    RegisterCoverage? Coverage);
