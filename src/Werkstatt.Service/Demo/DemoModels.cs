namespace Werkstatt.Service.Demo;

/// <summary>Small German BPMN models shipped with the demo (embedded): "Wohnsitz anmelden" in two versions and from a second town, "Gewerbe anmelden".</summary>
public static class DemoModels
{
    public const string WohnsitzV1 = "wohnsitz-anmelden-v1.bpmn";
    public const string WohnsitzV2 = "wohnsitz-anmelden-v2.bpmn";
    public const string WohnsitzStadtB = "wohnsitz-anmelden-stadt-b.bpmn";
    public const string Gewerbe = "gewerbe-anmelden.bpmn";

    public static byte[] Read(string name)
    {
        using var stream = typeof(DemoModels).Assembly.GetManifestResourceStream("demo-models/" + name)
            ?? throw new InvalidOperationException($"Demo model {name} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
