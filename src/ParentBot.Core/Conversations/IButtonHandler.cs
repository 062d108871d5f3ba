using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// Handles buttons that live outside the conversation's flow state, by value prefix: the "I'll come" on a
/// reminder, "Approve" on a booking notice. They may be pressed days later, so each handler checks that the
/// value still means something and that this chat may press it; false means "stale", and the parent gets
/// the polite stale-button answer.
/// </summary>
public interface IButtonHandler
{
    /// <summary>e.g. <c>att:</c>; values are ids only, at most 64 bytes in all.</summary>
    string Prefix { get; }

    Task<bool> HandleAsync(string value, FlowContext context, Replies replies, CancellationToken cancellationToken);
}
