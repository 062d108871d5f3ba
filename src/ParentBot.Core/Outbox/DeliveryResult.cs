namespace ParentBot.Core.Outbox;

/// <summary>What a channel made of one outbox message.</summary>
public enum DeliveryResult
{
    Sent,

    /// <summary>The parent blocked the bot or the chat is gone: never try this parent again.</summary>
    Unreachable,

    /// <summary>A passing failure (network, rate limit beyond patience): try again later.</summary>
    RetryLater,

    /// <summary>Refused for good (a malformed message): retrying would not help.</summary>
    Rejected,
}
