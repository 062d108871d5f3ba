using System.Globalization;
using System.Xml.Linq;
using ParentBot.Core.Flows;

namespace ParentBot.Web.Staff.Content;

/// <summary>
/// Draws a flow as SVG on the server, so staff see it without Graphviz or anything from the internet: states in
/// layers by distance from the start (breadth-first, at most four boxes a row), transitions as arrows labelled
/// with their trigger, guard and action, and a dashed box for each flow a state hands over to (<c>then:</c>). Built with
/// <see cref="XElement"/>, so every name is escaped.
/// </summary>
public static class FlowDiagram
{
    private const double NodeWidth = 184;
    private const double NodeHeight = 62;
    private const double HorizontalGap = 44;
    private const double VerticalGap = 96;
    private const double Margin = 24;
    private const double SideRoom = 70;
    private const int RowLength = 4;
    private const int DetailLength = 28;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var nodes = Nodes(flow);
        var edges = Edges(flow, nodes);
        Place(flow, nodes, edges);

        var width = nodes.Values.Max(n => n.X + NodeWidth) + Margin + SideRoom;
        var height = nodes.Values.Max(n => n.Y + NodeHeight) + Margin;
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {F(width)} {F(height)}"),
            new XAttribute("width", F(width)),
            new XAttribute("class", "flow-diagram"),
            new XAttribute("role", "img"),
            new XElement(Svg + "title", $"{flow.Id} (version {flow.Version.ToString(CultureInfo.InvariantCulture)})"),
            new XElement(Svg + "defs", new XElement(Svg + "marker",
                new XAttribute("id", "arrow"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", "9"), new XAttribute("refY", "5"),
                new XAttribute("markerWidth", "7"), new XAttribute("markerHeight", "7"), new XAttribute("orient", "auto-start-reverse"),
                new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", "#44515c")))));

        var edgeIndex = 0;
        var labels = new List<(double X, double Y, double Width)>();
        foreach (var edge in edges)
        {
            svg.Add(DrawEdge(edge, nodes[edge.From], nodes[edge.To], edgeIndex++, labels));
        }

        foreach (var node in nodes.Values)
        {
            svg.Add(DrawNode(node, node.Id == flow.Start));
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static Dictionary<string, Node> Nodes(FlowDefinition flow)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var state in flow.States)
        {
            var detail = state.Input is not null ? "⌨ " + state.Input.Slot
                : state.Pick is not null ? "☰ " + state.Pick.Slot
                : state.ButtonsFrom is not null ? "☰ " + state.ButtonsFrom
                : state.Final ? "■ final"
                : null;
            nodes.TryAdd(state.Id, new Node(state.Id, state.Id, state.Say, detail, External: false));
        }

        foreach (var next in flow.States.Where(s => s.Then is not null).Select(s => s.Then!).Distinct(StringComparer.Ordinal))
        {
            nodes.TryAdd("→" + next, new Node("→" + next, "→ " + next, null, "flow", External: true));
        }

        return nodes;
    }

    private static List<Edge> Edges(FlowDefinition flow, Dictionary<string, Node> nodes)
    {
        var edges = new List<Edge>();
        foreach (var state in flow.States)
        {
            foreach (var t in state.Transitions.Where(t => nodes.ContainsKey(t.To)))
            {
                var label = t.Trigger + (t.If is null ? string.Empty : $" [{t.If}]") + (t.Do is null ? string.Empty : $" / {t.Do}");
                edges.Add(new Edge(state.Id, t.To, label));
            }

            if (state.Then is { } next)
            {
                edges.Add(new Edge(state.Id, "→" + next, "then"));
            }
        }

        return edges;
    }

    /// <summary>
    /// Layers by breadth-first distance from the start (what cannot be reached goes last); a layer wider than
    /// <see cref="RowLength"/> boxes wraps onto more rows, so the drawing fits a laptop screen.
    /// </summary>
    private static void Place(FlowDefinition flow, Dictionary<string, Node> nodes, List<Edge> edges)
    {
        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (nodes.ContainsKey(flow.Start))
        {
            layer[flow.Start] = 0;
            queue.Enqueue(flow.Start);
        }

        while (queue.TryDequeue(out var current))
        {
            foreach (var edge in edges.Where(e => e.From == current && !layer.ContainsKey(e.To)))
            {
                layer[edge.To] = layer[current] + 1;
                queue.Enqueue(edge.To);
            }
        }

        var last = layer.Count == 0 ? 0 : layer.Values.Max() + 1;
        var order = nodes.Keys.ToList();
        var rows = nodes.Keys.GroupBy(id => layer.TryGetValue(id, out var l) ? l : last).OrderBy(g => g.Key)
            .SelectMany(g => g.OrderBy(order.IndexOf).Chunk(RowLength).Select((chunk, i) => (Ids: chunk, Wrapped: i % 2 == 1)))
            .ToList();
        var widest = rows.Max(r => r.Ids.Length);
        var slot = NodeWidth + HorizontalGap;
        var rowWidth = (widest * NodeWidth) + ((widest - 1) * HorizontalGap) + (rows.Any(r => r.Wrapped) ? slot / 2 : 0);
        for (var row = 0; row < rows.Count; row++)
        {
            // A wrapped row sits half a box to the side, so arrows to it pass between the boxes above.
            var (ids, wrapped) = rows[row];
            var width = (ids.Length * NodeWidth) + ((ids.Length - 1) * HorizontalGap);
            var x = Margin + ((rowWidth - width) / 2) + (wrapped ? slot / 4 : 0);
            foreach (var id in ids)
            {
                nodes[id] = nodes[id] with { X = x, Y = Margin + (row * (NodeHeight + VerticalGap)), Row = row };
                x += NodeWidth + HorizontalGap;
            }
        }
    }

    private static XElement DrawNode(Node node, bool start)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", node.External ? "node external" : "node"), new XAttribute("data-state", node.Id));
        var box = new XElement(Svg + "rect",
            new XAttribute("x", F(node.X)), new XAttribute("y", F(node.Y)), new XAttribute("width", F(NodeWidth)), new XAttribute("height", F(NodeHeight)),
            new XAttribute("rx", "10"), new XAttribute("fill", node.External ? "#f3efe8" : "#ffffff"),
            new XAttribute("stroke", start ? "#2f6f5e" : "#44515c"), new XAttribute("stroke-width", start ? "3" : "1.2"));
        if (node.External)
        {
            box.Add(new XAttribute("stroke-dasharray", "5 4"));
        }

        group.Add(box, Text(node.X + (NodeWidth / 2), node.Y + 22, node.Label, "700", "14", "#1d1d1d"));
        if (node.Say is not null)
        {
            group.Add(Text(node.X + (NodeWidth / 2), node.Y + 40, node.Say, "400", "11", "#44515c"));
        }

        if (node.Detail is not null)
        {
            var detail = node.Detail.Length <= DetailLength ? node.Detail : string.Concat(node.Detail.AsSpan(0, DetailLength - 1), "…");
            group.Add(Text(node.X + (NodeWidth / 2), node.Y + 55, detail, "400", "11", "#7a5b00"));
            group.AddFirst(new XElement(Svg + "title", node.Detail));
        }

        return group;
    }

    private static XElement DrawEdge(Edge edge, Node from, Node to, int index, List<(double X, double Y, double Width)> labels)
    {
        (double X, double Y) p0, p1, p2, p3;
        double at;
        var centre = NodeWidth / 2;
        if (from.Id == to.Id)
        {
            var (x, y) = (from.X + NodeWidth, from.Y + (NodeHeight / 2));
            (p0, p1, p2, p3) = ((x, y - 12), (x + 60, y - 40), (x + 60, y + 40), (x, y + 12));
            at = 0.5;
        }
        else if (to.Row > from.Row)
        {
            // Down to a later step: labels towards the target and at staggered heights, so labels of arrows
            // fanning out of one box, or into one box, do not pile up.
            var (x1, y1, x2, y2) = (from.X + centre, from.Y + NodeHeight, to.X + centre, to.Y);
            var bend = (y2 - y1) / 2;
            (p0, p1, p2, p3) = ((x1, y1), (x1, y1 + bend), (x2, y2 - bend), (x2, y2));
            at = 0.45 + ((index % 3) * 0.17);
        }
        else if (to.Row < from.Row)
        {
            // Back up to an earlier step: from the top of one box to the bottom of the other, beside the arrows going down.
            var (x1, y1, x2, y2) = (from.X + centre + 34, from.Y, to.X + centre + 34 + ((index % 4) * 8), to.Y + NodeHeight);
            var bend = (y1 - y2) / 2;
            (p0, p1, p2, p3) = ((x1, y1), (x1, y1 - bend), (x2, y2 + bend), (x2, y2));
            at = 0.25;
        }
        else
        {
            // Side by side: an arc over the top.
            var (x1, x2, y) = (from.X + centre, to.X + centre, from.Y);
            (p0, p1, p2, p3) = ((x1, y), (x1, y - 50), (x2, y - 50), (x2, y));
            at = 0.5;
        }

        var (labelX, labelY) = Point(p0, p1, p2, p3, at);
        var path = $"M {F(p0.X)} {F(p0.Y)} C {F(p1.X)} {F(p1.Y)}, {F(p2.X)} {F(p2.Y)}, {F(p3.X)} {F(p3.Y)}";
        var labelWidth = (edge.Label.Length * 6.4) + 8;

        // A label that would cover one drawn before moves down a line (a few times at most).
        for (var tries = 0; tries < 4 && labels.Any(l => Math.Abs(l.X - labelX) < (l.Width + labelWidth) / 2 && Math.Abs(l.Y - labelY) < 17); tries++)
        {
            labelY += 17;
        }

        labels.Add((labelX, labelY, labelWidth));
        return new XElement(Svg + "g", new XAttribute("class", "edge"),
            new XElement(Svg + "path", new XAttribute("d", path), new XAttribute("fill", "none"), new XAttribute("stroke", "#44515c"),
                new XAttribute("stroke-width", "1.3"), new XAttribute("marker-end", "url(#arrow)")),
            new XElement(Svg + "rect", new XAttribute("x", F(labelX - (labelWidth / 2))), new XAttribute("y", F(labelY - 9)),
                new XAttribute("width", F(labelWidth)), new XAttribute("height", "16"), new XAttribute("rx", "4"), new XAttribute("fill", "#fff8e1"),
                new XAttribute("opacity", "0.92")),
            Text(labelX, labelY + 3, edge.Label, "400", "11", "#1d1d1d"));
    }

    /// <summary>The point at <paramref name="t"/> on a cubic Bézier curve.</summary>
    private static (double X, double Y) Point((double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3, double t)
    {
        var u = 1 - t;
        return (
            (u * u * u * p0.X) + (3 * u * u * t * p1.X) + (3 * u * t * t * p2.X) + (t * t * t * p3.X),
            (u * u * u * p0.Y) + (3 * u * u * t * p1.Y) + (3 * u * t * t * p2.Y) + (t * t * t * p3.Y));
    }

    private static XElement Text(double x, double y, string text, string weight, string size, string color) =>
        new(Svg + "text", new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("text-anchor", "middle"),
            new XAttribute("font-family", "system-ui, sans-serif"), new XAttribute("font-size", size), new XAttribute("font-weight", weight),
            new XAttribute("fill", color), text);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private sealed record Node(string Id, string Label, string? Say, string? Detail, bool External)
    {
        public double X { get; init; }

        public double Y { get; init; }

        public int Row { get; init; }
    }

    private sealed record Edge(string From, string To, string Label);
}
