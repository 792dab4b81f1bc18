using System.Text;
using Werkstatt.Service.Bpmn.Import;

namespace Werkstatt.Service.Tests.Bpmn;

public sealed class BpmnImporterHostileTests
{
    private const string Head = """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:x">""";

    [Theory]
    [InlineData("xxe.bpmn", BpmnRefusalCode.DtdProhibited, "DOCTYPE")]
    [InlineData("billion-laughs.bpmn", BpmnRefusalCode.DtdProhibited, "Sicherheitsgründen")]
    [InlineData("not-xml.pdf", BpmnRefusalCode.NotXml, "keine XML-Datei")]
    [InlineData("other-kind.svg", BpmnRefusalCode.NotBpmn, "kein BPMN-2.0-Modell")]
    [InlineData("truncated.bpmn", BpmnRefusalCode.Truncated, "unvollständig")]
    public void Hostile_and_wrong_files_are_refused_with_a_german_message(string file, BpmnRefusalCode code, string text)
    {
        var result = BpmnCorpus.Import(file);
        Assert.False(result.Succeeded);
        Assert.Null(result.Model);
        Assert.Equal(code, result.Refusal.Code);
        Assert.Contains(text, result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quadratic_blowup_with_one_large_entity_is_refused_before_expansion()
    {
        var entity = new string('a', 10_000);
        var references = string.Concat(Enumerable.Repeat("&a;", 10_000));
        var xml = $"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "{entity}">]>{Head}<bpmn:process id="p" name="{references}"/></bpmn:definitions>""";
        Assert.Equal(BpmnRefusalCode.DtdProhibited, Import(xml).Refusal?.Code);
    }

    [Fact]
    public void External_entity_in_the_internal_subset_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"werkstatt-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "GEHEIM");
        try
        {
            var xml = $"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY s SYSTEM "file://{secret}">]>{Head}<bpmn:process id="p" name="&s;"/></bpmn:definitions>""";
            var result = Import(xml);
            Assert.False(result.Succeeded);
            Assert.DoesNotContain("GEHEIM", result.Refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        Assert.Equal(BpmnRefusalCode.Empty, BpmnImporter.Import([]).Refusal?.Code);
    }

    [Fact]
    public void Malformed_xml_in_the_middle_names_line_and_column()
    {
        var result = Import($"{Head}\n<bpmn:process id=\"p\">\n<bpmn:task id=\"t\" name=\"a\" name=\"b\"/>\n</bpmn:process>\n</bpmn:definitions>");
        Assert.Equal(BpmnRefusalCode.NotXml, result.Refusal?.Code);
        Assert.Contains("Zeile 3", result.Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bpmn_element_names_in_a_foreign_namespace_are_not_taken_for_bpmn()
    {
        var result = Import("""<definitions xmlns="urn:other"><process id="p"/></definitions>""");
        Assert.Equal(BpmnRefusalCode.NotBpmn, result.Refusal?.Code);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_also_when_the_stream_cannot_seek()
    {
        var xml = $"{Head}<bpmn:process id=\"p\">{string.Concat(Enumerable.Repeat("<bpmn:task id=\"t\"/>", 500))}</bpmn:process></bpmn:definitions>";
        var options = new BpmnImportOptions { MaxBytes = 2_000 };
        Assert.Equal(BpmnRefusalCode.TooLarge, Import(xml, options).Refusal?.Code);
        using var unseekable = new ForwardOnlyStream(Encoding.UTF8.GetBytes(xml));
        var result = BpmnImporter.Import(unseekable, options);
        Assert.Equal(BpmnRefusalCode.TooLarge, result.Refusal?.Code);
        Assert.Contains("MB", result.Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_elements_and_too_deep_nesting_are_refused()
    {
        var many = $"{Head}<bpmn:process id=\"p\">{string.Concat(Enumerable.Range(0, 200).Select(i => $"<bpmn:task id=\"t{i}\"/>"))}</bpmn:process></bpmn:definitions>";
        Assert.Equal(BpmnRefusalCode.TooManyElements, Import(many, new BpmnImportOptions { MaxElements = 100 }).Refusal?.Code);

        var deep = $"{Head}{string.Concat(Enumerable.Repeat("<x:a xmlns:x=\"urn:x\">", 150))}{string.Concat(Enumerable.Repeat("</x:a>", 150))}</bpmn:definitions>";
        Assert.Equal(BpmnRefusalCode.TooDeep, Import(deep).Refusal?.Code);
    }

    [Fact]
    public void Missing_and_duplicate_ids_are_reported_not_fatal()
    {
        var result = Import($"{Head}<bpmn:process id=\"p\"><bpmn:task name=\"Ohne Kennung\"/><bpmn:task id=\"t\"/><bpmn:task id=\"t\"/></bpmn:process></bpmn:definitions>");
        Assert.True(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Code == BpmnProblemCodes.MissingId);
        Assert.Contains(result.Problems, p => p.Code == BpmnProblemCodes.DuplicateId && p.ElementId == "t");
        Assert.Equal(3, result.Model.Elements.Count);
    }

    private static BpmnImportResult Import(string xml, BpmnImportOptions? options = null) => BpmnImporter.Import(Encoding.UTF8.GetBytes(xml), options);

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
