namespace ParentBot.Core.Conversations;

/// <summary>
/// Where a parent is in a flow. The Stateless machine of a turn reads and writes <see cref="State"/>
/// here; the flow version is kept so a button from an older version of a flow is recognised as stale.
/// </summary>
public sealed class ConversationRecord
{
    public string Id { get; set; } = string.Empty;

    public string FlowId { get; set; } = string.Empty;

    public int FlowVersion { get; set; }

    public string State { get; set; } = string.Empty;

    /// <summary>Answers collected by the current flow (e.g. a chosen venue id); cleared when the flow ends.</summary>
    public Dictionary<string, string> Slots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A working copy, so a turn that fails leaves the stored record untouched.</summary>
    public ConversationRecord Copy() => new()
    {
        Id = Id,
        FlowId = FlowId,
        FlowVersion = FlowVersion,
        State = State,
        Slots = new Dictionary<string, string>(Slots, StringComparer.Ordinal),
    };
}
