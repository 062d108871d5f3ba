namespace ParentBot.Tests.Support;

/// <summary>
/// A fake Bot API server and the whole host with Telegram on, pointed at it, over a temp database —
/// in polling mode, or in webhook mode when <see cref="WebhookUrl"/> is given.
/// </summary>
public abstract class TelegramWorld(string? webhookUrl = null) : IAsyncLifetime
{
    public const string WebhookSecret = "s3cret-Token_1";

    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly TempDirectory _dir = new();

    protected FakeBotApiServer Api { get; private set; } = null!;

    protected ParentBotFactory Host { get; private set; } = null!;

    protected string? WebhookUrl => webhookUrl;

    public async Task InitializeAsync()
    {
        Api = await FakeBotApiServer.StartAsync();
        StartHost();
    }

    protected string DatabasePath => _dir.DatabasePath;

    /// <summary>Stops the host and starts a new one on the same database and Bot API, as after a crash or deploy.</summary>
    protected async Task RestartHostAsync()
    {
        await Host.DisposeAsync();
        StartHost();
    }

    protected Task StopHostAsync() => Host.DisposeAsync().AsTask();

    protected void StartHost()
    {
        Host = new ParentBotFactory(_dir.DatabasePath, new Dictionary<string, string?>
        {
            ["ParentBot:Telegram:Token"] = Api.Token,
            ["ParentBot:Telegram:ApiBaseUrl"] = Api.BaseUrl,
            ["ParentBot:Telegram:WebhookUrl"] = webhookUrl ?? string.Empty,
            ["ParentBot:Telegram:WebhookSecret"] = webhookUrl is null ? string.Empty : WebhookSecret,
            ["ParentBot:Telegram:PollingTimeoutSeconds"] = "1",
            // The fake clock does not move by itself: bursts large enough that pacing never waits here.
            ["ParentBot:Telegram:GlobalBurst"] = "1000",
            ["ParentBot:Telegram:PerChatBurst"] = "100",
        });
        _ = Host.Services;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        _dir.Dispose();
    }
}
