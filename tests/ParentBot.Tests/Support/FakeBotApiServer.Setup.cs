using System.Globalization;
using Telegram.Bot.Types;

namespace ParentBot.Tests.Support;

/// <summary>Documents, command lists and webhooks.</summary>
public sealed partial class FakeBotApiServer
{
    private readonly List<SentDocument> _documents = [];
    private readonly List<CommandSet> _commandSets = [];
    private readonly List<WebhookChange> _webhooks = [];
    private readonly Dictionary<(string Scope, string Language), BotCommand[]> _commands = [];
    private string? _webhookUrl;

    /// <summary>Delivered <c>sendDocument</c> calls with their bytes.</summary>
    public IReadOnlyList<SentDocument> Documents
    {
        get
        {
            lock (_gate)
            {
                return [.. _documents];
            }
        }
    }

    /// <summary><c>setMyCommands</c> and <c>deleteMyCommands</c> calls, in order.</summary>
    public IReadOnlyList<CommandSet> CommandSets
    {
        get
        {
            lock (_gate)
            {
                return [.. _commandSets];
            }
        }
    }

    /// <summary><c>setWebhook</c> and <c>deleteWebhook</c> calls, in order.</summary>
    public IReadOnlyList<WebhookChange> Webhooks
    {
        get
        {
            lock (_gate)
            {
                return [.. _webhooks];
            }
        }
    }

    /// <summary>The webhook URL set now, or null (while one is set, <c>getUpdates</c> answers 409).</summary>
    public string? WebhookUrl
    {
        get
        {
            lock (_gate)
            {
                return _webhookUrl;
            }
        }
    }

    private BotReply SendDocument(BotRequestArgs args)
    {
        if (RequireChat(args) is { } missingChat)
        {
            return missingChat;
        }

        var upload = args.GetFile("document");
        var reference = upload is null ? args.GetString("document") : null;
        if (upload is null && string.IsNullOrEmpty(reference))
        {
            return BotReply.Error(400, "Bad Request: there is no document in the request");
        }

        var chatId = args.GetLong("chat_id")!.Value;
        var caption = args.GetString("caption");
        lock (_gate)
        {
            var message = NewBotMessage(chatId, ++_lastMessageId);
            message.Caption = caption;
            message.ReplyMarkup = ToInlineKeyboard(args.GetJson("reply_markup"));
            message.Document = new Document
            {
                FileId = string.Create(CultureInfo.InvariantCulture, $"document-{message.Id}"),
                FileUniqueId = string.Create(CultureInfo.InvariantCulture, $"document-unique-{message.Id}"),
                FileName = upload?.FileName,
                MimeType = upload?.ContentType,
                FileSize = upload?.Content.Length,
            };
            _botMessages[(chatId, message.Id)] = message;
            _documents.Add(new SentDocument(
                message.Id, chatId, upload?.FileName, caption, upload?.Content ?? [], upload?.ContentType, reference, Now));
            return BotReply.Ok(message);
        }
    }

    private BotReply ChangeCommands(string method, BotRequestArgs args)
    {
        var isSet = string.Equals(method, "setMyCommands", StringComparison.Ordinal);
        var commands = isSet ? args.Get<BotCommand[]>("commands") : [];
        if (commands is null)
        {
            return BotReply.Error(400, "Bad Request: parameter \"commands\" is required");
        }

        var language = args.GetString("language_code");
        var scope = args.GetJson("scope")?.ToJsonString();
        lock (_gate)
        {
            _commandSets.Add(new CommandSet(method, commands, language, scope, Now));
            var key = (scope ?? string.Empty, language ?? string.Empty);
            if (isSet && commands.Length > 0)
            {
                _commands[key] = commands;
            }
            else
            {
                _commands.Remove(key);
            }
        }

        return BotReply.Ok(true);
    }

    private BotReply GetMyCommands(BotRequestArgs args)
    {
        var key = (args.GetJson("scope")?.ToJsonString() ?? string.Empty, args.GetString("language_code") ?? string.Empty);
        lock (_gate)
        {
            return BotReply.Ok(_commands.TryGetValue(key, out var commands) ? commands : []);
        }
    }

    private BotReply ChangeWebhook(string method, BotRequestArgs args)
    {
        var isSet = string.Equals(method, "setWebhook", StringComparison.Ordinal);
        var url = isSet ? args.GetString("url") : null;
        if (isSet && url is null)
        {
            return BotReply.Error(400, "Bad Request: parameter \"url\" is required");
        }

        var allowed = args.Get<string[]>("allowed_updates");
        var drop = args.GetBool("drop_pending_updates");
        lock (_gate)
        {
            _webhooks.Add(new WebhookChange(method, url, args.GetString("secret_token"), allowed, drop, Now));
            _webhookUrl = string.IsNullOrEmpty(url) ? null : url;
            if (drop)
            {
                _pendingUpdates.Clear();
            }
        }

        return BotReply.Ok(true);
    }

    private BotReply GetWebhookInfo()
    {
        lock (_gate)
        {
            return BotReply.Ok(new WebhookInfo
            {
                Url = _webhookUrl ?? string.Empty,
                HasCustomCertificate = false,
                PendingUpdateCount = _pendingUpdates.Count,
            });
        }
    }
}
