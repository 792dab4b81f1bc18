namespace Werkstatt.Domain.Blueprints;

/// <summary>The register levels of the articles: a Kreis register and a town register (Stadt and Gemeinde share one).</summary>
public enum BlueprintLevel
{
    Kreis,
    Kommune,
}
