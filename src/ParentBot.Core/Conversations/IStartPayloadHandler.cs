using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// Handles a deep link (<c>/start join-K7M2Q</c>) or the same code typed as text. A parent who has not picked a
/// language yet picks one first; the payload is kept in the conversation and handled right after.
/// </summary>
public interface IStartPayloadHandler
{
    /// <summary>e.g. <c>join-</c>; what follows is the argument.</summary>
    string Prefix { get; }

    Task HandleAsync(string argument, FlowContext context, Replies replies, CancellationToken cancellationToken);

    /// <summary>True when typed text (not a command) is this kind of code, e.g. an invitation code on a poster.</summary>
    bool IsTypedCode(string text, out string argument);
}
