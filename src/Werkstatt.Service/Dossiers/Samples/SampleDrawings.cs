using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Dossiers.Samples;

/// <summary>
/// Hand-built process drawings in the shape the BPMN geometry produces (pool with lanes, events, tasks, a gateway, flows,
/// a data object, a message flow): for the dossier's tests, the benchmark and a preview before submissions exist.
/// </summary>
public static class SampleDrawings
{
    private static readonly Pen Stroke = new(1.5);
    private static readonly string[] Verbs = ["Antrag prüfen", "Gebühr berechnen", "Bescheid erstellen", "Unterlagen anfordern", "Daten erfassen", "Zahlung prüfen", "Akte schließen", "Rückfrage klären"];

    /// <summary>A left-to-right process with <paramref name="tasks"/> tasks (about four primitives each) and two lanes.</summary>
    public static Drawing Process(string title, int tasks, string laneA = "Bürgerbüro", string laneB = "Fachamt Straßenverkehr")
    {
        var items = new List<DrawItem>();
        const double step = 150;
        var width = 160 + (tasks * step) + 120;
        const double laneHeight = 160;
        items.Add(new RectItem(new DrawBox(20, 20, width, 2 * laneHeight), 0, Stroke, "#ffffff", "pool"));
        items.Add(new RectItem(new DrawBox(20, 20, 30, 2 * laneHeight), 0, Stroke, null, null));
        items.Add(new TextItem(new DrawBox(20, 20, 30, 2 * laneHeight), ["Stadt Musterhausen"], 12, false, TextAlign.Center, true, "#000000", "pool"));
        items.Add(new RectItem(new DrawBox(50, 20, width - 30, laneHeight), 0, Stroke, null, "laneA"));
        items.Add(new TextItem(new DrawBox(50, 20, 30, laneHeight), [laneA], 11, false, TextAlign.Center, true, "#000000", "laneA"));
        items.Add(new RectItem(new DrawBox(50, 20 + laneHeight, width - 30, laneHeight), 0, Stroke, null, "laneB"));
        items.Add(new TextItem(new DrawBox(50, 20 + laneHeight, 30, laneHeight), [laneB], 11, false, TextAlign.Center, true, "#000000", "laneB"));

        var y = 20 + (laneHeight / 2);
        items.Add(new EllipseItem(new DrawPoint(120, y), 18, 18, Stroke, "#ffffff", "start"));
        items.Add(new TextItem(new DrawBox(80, y + 22, 80, 28), ["Antrag", "eingegangen"], 10, false, TextAlign.Center, false, "#000000", "start"));
        var previous = new DrawPoint(138, y);
        for (var i = 0; i < tasks; i++)
        {
            var x = 170 + (i * step);
            var laneY = i % 3 == 2 ? y + laneHeight : y;
            var id = $"task{i + 1}";
            items.Add(new LineItem([previous, new DrawPoint(x, previous.Y), new DrawPoint(x, laneY)], Pen.Thin, ArrowHead.None, ArrowHead.None, null));
            items.Add(new LineItem([new DrawPoint(x, laneY), new DrawPoint(x + 20, laneY)], Pen.Thin, i == 4 ? ArrowHead.Slash : ArrowHead.None, ArrowHead.Filled, $"flow{i + 1}"));
            items.Add(new RectItem(new DrawBox(x + 20, laneY - 40, 100, 80), 10, Stroke, "#ffffff", id));
            items.Add(new TextItem(new DrawBox(x + 24, laneY - 36, 92, 72), [$"{i + 1}. {Verbs[i % Verbs.Length]}", "(Gemäß § 3)"], 10, false, TextAlign.Center, false, "#000000", id));
            previous = new DrawPoint(x + 120, laneY);
        }

        var gx = 170 + (tasks * step);
        items.Add(new LineItem([previous, new DrawPoint(gx, previous.Y)], Pen.Thin, ArrowHead.None, ArrowHead.Filled, "toGateway"));
        items.Add(new PolygonItem([new DrawPoint(gx + 25, previous.Y - 25), new DrawPoint(gx + 50, previous.Y), new DrawPoint(gx + 25, previous.Y + 25), new DrawPoint(gx, previous.Y)], Stroke, "#ffffff", "gateway"));
        items.Add(new EllipseItem(new DrawPoint(gx + 90, previous.Y), 18, 18, new Pen(4), "#ffffff", "end"));
        items.Add(new LineItem([new DrawPoint(gx + 50, previous.Y), new DrawPoint(gx + 72, previous.Y)], Pen.Thin, ArrowHead.Diamond, ArrowHead.Filled, "toEnd"));
        items.Add(new PathItem(
            [new MoveTo(new DrawPoint(200, 250)), new LineTo(new DrawPoint(222, 250)), new LineTo(new DrawPoint(232, 260)), new LineTo(new DrawPoint(232, 290)),
             new LineTo(new DrawPoint(200, 290)), new ClosePath(), new MoveTo(new DrawPoint(222, 250)), new CurveTo(new DrawPoint(222, 255), new DrawPoint(227, 260), new DrawPoint(232, 260))],
            Pen.Thin, "#ffffff", "data"));
        items.Add(new LineItem([new DrawPoint(232, 270), new DrawPoint(300, 220)], new Pen(1, "#555555", LineStyle.Dotted), ArrowHead.None, ArrowHead.None, "association"));
        items.Add(new LineItem([new DrawPoint(300, 380), new DrawPoint(300, 340)], new Pen(1, "#000000", LineStyle.Dashed), ArrowHead.Circle, ArrowHead.Open, "message"));
        items.Add(new TextItem(new DrawBox(310, 350, 160, 20), ["Nachricht an Bürgerin"], 9, false, TextAlign.Left, false, "#333333", "message"));
        return new Drawing(title, new DrawBox(0, 0, width + 40, 400), items);
    }
}
