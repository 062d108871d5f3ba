namespace ParentBot.Telegram;

/// <summary>What became of one message.</summary>
internal enum SendOutcome
{
    Sent,
    Unreachable,
    Failed,
}
