using ParentBot.Core.Conversations;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Chat;

/// <summary>
/// The outbox's way to a web chat: the message is stored with the session's next number, and the page
/// picks it up with <c>GET …/messages?after=seq</c>.
/// </summary>
internal sealed class WebChannelSender(WebChatStore store) : IChannelSender
{
    public string Channel => ChatKey.Web;

    public Task<DeliveryResult> SendAsync(ChatKey chat, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (!store.SessionExists(chat.Id))
        {
            return Task.FromResult(DeliveryResult.Unreachable);
        }

        store.Append(chat.Id, [message]);
        return Task.FromResult(DeliveryResult.Sent);
    }
}
