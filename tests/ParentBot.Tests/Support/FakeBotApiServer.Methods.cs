using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ParentBot.Tests.Support;

/// <summary>The Bot API methods the fake server answers (other than <c>getUpdates</c>).</summary>
public sealed partial class FakeBotApiServer
{
    private const int MaxTextLength = 4096;
    private const int MaxCallbackDataBytes = 64;

    private readonly List<SentMessage> _sentMessages = [];
    private readonly List<EditedMessage> _edits = [];
    private readonly List<CallbackAnswer> _callbackAnswers = [];
    private readonly Dictionary<(long ChatId, int MessageId), Message> _botMessages = [];

    /// <summary>Messages delivered by <c>sendMessage</c>, in order; failed calls are not here.</summary>
    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (_gate)
            {
                return [.. _sentMessages];
            }
        }
    }

    /// <summary>Delivered <c>editMessageText</c> and <c>editMessageReplyMarkup</c> calls.</summary>
    public IReadOnlyList<EditedMessage> Edits
    {
        get
        {
            lock (_gate)
            {
                return [.. _edits];
            }
        }
    }

    public IReadOnlyList<CallbackAnswer> CallbackAnswers
    {
        get
        {
            lock (_gate)
            {
                return [.. _callbackAnswers];
            }
        }
    }

    /// <summary>The messages delivered to one chat, in order.</summary>
    public IReadOnlyList<SentMessage> MessagesTo(long chatId)
    {
        lock (_gate)
        {
            return _sentMessages.Where(m => m.ChatId == chatId).ToList();
        }
    }

    private Dictionary<string, Func<BotRequestArgs, BotReply>> CreateHandlers() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["getMe"] = _ => BotReply.Ok(BotUser),
        ["sendMessage"] = SendMessage,
        ["editMessageText"] = args => EditMessage("editMessageText", args),
        ["editMessageReplyMarkup"] = args => EditMessage("editMessageReplyMarkup", args),
        ["answerCallbackQuery"] = AnswerCallbackQuery,
        ["sendChatAction"] = args => RequireChat(args) ?? BotReply.Ok(true),
        ["deleteMessage"] = args => RequireChat(args) ?? BotReply.Ok(true),
        ["sendDocument"] = SendDocument,
        ["setMyCommands"] = args => ChangeCommands("setMyCommands", args),
        ["deleteMyCommands"] = args => ChangeCommands("deleteMyCommands", args),
        ["getMyCommands"] = GetMyCommands,
        ["setWebhook"] = args => ChangeWebhook("setWebhook", args),
        ["deleteWebhook"] = args => ChangeWebhook("deleteWebhook", args),
        ["getWebhookInfo"] = _ => GetWebhookInfo(),
    };

    private BotReply SendMessage(BotRequestArgs args)
    {
        if (RequireChat(args) is { } missingChat)
        {
            return missingChat;
        }

        var text = args.GetString("text");
        var parseMode = args.Get<ParseMode?>("parse_mode") ?? ParseMode.None;
        if (string.IsNullOrEmpty(text))
        {
            return BotReply.Error(400, "Bad Request: message text is empty");
        }

        if (parseMode == ParseMode.None && text.Length > MaxTextLength)
        {
            return BotReply.Error(400, "Bad Request: message is too long");
        }

        var markup = args.GetJson("reply_markup");
        if (ValidateKeyboard(markup) is { } invalid)
        {
            return invalid;
        }

        var chatId = args.GetLong("chat_id")!.Value;
        lock (_gate)
        {
            var message = NewBotMessage(chatId, ++_lastMessageId);
            message.Text = text;
            message.ReplyMarkup = ToInlineKeyboard(markup);
            _botMessages[(chatId, message.Id)] = message;
            _sentMessages.Add(new SentMessage(message.Id, chatId, text, parseMode, markup?.ToJsonString(), Now));
            return BotReply.Ok(message);
        }
    }

    private BotReply EditMessage(string method, BotRequestArgs args)
    {
        var chatId = args.GetLong("chat_id");
        var messageId = args.GetInt("message_id");
        var inlineMessageId = args.GetString("inline_message_id");
        if (inlineMessageId is null && (chatId is null || messageId is null))
        {
            return BotReply.Error(400, "Bad Request: message identifier is not specified");
        }

        var text = args.GetString("text");
        if (string.Equals(method, "editMessageText", StringComparison.Ordinal) && string.IsNullOrEmpty(text))
        {
            return BotReply.Error(400, "Bad Request: message text is empty");
        }

        var markup = args.GetJson("reply_markup");
        if (ValidateKeyboard(markup) is { } invalid)
        {
            return invalid;
        }

        var parseMode = args.Get<ParseMode?>("parse_mode") ?? ParseMode.None;
        lock (_gate)
        {
            _edits.Add(new EditedMessage(method, chatId, messageId, inlineMessageId, text, parseMode, markup?.ToJsonString(), Now));
            if (inlineMessageId is not null)
            {
                return BotReply.Ok(true);
            }

            var key = (chatId!.Value, messageId!.Value);
            if (!_botMessages.TryGetValue(key, out var message))
            {
                message = NewBotMessage(key.Item1, key.Item2);
                _botMessages[key] = message;
            }

            message.Text = text ?? message.Text;
            message.ReplyMarkup = ToInlineKeyboard(markup);
            message.EditDate = Now.UtcDateTime;
            return BotReply.Ok(message);
        }
    }

    private BotReply AnswerCallbackQuery(BotRequestArgs args)
    {
        var id = args.GetString("callback_query_id");
        if (string.IsNullOrEmpty(id))
        {
            return BotReply.Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }

        lock (_gate)
        {
            _callbackAnswers.Add(new CallbackAnswer(id, args.GetString("text"), args.GetBool("show_alert"), args.GetString("url"), Now));
        }

        return BotReply.Ok(true);
    }

    private Message NewBotMessage(long chatId, int messageId) => new()
    {
        Id = messageId,
        Date = Now.UtcDateTime,
        Chat = NewChat(chatId),
        From = BotUser,
    };

    private static BotReply? RequireChat(BotRequestArgs args) => args.GetLong("chat_id") is null
        ? BotReply.Error(400, args.Has("chat_id") ? "Bad Request: chat not found" : "Bad Request: chat_id is empty")
        : null;

    /// <summary>Telegram refuses callback data that is empty or over 64 UTF-8 bytes.</summary>
    private static BotReply? ValidateKeyboard(JsonNode? markup)
    {
        if (markup?["inline_keyboard"] is not JsonArray rows)
        {
            return null;
        }

        foreach (var button in rows.OfType<JsonArray>().SelectMany(row => row).OfType<JsonObject>())
        {
            if (button["callback_data"] is JsonValue value && value.TryGetValue(out string? data)
                && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes))
            {
                return BotReply.Error(400, "Bad Request: BUTTON_DATA_INVALID");
            }
        }

        return null;
    }

    private static InlineKeyboardMarkup? ToInlineKeyboard(JsonNode? markup) =>
        markup?["inline_keyboard"] is null
            ? null
            : markup.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options);

    private static string Describe(SentMessage message) =>
        string.Create(CultureInfo.InvariantCulture, $"#{message.MessageId} to {message.ChatId}: \"{Shorten(message.Text)}\"");

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
