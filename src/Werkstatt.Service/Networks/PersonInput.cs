using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Networks;

/// <summary>
/// A person's data. <see cref="Role"/> and <see cref="Password"/> create a login when both are given (creation only).
/// </summary>
public sealed record PersonInput(
    MemberId? MemberId,
    string Name,
    string Email,
    string? Function,
    Role? Role = null,
    string? Password = null,
    int? Version = null);
