using ParentBot.Core.Conversations;
using Stateless;

namespace ParentBot.Core.Flows;

/// <summary>
/// Runs flows: builds a Stateless machine over the turn's working copy of the conversation (state
/// kept outside the machine), fires triggers, runs named actions, and says what each entered state says.
/// </summary>
public sealed class FlowRunner(
    FlowCatalog flows,
    IEnumerable<IFlowAction> actions,
    IEnumerable<IFlowGuard> guards,
    IEnumerable<IButtonSource> buttonSources,
    IEnumerable<IStateFiller> fillers)
{
    private readonly Dictionary<string, IStateFiller> _fillers = fillers.ToDictionary(f => f.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, IFlowAction> _actions = actions.ToDictionary(a => a.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, IFlowGuard> _guards = guards.ToDictionary(g => g.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, IButtonSource> _sources = buttonSources.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> ActionNames => _actions.Keys;

    public IReadOnlyCollection<string> GuardNames => _guards.Keys;

    public IReadOnlyCollection<string> ButtonSourceNames => _sources.Keys;

    public IReadOnlyCollection<string> FillerNames => _fillers.Keys;

    /// <summary>Starts <paramref name="flowId"/> at its start state (or <paramref name="state"/>) and says it.</summary>
    public void Enter(FlowContext context, Replies replies, string flowId, string? state = null)
    {
        var flow = flows[flowId];
        var conversation = context.Conversation;
        conversation.FlowId = flow.Id;
        conversation.FlowVersion = flow.Version;
        conversation.State = state ?? flow.Start;
        conversation.Slots.Clear();
        SayCurrent(context, replies);
    }

    /// <summary>Puts the conversation at the start of <paramref name="flowId"/> without saying anything.</summary>
    public FlowDefinition EnterSilently(FlowContext context, string flowId)
    {
        var flow = flows[flowId];
        context.Conversation.FlowId = flow.Id;
        context.Conversation.FlowVersion = flow.Version;
        context.Conversation.State = flow.Start;
        context.Conversation.Slots.Clear();
        return flow;
    }

    /// <summary>True when the current state has a transition for <paramref name="trigger"/> whose guard allows it.</summary>
    public async Task<bool> TryFireAsync(FlowContext context, Replies replies, string trigger, CancellationToken cancellationToken)
    {
        var flow = flows[context.Conversation.FlowId];
        var machine = Build(flow, context, cancellationToken);
        if (!machine.CanFire(trigger))
        {
            return false;
        }

        await machine.FireAsync(trigger).ConfigureAwait(false);
        if (context.RedirectTo is { } redirect && flow.FindState(redirect) is not null)
        {
            context.Conversation.State = redirect;
        }

        context.RedirectTo = null;

        SayCurrent(context, replies);
        return true;
    }

    /// <summary>
    /// A choice pressed in a pick state: accepted only if the state's source offers that value right now
    /// (so an old or forged value is refused), then stored in the pick's slot and its trigger fired.
    /// </summary>
    public async Task<bool> TryPickAsync(FlowContext context, Replies replies, string value, CancellationToken cancellationToken)
    {
        if (!flows.TryGet(context.Conversation.FlowId, out var flow)
            || flow.FindState(context.Conversation.State) is not { Pick: { } pick, ButtonsFrom: { } source })
        {
            return false;
        }

        var offered = SourceOf(source).Buttons(context, ArgumentOf(source), replies.Language)
            .SelectMany(row => row)
            .Any(b => ButtonValue.TryParsePick(b.Value, out var choice) && choice.Trigger == value);
        if (!offered)
        {
            return false;
        }

        context.Conversation.Slots[pick.Slot] = value;
        if (await TryFireAsync(context, replies, pick.Trigger, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        context.Conversation.Slots.Remove(pick.Slot);
        return false;
    }

    /// <summary>The input a state takes as typed text, if any.</summary>
    public InputDefinition? InputOf(ConversationRecord conversation) =>
        flows.TryGet(conversation.FlowId, out var flow) ? flow.FindState(conversation.State)?.Input : null;

    /// <summary>Enters <paramref name="flowId"/> at its start keeping <paramref name="slots"/> (e.g. an invitation code from a deep link).</summary>
    public void EnterWith(FlowContext context, Replies replies, string flowId, IReadOnlyDictionary<string, string> slots, string? state = null)
    {
        var flow = flows[flowId];
        var conversation = context.Conversation;
        conversation.FlowId = flow.Id;
        conversation.FlowVersion = flow.Version;
        conversation.State = state ?? flow.Start;
        conversation.Slots.Clear();
        foreach (var (key, value) in slots)
        {
            conversation.Slots[key] = value;
        }

        SayCurrent(context, replies);
    }

    public bool IsCurrent(ConversationRecord conversation, FlowButton button) =>
        conversation.FlowId == button.FlowId && conversation.FlowVersion == button.Version && conversation.State == button.State
        && flows.TryGet(button.FlowId, out var flow) && flow.Version == button.Version;

    private void SayCurrent(FlowContext context, Replies replies)
    {
        var conversation = context.Conversation;
        var flow = flows[conversation.FlowId];
        var state = flow.FindState(conversation.State)!;
        if (state.Fill is { } filler)
        {
            _fillers[filler].Fill(context, replies.Language);
            _fillers[filler].SayBefore(context, replies);
        }

        if (state.Say is not null)
        {
            IReadOnlyList<IReadOnlyList<OutboundButton>> computed = state.ButtonsFrom is { } source
                ? SourceOf(source).Buttons(context, ArgumentOf(source), replies.Language)
                : [];
            IReadOnlyList<IReadOnlyList<OutboundButton>> buttons = [.. computed, .. state.Buttons.Select(row => (IReadOnlyList<OutboundButton>)[.. row.Select(b => new OutboundButton(
                replies.Label(b.Label), ButtonValue.ForFlow(flow.Id, flow.Version, state.Id, b.Trigger)))])];
            replies.Add(replies.Localizer.Text(replies.Language, state.Say, conversation.Slots), buttons, $"flow:{flow.Id}/{state.Id}");
        }

        if (state.Then is { } next)
        {
            var (nextFlow, nextState) = SplitThen(next);
            Enter(context, replies, nextFlow, nextState);
        }
        else if (state.Final)
        {
            conversation.FlowId = FlowCatalog.MainMenu;
            conversation.FlowVersion = flows[FlowCatalog.MainMenu].Version;
            conversation.State = flows[FlowCatalog.MainMenu].Start;
            conversation.Slots.Clear();
        }
    }

    /// <summary><c>then: whats-on</c> enters a flow at its start; <c>then: whats-on/list</c> at a named state.</summary>
    internal static (string Flow, string? State) SplitThen(string then) =>
        then.Split('/', 2) is [var flow, var state] ? (flow, state) : (then, null);

    /// <summary><c>buttons-from: knowledge:childcare</c> names the source "knowledge" with the argument "childcare".</summary>
    internal static string SourceNameOf(string buttonsFrom) => buttonsFrom.Split(':', 2)[0];

    private static string? ArgumentOf(string buttonsFrom) => buttonsFrom.Split(':', 2) is [_, var arg] ? arg : null;

    private IButtonSource SourceOf(string buttonsFrom) => _sources[SourceNameOf(buttonsFrom)];

    private StateMachine<string, string> Build(FlowDefinition flow, FlowContext context, CancellationToken cancellationToken)
    {
        var machine = new StateMachine<string, string>(() => context.Conversation.State, s => context.Conversation.State = s);
        foreach (var state in flow.States)
        {
            var config = machine.Configure(state.Id);
            foreach (var transition in state.Transitions)
            {
                var guard = GuardFor(transition.If, context);
                if (transition.To == state.Id)
                {
                    config.PermitReentryIf(transition.Trigger, guard);
                }
                else
                {
                    config.PermitIf(transition.Trigger, transition.To, guard);
                }
            }
        }

        machine.OnTransitionedAsync(async t =>
        {
            var definition = flow.FindState(t.Source)!.Transitions.First(d => d.Trigger == t.Trigger && d.To == t.Destination && GuardFor(d.If, context)());
            if (definition.Do is { } action)
            {
                await _actions[action].RunAsync(context, cancellationToken).ConfigureAwait(false);
            }
        });
        return machine;
    }

    private Func<bool> GuardFor(string? name, FlowContext context)
    {
        if (name is null)
        {
            return static () => true;
        }

        // "a & !b": every named guard must allow it, so transitions on one trigger can exclude each other.
        var parts = name.Split('&', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var negate = part.StartsWith('!');
            var guard = _guards[negate ? part[1..] : part];
            return (guard, negate);
        }).ToList();
        return () => parts.All(p => p.guard.Allows(context) != p.negate);
    }
}
