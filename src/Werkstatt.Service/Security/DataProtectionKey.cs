namespace Werkstatt.Service.Security;

/// <summary>One ASP.NET Data Protection key, stored in the database so every instance shares the key ring.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
