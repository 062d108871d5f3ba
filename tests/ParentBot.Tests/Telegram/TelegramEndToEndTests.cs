using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Telegram;

/// <summary>The whole host with Telegram on, talking to the fake Bot API over loopback with the real client.</summary>
public sealed class TelegramEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly TempDirectory _dir = new();
    private FakeBotApiServer _api = null!;
    private ParentBotFactory _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _host = new ParentBotFactory(_dir.DatabasePath, TelegramSettings(_api));
        _ = _host.Services;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _dir.Dispose();
    }

    internal static Dictionary<string, string?> TelegramSettings(FakeBotApiServer api, string? webhookUrl = null) => new()
    {
        ["ParentBot:Telegram:Token"] = api.Token,
        ["ParentBot:Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["ParentBot:Telegram:WebhookUrl"] = webhookUrl ?? string.Empty,
        ["ParentBot:Telegram:WebhookSecret"] = webhookUrl is null ? string.Empty : "s3cret-Token_1",
        ["ParentBot:Telegram:PollingTimeoutSeconds"] = "1",
        // The fake clock does not move by itself: bursts large enough that pacing never waits here.
        ["ParentBot:Telegram:GlobalBurst"] = "1000",
        ["ParentBot:Telegram:PerChatBurst"] = "100",
    };

    [Fact]
    public async Task Start_RegistersTheCommandMenu_InEveryLanguage()
    {
        var sets = await _api.WaitForRequestsAsync("setMyCommands", 12, Wait);

        Assert.Contains(sets, s => s.BodyJson?["language_code"]?.GetValue<string>() == "ar");
        var arabic = _api.CommandSets.First(c => c.LanguageCode == "ar");
        Assert.Equal(8, arabic.Commands.Count);
        Assert.DoesNotContain(arabic.Commands, c => c.Description == "Show the menu");
    }

    [Fact]
    public async Task NewParent_PicksArabic_AndGetsTheArabicMenu()
    {
        _api.EnqueueText(100, "/start", "ar");
        var picker = Assert.Single(await _api.WaitForMessagesAsync(100, 1, Wait));
        Assert.Equal("lang:ar", picker.CallbackData[0]);

        _api.EnqueueCallback(100, "lang:ar", picker.MessageId, "ar");
        var messages = await _api.WaitForMessagesAsync(100, 3, Wait);

        await _api.WaitForRequestAsync("answerCallbackQuery", Wait);
        var menu = messages[2];
        Assert.Equal(7, menu.CallbackData.Count);
        Assert.All(menu.CallbackData, d => Assert.True(System.Text.Encoding.UTF8.GetByteCount(d) <= 64));
        Assert.Equal("ar", _host.Services.GetRequiredService<TurnStore>().FindParent(ChatKey.ForTelegram(100))!.Language);
    }

    [Fact]
    public async Task StickerPhotoVoiceLocationDocument_GetAPoliteAnswerEach()
    {
        await StartParentAsync(200, "en");
        _api.EnqueueSticker(200);
        _api.EnqueuePhoto(200);
        _api.EnqueueVoice(200);
        _api.EnqueueLocation(200);
        _api.EnqueueDocument(200);

        var messages = await _api.WaitForMessagesAsync(200, 3 + 10, Wait);

        Assert.Equal(5, messages.Skip(3).Count(m => m.Text.StartsWith("I can only read text and buttons", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ButtonsPressedQuickly_AreHandledInOrder()
    {
        await StartParentAsync(300, "en");
        foreach (var item in new[] { "my-sessions", "book-visit", "ask-person" })
        {
            _api.EnqueueCallback(300, $"f:main-menu:1:menu:{item}");
            _api.EnqueueCallback(300, $"f:main-menu:1:{item}:back");
        }

        var messages = await _api.WaitForMessagesAsync(300, 3 + 6, Wait);

        Assert.DoesNotContain(messages, m => m.Text.StartsWith("This button is from an older message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooManyRequests_WaitsRetryAfter_ThenDelivers()
    {
        await StartParentAsync(400, "en");
        _api.FailNextTooManyRequests("sendMessage", 400, retryAfter: 5);

        _api.EnqueueText(400, "/menu");
        await _api.WaitForRequestAsync("sendMessage", Wait, r => r.StatusCode == 429);

        // Move the fake clock a second at a time: the menu may only arrive once retry_after (5 s) has passed.
        var seconds = 0;
        while (_api.MessagesTo(400).Count < 4 && seconds < 30)
        {
            _host.Time.Advance(TimeSpan.FromSeconds(1));
            seconds++;
            await Task.Delay(100);
        }

        var messages = await _api.WaitForMessagesAsync(400, 4, Wait);
        Assert.InRange(seconds, 5, 30);
        Assert.Equal("What do you want to do? Press a button.", messages[3].Text);
        Assert.Single(_api.Requests, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task BlockedByTheParent_MarksThemUnreachable()
    {
        await StartParentAsync(500, "en");
        _api.BlockChat(500);

        _api.EnqueueText(500, "/menu");
        await _api.WaitForRequestAsync("sendMessage", Wait, r => r.StatusCode == 403);

        var store = _host.Services.GetRequiredService<TurnStore>();
        await Eventually(() => store.FindParent(ChatKey.ForTelegram(500))!.Unreachable);
    }

    private async Task StartParentAsync(long chat, string language)
    {
        _api.EnqueueText(chat, "/start", language);
        await _api.WaitForMessagesAsync(chat, 1, Wait);
        _api.EnqueueCallback(chat, "lang:" + language, languageCode: language);
        await _api.WaitForMessagesAsync(chat, 3, Wait);
    }

    internal static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
