using ParentBot.Core.Conversations;

namespace ParentBot.Core.Outbox;

/// <summary>
/// Delivers a message that is not a direct reply on one channel (<see cref="Channel"/> matches
/// <see cref="ChatKey.Channel"/>). Implemented by each channel adapter; pacing and platform limits are its own.
/// </summary>
public interface IChannelSender
{
    string Channel { get; }

    Task<DeliveryResult> SendAsync(ChatKey chat, OutboundMessage message, CancellationToken cancellationToken);
}
