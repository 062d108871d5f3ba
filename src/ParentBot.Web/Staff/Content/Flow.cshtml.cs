using System.Text;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Flows;

namespace ParentBot.Web.Staff.Content;

/// <summary>One flow drawn as SVG (<see cref="FlowDiagram"/>), and its DOT text for those who have Graphviz.</summary>
public sealed class FlowModel(FlowCatalog flows) : StaffPage
{
    public FlowDefinition? Flow { get; private set; }

    /// <summary>Made by <see cref="FlowDiagram"/> with XElement, which escapes every name in it.</summary>
    public string Svg { get; private set; } = string.Empty;

    public IActionResult OnGet(string id)
    {
        if (!flows.TryGet(id, out var flow))
        {
            return NotFound();
        }

        Flow = flow;
        Svg = FlowDiagram.Render(flow);
        return Page();
    }

    public IActionResult OnGetDot(string id) =>
        flows.TryGet(id, out var flow)
            ? File(Encoding.UTF8.GetBytes(FlowGraph.ToDot(flow)), "text/vnd.graphviz; charset=utf-8", flow.Id + ".dot")
            : NotFound();
}
