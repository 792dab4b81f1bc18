namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>Someone a reminder goes to.</summary>
public sealed record Recipient(Guid PersonId, string Name, string Email);
