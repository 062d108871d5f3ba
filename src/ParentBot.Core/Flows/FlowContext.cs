using ParentBot.Core.Conversations;

namespace ParentBot.Core.Flows;

/// <summary>
/// What a named action or guard may see and change during one turn: the parent's working copy of the
/// conversation (saved only if the turn succeeds) and the replies collected so far.
/// </summary>
public sealed class FlowContext(ChatKey chat, ParentRecord parent, ConversationRecord conversation)
{
    public ChatKey Chat { get; } = chat;

    public ParentRecord Parent { get; } = parent;

    public ConversationRecord Conversation { get; } = conversation;

    /// <summary>Set by an action that erased the parent: the turn must not save them back.</summary>
    public bool ParentErased { get; set; }

    public string Language => Parent.Language ?? "en";

    /// <summary>
    /// Set by an action whose outcome overrules the transition's destination (the last place in a group or at a
    /// visit time went to someone else a moment ago: "full" instead of "joined"). A guard looks before the
    /// transition; only the action's own transaction knows for sure. The runner enters it after the transition.
    /// </summary>
    public string? RedirectTo { get; set; }
}
