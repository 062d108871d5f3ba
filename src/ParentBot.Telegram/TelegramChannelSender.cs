using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Outbox;

namespace ParentBot.Telegram;

/// <summary>The outbox's way to Telegram: the same paced sender as direct replies, its outcome translated.</summary>
internal sealed class TelegramChannelSender(TelegramSender sender) : IChannelSender
{
    public string Channel => ChatKey.Telegram;

    public async Task<DeliveryResult> SendAsync(ChatKey chat, OutboundMessage message, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(long.Parse(chat.Id, CultureInfo.InvariantCulture), message, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            SendOutcome.Sent => DeliveryResult.Sent,
            SendOutcome.Unreachable => DeliveryResult.Unreachable,
            SendOutcome.Transient => DeliveryResult.RetryLater,
            _ => DeliveryResult.Rejected,
        };
    }
}
