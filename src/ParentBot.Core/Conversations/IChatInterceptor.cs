using ParentBot.Core.Flows;

namespace ParentBot.Core.Conversations;

/// <summary>
/// Sees every message before the parent dialog does and may take it: a chat linked to a staff account gets
/// staff commands instead of the parent menu. Returns true when it handled the message.
/// </summary>
public interface IChatInterceptor
{
    Task<bool> TryHandleAsync(InboundMessage message, FlowContext context, Replies replies, CancellationToken cancellationToken);
}
