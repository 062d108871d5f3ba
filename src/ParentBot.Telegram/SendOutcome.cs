namespace ParentBot.Telegram;

/// <summary>What became of one message.</summary>
internal enum SendOutcome
{
    Sent,
    Unreachable,

    /// <summary>Refused for good (e.g. 400 Bad Request).</summary>
    Failed,

    /// <summary>Still failing after waiting out rate limits and network errors: worth another try later.</summary>
    Transient,
}
