namespace ParentBot.Core.Flows;

/// <summary>
/// A flow as declared in <c>dialogs/flows/*.yaml</c>: states, what each says, its buttons and the
/// transitions they fire. The engine builds a Stateless machine from it on every turn.
/// </summary>
public sealed record FlowDefinition(
    string Id,
    int Version,
    string Start,
    IReadOnlyList<StateDefinition> States,
    string File,
    int Line)
{
    public StateDefinition? FindState(string id) => States.FirstOrDefault(s => s.Id == id);
}

/// <summary>One state: the text key it says when entered, its buttons, and where its triggers lead.</summary>
public sealed record StateDefinition(
    string Id,
    string? Say,
    IReadOnlyList<IReadOnlyList<ButtonDefinition>> Buttons,
    string? ButtonsFrom,
    IReadOnlyList<TransitionDefinition> Transitions,
    InputDefinition? Input,
    string? Then,
    bool Final,
    PickDefinition? Pick,
    string? Fill,
    int Line);

/// <summary>A button: a text key for its label and the trigger it fires.</summary>
public sealed record ButtonDefinition(string Label, string Trigger, int Line);

/// <summary>
/// Where a trigger leads. <c>If</c> names a guard (prefix "!" negates it); <c>Do</c> names an action
/// run on the way.
/// </summary>
public sealed record TransitionDefinition(string Trigger, string To, string? If, string? Do, int Line);

/// <summary>A state that takes typed text: the text goes into a slot, then the trigger fires.</summary>
public sealed record InputDefinition(string Slot, string Trigger, int Line);

/// <summary>
/// A state whose computed buttons (<c>buttons-from</c>) are choices: the chosen value goes into a slot, then
/// the trigger fires. The value must be one the source offers at that moment, so a forged value is stale.
/// </summary>
public sealed record PickDefinition(string Slot, string Trigger, int Line);
