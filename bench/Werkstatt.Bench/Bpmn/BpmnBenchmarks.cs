using BenchmarkDotNet.Attributes;
using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Layout;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Bpmn.Svg;

namespace Werkstatt.Bench.Bpmn;

/// <summary>What an upload costs: import (hardened XML reading), convention checks, drawing and SVG of a 500-element model (target &lt; 200 ms).</summary>
/// <remarks>
/// In-process: BenchmarkDotNet's generated project cannot restore here (it asks nuget.org for a package that
/// Werkstatt.Service's shared framework provides), so the benchmark runs inside the host process.
/// </remarks>
[MemoryDiagnoser]
[InProcess]
public class BpmnBenchmarks
{
    // 45 segments × 11 + start, end, pool, 4 lanes, last flow = 503 elements.
    private readonly byte[] _file = BpmnSampleGenerator.Generate(45);
    private BpmnModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        var result = BpmnImporter.Import(_file);
        _model = result.Model ?? throw new InvalidOperationException(result.Refusal?.Message);
        if (_model.Elements.Count < 500)
        {
            throw new InvalidOperationException($"only {_model.Elements.Count} elements");
        }
    }

    [Benchmark(Description = "BPMN parse + check + Drawing + SVG, 503 elements")]
    public int ParseCheckRender()
    {
        var model = BpmnImporter.Import(_file).Model!;
        var findings = ConventionChecker.Check(model);
        var drawing = BpmnDrawingBuilder.Build(model, model.Diagrams[0]);
        return SvgWriter.Write(drawing, new SvgOptions { Highlight = findings.SelectMany(f => f.ElementIds).ToHashSet(StringComparer.Ordinal) }).Length;
    }

    [Benchmark(Description = "BPMN import only")]
    public int Import() => BpmnImporter.Import(_file).Model!.Elements.Count;

    [Benchmark(Description = "BPMN conventions only")]
    public int Check() => ConventionChecker.Check(_model).Count;

    [Benchmark(Description = "BPMN Drawing + SVG only")]
    public int Render() => SvgWriter.Write(BpmnDrawingBuilder.Build(_model, _model.Diagrams[0])).Length;
}
