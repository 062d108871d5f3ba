using Stateless;
using Stateless.Graph;

namespace ParentBot.Core.Flows;

/// <summary>A flow drawn as a DOT diagram (Stateless's UML export), so staff can see it.</summary>
public static class FlowGraph
{
    public static string ToDot(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var state = flow.Start;
        var machine = new StateMachine<string, string>(() => state, s => state = s);
        foreach (var definition in flow.States)
        {
            var config = machine.Configure(definition.Id);
            foreach (var t in definition.Transitions)
            {
                var label = t.Do is null ? t.If ?? "always" : $"{t.If ?? "always"} / {t.Do}";
                if (t.To == definition.Id)
                {
                    config.PermitReentryIf(t.Trigger, () => true, label);
                }
                else
                {
                    config.PermitIf(t.Trigger, t.To, () => true, label);
                }
            }
        }

        return UmlDotGraph.Format(machine.GetInfo());
    }
}
