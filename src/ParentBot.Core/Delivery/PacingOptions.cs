namespace ParentBot.Core.Delivery;

/// <summary>
/// Sending limits of a platform. Telegram's: about 30 messages a second in all and one a second per chat
/// (a short burst of a few is tolerated, which keeps a three-message reply snappy).
/// </summary>
public sealed class PacingOptions
{
    public double GlobalPerSecond { get; set; } = 30;

    public int GlobalBurst { get; set; } = 1;

    public double PerChatPerSecond { get; set; } = 1;

    public int PerChatBurst { get; set; } = 3;
}
