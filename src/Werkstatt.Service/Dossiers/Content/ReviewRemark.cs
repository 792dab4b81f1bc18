namespace Werkstatt.Service.Dossiers.Content;

/// <summary>A remark of the quality reviewer on a process (optionally about one member's model).</summary>
public sealed record ReviewRemark(string Author, string? MemberName, string Text);
