namespace Werkstatt.Service.Demo;

/// <summary>One demo login as printed on start.</summary>
public sealed record DemoLogin(string Email, string Role, string Who);
