using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Tests.Bpmn;

/// <summary>The test files in Bpmn/Corpus (written like the tools write them) and Bpmn/Hostile.</summary>
internal static class BpmnCorpus
{
    public static string PathOf(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Bpmn", name.Contains('.', StringComparison.Ordinal) && File.Exists(Path.Combine(AppContext.BaseDirectory, "Bpmn", "Hostile", name)) ? "Hostile" : "Corpus", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static BpmnImportResult Import(string name) => BpmnImporter.Import(Bytes(name));

    public static BpmnModel Model(string name)
    {
        var result = Import(name);
        Assert.True(result.Succeeded, result.Refusal?.Message);
        return result.Model;
    }

    public static BpmnElement Element(this BpmnModel model, string id) => model.Find(id) ?? throw new InvalidOperationException($"no element {id}");
}
