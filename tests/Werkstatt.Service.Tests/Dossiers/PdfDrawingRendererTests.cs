using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Dossiers.Pdf;
using Werkstatt.Service.Dossiers.Samples;

namespace Werkstatt.Service.Tests.Dossiers;

public sealed class PdfDrawingRendererTests
{
    private static readonly Pen Black = new(2);

    [Fact]
    public void Every_primitive_is_drawn_as_vectors_with_selectable_labels()
    {
        Assert.SkipUnless(PdfTools.Available, "qpdf/poppler-utils fehlen");
        var drawing = new Drawing("Alle Formen", new DrawBox(0, 0, 400, 300),
        [
            new RectItem(new DrawBox(20, 20, 100, 60), 10, Black, "#000000", "task"),
            new RectItem(new DrawBox(20, 100, 30, 180), 0, Black, null, "lane"),
            new TextItem(new DrawBox(20, 100, 30, 180), ["Bürgerbüro"], 11, false, TextAlign.Center, true, "#000000", "lane"),
            new EllipseItem(new DrawPoint(200, 50), 20, 20, new Pen(4), "#000000", "end"),
            new PolygonItem([new DrawPoint(300, 25), new DrawPoint(325, 50), new DrawPoint(300, 75), new DrawPoint(275, 50)], Black, "#ffffff", "gateway"),
            new LineItem([new DrawPoint(80, 150), new DrawPoint(200, 150), new DrawPoint(200, 200)], Black, ArrowHead.Slash, ArrowHead.Filled, "flow"),
            new LineItem([new DrawPoint(80, 220), new DrawPoint(300, 220)], new Pen(1, "#333333", LineStyle.Dashed), ArrowHead.Circle, ArrowHead.Open, "message"),
            new LineItem([new DrawPoint(80, 260), new DrawPoint(300, 260)], new Pen(1, "#333333", LineStyle.Dotted), ArrowHead.Diamond, ArrowHead.None, "association"),
            new PathItem([new MoveTo(new DrawPoint(330, 120)), new LineTo(new DrawPoint(360, 120)), new CurveTo(new DrawPoint(370, 130), new DrawPoint(370, 150), new DrawPoint(360, 160)), new ClosePath()], Black, "#cccccc", "data"),
            new TextItem(new DrawBox(130, 100, 140, 40), ["Größe prüfen", "und Maß nehmen"], 10, true, TextAlign.Left, false, "#000000", "label"),
        ]);

        using var pdf = new PdfTools(RenderAtScaleOne(drawing));
        pdf.Check();
        var text = pdf.Text();
        Assert.Contains("Größe prüfen", text, StringComparison.Ordinal);
        Assert.Contains("und Maß nehmen", text, StringComparison.Ordinal);
        Assert.Contains("Bürgerbüro", text, StringComparison.Ordinal);

        // 72 dpi: one pixel per point. The drawing sits at (100, 100) at scale 1.
        var (width, _, pixels) = pdf.Gray(1, 72);
        byte At(double x, double y) => pixels[((int)(100 + y) * width) + (int)(100 + x)];
        Assert.True(At(70, 50) < 60, "the filled task is dark");
        Assert.True(At(200, 50) < 60, "the filled end event is dark");
        Assert.True(At(300, 50) > 200, "the gateway is white inside");
        Assert.True(At(150, 150) < 128, "the sequence flow is drawn");
        Assert.True(At(390, 10) > 240, "empty space stays white");
    }

    [Fact]
    public void Small_diagrams_fit_on_one_page_and_huge_ones_are_split_into_tiles()
    {
        var small = DrawingLayout.Plan(SampleDrawings.Process("klein", 5), 730, 420);
        Assert.False(small.IsTiled);
        Assert.InRange(small.FitScale, DrawingLayout.MinLegibleScale, DrawingLayout.MaxScale);

        var huge = SampleDrawings.Process("riesig", 60);
        var layout = DrawingLayout.Plan(huge, 730, 420);
        Assert.True(layout.IsTiled);
        Assert.True(layout.FitScale < DrawingLayout.MinLegibleScale);

        // The tiles cover the whole diagram.
        Assert.Equal(huge.Bounds.X, layout.Tiles.Min(t => t.X), 3);
        Assert.Equal(huge.Bounds.Right, layout.Tiles.Max(t => t.Right), 3);
        Assert.All(layout.Tiles, t => Assert.True(t.Width * layout.TileScale <= 730.01));
    }

    private static byte[] RenderAtScaleOne(Drawing drawing)
    {
        using var document = PdfSetup.NewDocument();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(600);
        page.Height = XUnit.FromPoint(500);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            PdfDrawingRenderer.RenderRegion(gfx, drawing, drawing.Bounds, new XRect(100, 100, drawing.Bounds.Width, drawing.Bounds.Height));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
