using System.Diagnostics;
using System.Text.Json;
using ParentBot.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ParentBot.Tests.Telegram;

/// <summary>The fake Bot API server, driven by the real Telegram.Bot client.</summary>
public sealed class FakeBotApiServerTests : IAsyncLifetime
{
    private const long Chat = 4242;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private FakeBotApiServer _server = null!;
    private TelegramBotClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _client = _server.CreateClient(retryThreshold: 0);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetMe_ReturnsTheBotOfTheToken()
    {
        var me = await _client.GetMe();

        Assert.Equal((123456L, true, "parentbot_test_bot"), (me.Id, me.IsBot, me.Username));
    }

    [Fact]
    public async Task WrongToken_Answers401()
    {
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("999:wrong-token", _server.BaseUrl));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal(401, Assert.Single(_server.Requests).StatusCode);
    }

    [Fact]
    public async Task UnknownMethod_Answers404MethodNotFound()
    {
        using var http = new HttpClient();
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri($"{_server.BaseUrl}/bot{_server.Token}/sendTelepathy"), body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal((404, false), ((int)response.StatusCode, json.RootElement.GetProperty("ok").GetBoolean()));
        Assert.Equal("Not Found: method not found", json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task SendMessageWithInlineKeyboard_IsRecordedWithItsCallbackData()
    {
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Да", "task:done:7")], [InlineKeyboardButton.WithCallbackData("ተወው", "task:skip:7")]]);

        var first = await _client.SendMessage(Chat, "<b>Почистить зубы</b>", ParseMode.Html, replyMarkup: keyboard);
        var second = await _client.SendMessage(Chat, "plain");

        var sent = _server.SentMessages;
        Assert.Equal(2, sent.Count);
        Assert.Equal("<b>Почистить зубы</b>", sent[0].Text);
        Assert.Equal(ParseMode.Html, sent[0].ParseMode);
        Assert.Equal(["task:done:7", "task:skip:7"], sent[0].CallbackData);
        Assert.Equal(["Да", "ተወው"], sent[0].ButtonLabels);
        Assert.Equal(ParseMode.None, sent[1].ParseMode);
        Assert.Equal(Chat, first.Chat.Id);
        Assert.Equal("task:skip:7", first.ReplyMarkup?.InlineKeyboard.ElementAt(1).Single().CallbackData);
        Assert.True(second.Id > first.Id);
    }

    [Fact]
    public async Task CallbackDataOver64Bytes_Answers400ButtonDataInvalid()
    {
        // 33 Cyrillic letters are 66 UTF-8 bytes although only 33 chars.
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", new string('я', 33)));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Chat, "hi", replyMarkup: keyboard));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("BUTTON_DATA_INVALID", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.SentMessages);
    }

    [Fact]
    public async Task GetUpdates_ReturnsEnqueuedUpdatesWithTheirTypes()
    {
        var text = _server.EnqueueText(Chat, "/start", languageCode: "ar");
        var callback = _server.EnqueueCallback(Chat, "lang:ti", messageId: 9);
        var sticker = _server.EnqueueSticker(Chat);

        var updates = await _client.GetUpdates();

        Assert.Equal([text.Id, callback.Id, sticker.Id], updates.Select(u => u.Id));
        Assert.Equal([UpdateType.Message, UpdateType.CallbackQuery, UpdateType.Message], updates.Select(u => u.Type));
        Assert.Equal("/start", updates[0].Message!.Text);
        Assert.Equal("ar", updates[0].Message!.From!.LanguageCode);
        Assert.Equal(MessageEntityType.BotCommand, updates[0].Message!.Entities!.Single().Type);
        Assert.Equal("lang:ti", updates[1].CallbackQuery!.Data);
        Assert.Equal(9, updates[1].CallbackQuery!.Message!.Id);
        Assert.Equal(MessageType.Sticker, updates[2].Message!.Type);
    }

    [Fact]
    public async Task GetUpdatesWithOffset_DoesNotReturnConfirmedUpdatesAgain()
    {
        var first = _server.EnqueueText(Chat, "one");
        var second = _server.EnqueueText(Chat, "two");
        Assert.Equal(first.Id, Assert.Single(await _client.GetUpdates(limit: 1)).Id);

        var afterFirst = await _client.GetUpdates(offset: first.Id + 1);
        var afterSecond = await _client.GetUpdates(offset: second.Id + 1, timeout: 0);
        var again = await _client.GetUpdates();

        Assert.Equal(second.Id, Assert.Single(afterFirst).Id);
        Assert.Empty(afterSecond);
        Assert.Empty(again);
        Assert.Equal(0, _server.PendingUpdateCount);
    }

    [Fact]
    public async Task LongPollWithNothingPending_ReturnsEmptyAfterTheTimeout()
    {
        var watch = Stopwatch.StartNew();
        var updates = await _client.GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(500), $"returned after {watch.Elapsed}, without waiting");
    }

    [Fact]
    public async Task LongPoll_ReturnsEarlyWhenAnUpdateIsEnqueued()
    {
        var poll = _client.GetUpdates(timeout: 50);
        await _server.WaitForPollingAsync(Patience);

        var update = _server.EnqueueVoice(Chat);
        var updates = await poll.WaitAsync(Patience);

        Assert.Equal(update.Id, Assert.Single(updates).Id);
        Assert.Equal(MessageType.Voice, updates[0].Message!.Type);
    }

    [Fact]
    public async Task FailNext429_SurfacesAsApiRequestExceptionWithRetryAfter()
    {
        _server.FailNextTooManyRequests("sendMessage", Chat, retryAfter: 7);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Chat, "first"));
        await _client.SendMessage(Chat, "second");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Equal("second", Assert.Single(_server.SentMessages).Text);
        Assert.Equal([429, 200], _server.RequestsFor("sendMessage").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task FailNext429WithRetryAfterUnderTheThreshold_IsRetriedSilentlyByTheClient()
    {
        var patientClient = _server.CreateClient(retryThreshold: 60);
        _server.FailNextTooManyRequests("sendMessage", chatId: null, retryAfter: 1);

        await patientClient.SendMessage(Chat, "eventually");

        Assert.Equal([429, 200], _server.RequestsFor("sendMessage").Select(r => r.StatusCode));
        Assert.Single(_server.SentMessages);
    }

    [Fact]
    public async Task BlockChat_Answers403ForEverySendToThatChat()
    {
        _server.BlockChat(Chat);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Chat, "one"));
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Chat, "two"));
        await _client.SendMessage(Chat + 1, "other chat");

        Assert.Equal((403, 403), (first.ErrorCode, second.ErrorCode));
        Assert.Contains("bot was blocked by the user", second.Message, StringComparison.Ordinal);
        Assert.Equal(Chat + 1, Assert.Single(_server.SentMessages).ChatId);
    }

    [Fact]
    public async Task EnforceLimits_Answers429BeyondThePerChatLimit()
    {
        // Warm the send path up first: the window is one real second, so the two sends must follow closely.
        await _client.SendMessage(Chat + 1, "warm-up");
        _server.EnforceLimits(globalPerSecond: 30, perChatPerSecond: 1);

        await _client.SendMessage(Chat, "1");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Chat, "2"));
        await _client.SendMessage(Chat + 1, "other chat");

        Assert.Equal((429, 1), (error.ErrorCode, error.Parameters?.RetryAfter));
        Assert.Equal(["warm-up", "1", "other chat"], _server.SentMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task SetMyCommandsWithLanguageCode_IsRecorded()
    {
        await _client.SetMyCommands([new BotCommand("start", "Commencer"), new BotCommand("today", "Aujourd'hui")], languageCode: "fr");

        var set = Assert.Single(_server.CommandSets);
        Assert.Equal("fr", set.LanguageCode);
        Assert.Equal(["start", "today"], set.Commands.Select(c => c.Command));
        Assert.Equal("Aujourd'hui", (await _client.GetMyCommands(languageCode: "fr"))[1].Description);
        Assert.Empty(await _client.GetMyCommands());
    }

    [Fact]
    public async Task EditAndAnswerCallback_AreRecorded()
    {
        var sent = await _client.SendMessage(Chat, "Brush teeth?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Done", "done")));

        var edited = await _client.EditMessageText(Chat, sent.Id, "Brushed ✓");
        await _client.AnswerCallbackQuery("cbq-1", "Well done", showAlert: true);

        Assert.Equal("Brushed ✓", edited.Text);
        Assert.Equal(sent.Id, Assert.Single(_server.Edits).MessageId);
        var answer = Assert.Single(_server.CallbackAnswers);
        Assert.Equal(("cbq-1", "Well done", true), (answer.CallbackQueryId, answer.Text, answer.ShowAlert));
    }

    [Fact]
    public async Task SendDocument_RecordsTheUploadedFile()
    {
        byte[] bytes = [0x42, 0x45, 0x47, 0x49, 0x4E];
        using var stream = new MemoryStream(bytes);
        var message = await _client.SendDocument(Chat, InputFile.FromStream(stream, "week.ics"), caption: "Your week");

        var document = Assert.Single(_server.Documents);
        Assert.Equal(("week.ics", "Your week", Chat), (document.FileName, document.Caption, document.ChatId));
        Assert.Equal(bytes, document.Content);
        Assert.Equal("week.ics", message.Document?.FileName);
    }

    [Fact]
    public async Task SetWebhook_IsRecordedAndBlocksGetUpdatesUntilDeleted()
    {
        await _client.SetWebhook("https://parentbot.test/hook", secretToken: "s3cret");

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => _client.GetUpdates());
        await _client.DeleteWebhook();
        _server.EnqueueText(Chat, "hello");

        Assert.Equal(409, conflict.ErrorCode);
        Assert.Single(await _client.GetUpdates());
        Assert.Equal(["setWebhook", "deleteWebhook"], _server.Webhooks.Select(w => w.Method));
        Assert.Equal("s3cret", _server.Webhooks[0].SecretToken);
    }

    [Fact]
    public void BuildUpdateJson_RoundTripsThroughJsonBotApiOptions()
    {
        var update = _server.EnqueueCallback(Chat, "pause:reminders");

        var json = FakeBotApiServer.BuildUpdateJson(update);
        var back = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options);

        Assert.Contains("\"callback_query\"", json, StringComparison.Ordinal);
        Assert.Equal(update.Id, back?.Id);
        Assert.Equal("pause:reminders", back?.CallbackQuery?.Data);
    }

    [Fact]
    public async Task WaitForMessages_CompletesWhenTheMessagesArrive()
    {
        var waiting = _server.WaitForMessagesAsync(Chat, 2, Patience);

        await _client.SendMessage(Chat, "one");
        Assert.False(waiting.IsCompleted);
        await _client.SendMessage(Chat, "two");

        Assert.Equal(["one", "two"], (await waiting).Select(m => m.Text));
    }

    [Fact]
    public async Task WaitForMessages_TimesOutSayingWhatArrived()
    {
        await _client.SendMessage(Chat, "only this one");
        await _client.SendMessage(Chat + 1, "elsewhere");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _server.WaitForMessagesAsync(Chat, 2, TimeSpan.FromMilliseconds(200)));

        Assert.Contains($"Expected 2 message(s) to chat {Chat}", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 arrived", error.Message, StringComparison.Ordinal);
        Assert.Contains("only this one", error.Message, StringComparison.Ordinal);
        Assert.Contains("elsewhere", error.Message, StringComparison.Ordinal);
    }
}
