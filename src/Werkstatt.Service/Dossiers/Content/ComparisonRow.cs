namespace Werkstatt.Service.Dossiers.Content;

/// <summary>One line of the comparison of the two models: an aspect and how each member handles it.</summary>
public sealed record ComparisonRow(string Aspect, string MemberA, string MemberB);
