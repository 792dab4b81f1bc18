using System.Text.Json;
using System.Xml;
using Werkstatt.Service.Tests.Bpmn;
using Werkstatt.Service.Tests.Operations;

namespace Werkstatt.Service.Tests.Cli;

/// <summary><c>bpmn inspect</c> as a real process: JSON summary, SVG file, exit codes.</summary>
public sealed class BpmnCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("werkstatt-bpmn-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Inspect_prints_counts_diagrams_and_findings_and_writes_every_diagram_as_svg()
    {
        var svg = Path.Combine(_directory, "bic.svg");
        var (code, output, _) = await RunAsync("bpmn", "inspect", BpmnCorpus.PathOf("bic-semantic.bpmn"), "--svg", svg);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("accepted").GetBoolean());
        Assert.Equal(2, root.GetProperty("elementCounts").GetProperty("SubProcess").GetInt32());
        Assert.Equal(2, root.GetProperty("diagrams").GetArrayLength());
        var finding = root.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("Das Randereignis „Unterlagen fehlen“ hat keinen ausgehenden Sequenzfluss.", finding.GetProperty("message").GetString());

        foreach (var file in new[] { svg, Path.Combine(_directory, "bic-2.svg") })
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            Assert.True(reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "svg");
        }

        Assert.Contains("class=\"bpmn-finding\"", await File.ReadAllTextAsync(Path.Combine(_directory, "bic-2.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_of_a_hostile_file_exits_non_zero_with_the_refusal()
    {
        var (code, output, error) = await RunAsync("bpmn", "inspect", BpmnCorpus.PathOf("billion-laughs.bpmn"));
        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("accepted").GetBoolean());
        Assert.Equal("DtdProhibited", json.RootElement.GetProperty("refusal").GetProperty("code").GetString());
        Assert.Contains("DOCTYPE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_of_a_missing_file_fails_with_a_german_message()
    {
        var (code, _, error) = await RunAsync("bpmn", "inspect", Path.Combine(_directory, "fehlt.bpmn"));
        Assert.Equal(1, code);
        Assert.Contains("kann nicht gelesen werden", error, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        ServiceCli.RunWithoutDatabaseAsync(args);
}
