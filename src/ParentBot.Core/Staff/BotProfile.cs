namespace ParentBot.Core.Staff;

/// <summary>
/// What the running bot is called on Telegram (learnt from <c>getMe</c> at start), so the console can show a
/// deep link. Null while Telegram is off or has not answered yet: the console then shows only the code.
/// </summary>
public sealed class BotProfile
{
    private volatile string? _telegramUsername;

    public string? TelegramUsername
    {
        get => _telegramUsername;
        set => _telegramUsername = string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimStart('@');
    }

    /// <summary><c>https://t.me/&lt;bot&gt;?start=&lt;payload&gt;</c>, or null when the bot's name is not known.</summary>
    public Uri? TelegramStartLink(string payload) =>
        TelegramUsername is { } name ? new Uri($"https://t.me/{name}?start={Uri.EscapeDataString(payload)}") : null;
}
