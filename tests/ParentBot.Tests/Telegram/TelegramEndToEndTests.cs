using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Telegram;

/// <summary>The whole host with Telegram on, talking to the fake Bot API over loopback with the real client.</summary>
public sealed class TelegramEndToEndTests : TelegramWorld
{
    [Fact]
    public async Task Start_RegistersTheCommandMenu_InEveryLanguage()
    {
        var sets = await Api.WaitForRequestsAsync("setMyCommands", 12, Wait);

        Assert.Contains(sets, s => s.BodyJson?["language_code"]?.GetValue<string>() == "ar");
        var arabic = Api.CommandSets.First(c => c.LanguageCode == "ar");
        Assert.Equal(8, arabic.Commands.Count);
        Assert.DoesNotContain(arabic.Commands, c => c.Description == "Show the menu");
    }

    [Fact]
    public async Task NewParent_PicksArabic_AndGetsTheArabicMenu()
    {
        Api.EnqueueText(100, "/start", "ar");
        var picker = Assert.Single(await Api.WaitForMessagesAsync(100, 1, Wait));
        Assert.Equal("lang:ar", picker.CallbackData[0]);

        Api.EnqueueCallback(100, "lang:ar", picker.MessageId, "ar");
        var messages = await Api.WaitForMessagesAsync(100, 3, Wait);

        await Api.WaitForRequestAsync("answerCallbackQuery", Wait);
        var menu = messages[2];
        Assert.Equal(8, menu.CallbackData.Count);
        Assert.All(menu.CallbackData, d => Assert.True(System.Text.Encoding.UTF8.GetByteCount(d) <= 64));
        Assert.Equal("ar", Host.Services.GetRequiredService<TurnStore>().FindParent(ChatKey.ForTelegram(100))!.Language);
    }

    [Fact]
    public async Task StickerPhotoVoiceLocationDocument_GetAPoliteAnswerEach()
    {
        await StartParentAsync(200, "en");
        Api.EnqueueSticker(200);
        Api.EnqueuePhoto(200);
        Api.EnqueueVoice(200);
        Api.EnqueueLocation(200);
        Api.EnqueueDocument(200);

        var messages = await Api.WaitForMessagesAsync(200, 3 + 10, Wait);

        Assert.Equal(5, messages.Skip(3).Count(m => m.Text.StartsWith("I can only read text and buttons", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ButtonsPressedQuickly_AreHandledInOrder()
    {
        await StartParentAsync(300, "en");
        foreach (var item in new[] { "childcare", "preschool", "childcare" })
        {
            Api.EnqueueCallback(300, $"f:main-menu:1:menu:{item}");
            Api.EnqueueCallback(300, $"f:main-menu:1:{item}:back");
        }

        var messages = await Api.WaitForMessagesAsync(300, 3 + 4, Wait);

        Assert.DoesNotContain(messages, m => m.Text.StartsWith("This button is from an older message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooManyRequests_WaitsRetryAfter_ThenDelivers()
    {
        await StartParentAsync(400, "en");
        Api.FailNextTooManyRequests("sendMessage", 400, retryAfter: 5);

        Api.EnqueueText(400, "/menu");
        await Api.WaitForRequestAsync("sendMessage", Wait, r => r.StatusCode == 429);

        // Move the fake clock a second at a time: the menu may only arrive once retry_after (5 s) has passed.
        var seconds = 0;
        while (Api.MessagesTo(400).Count < 4 && seconds < 30)
        {
            Host.Time.Advance(TimeSpan.FromSeconds(1));
            seconds++;
            await Task.Delay(100);
        }

        var messages = await Api.WaitForMessagesAsync(400, 4, Wait);
        Assert.InRange(seconds, 5, 30);
        Assert.Equal("What do you want to do? Press a button.", messages[3].Text);
        Assert.Single(Api.Requests, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task BlockedByTheParent_MarksThemUnreachable()
    {
        await StartParentAsync(500, "en");
        Api.BlockChat(500);

        Api.EnqueueText(500, "/menu");
        await Api.WaitForRequestAsync("sendMessage", Wait, r => r.StatusCode == 403);

        var store = Host.Services.GetRequiredService<TurnStore>();
        await Poll.Eventually(() => store.FindParent(ChatKey.ForTelegram(500))!.Unreachable);
    }

    [Fact]
    public async Task Restart_ResumesFromTheStoredOffset_AndKeepsTheConversation()
    {
        await StartParentAsync(600, "fr");
        var last = Api.EnqueueText(600, "/help");
        await Api.WaitForMessagesAsync(600, 3 + 3, Wait);
        await Api.WaitForConfirmationAsync(last.Id, Wait);

        var restartedAt = TimeProvider.System.GetUtcNow();
        await RestartHostAsync();
        Api.EnqueueText(600, "/menu");
        var messages = await Api.WaitForMessagesAsync(600, 3 + 3 + 1, Wait);

        var firstPollAfterRestart = Api.RequestsFor("getUpdates").Where(r => r.ReceivedAt > restartedAt).MinBy(r => r.ReceivedAt);
        Assert.Equal(last.Id + 1, firstPollAfterRestart!.BodyJson!["offset"]!.GetValue<int>());
        Assert.Equal(7, messages.Count);
        Assert.Equal("fr", Host.Services.GetRequiredService<TurnStore>().FindParent(ChatKey.ForTelegram(600))!.Language);
    }

    private async Task StartParentAsync(long chat, string language)
    {
        Api.EnqueueText(chat, "/start", language);
        await Api.WaitForMessagesAsync(chat, 1, Wait);
        Api.EnqueueCallback(chat, "lang:" + language, languageCode: language);
        await Api.WaitForMessagesAsync(chat, 3, Wait);
    }
}
