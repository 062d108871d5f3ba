namespace ParentBot.Telegram;

/// <summary>
/// Telegram settings. Telegram is on only when <see cref="Token"/> is set; with <see cref="WebhookUrl"/>
/// it runs in webhook mode (and then <see cref="WebhookSecret"/> is required), otherwise long polling.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "ParentBot:Telegram";

    public string? Token { get; set; }

    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public string? WebhookUrl { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Long-poll wait of getUpdates, in seconds.</summary>
    public int PollingTimeoutSeconds { get; set; } = 30;

    public double GlobalPerSecond { get; set; } = 30;

    public int GlobalBurst { get; set; } = 1;

    public double PerChatPerSecond { get; set; } = 1;

    public int PerChatBurst { get; set; } = 3;

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);
}
