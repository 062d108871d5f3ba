using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ParentBot.Tests.Support;

/// <summary>Incoming updates: what tests enqueue and what <c>getUpdates</c> hands out.</summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>An empty <c>getUpdates</c> waits at least this long, so a polling client does not spin.</summary>
    public static readonly TimeSpan MinimumPollWait = TimeSpan.FromMilliseconds(100);

    private readonly List<Update> _pendingUpdates = [];
    private TaskCompletionSource _updateEnqueued = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lastUpdateId;
    private int _confirmedBelow;
    private int _lastMessageId;
    private int _waitingPolls;
    private int _lastCallbackQueryId;

    /// <summary>Updates enqueued and not yet confirmed by a <c>getUpdates</c> offset.</summary>
    public int PendingUpdateCount
    {
        get
        {
            lock (_gate)
            {
                return _pendingUpdates.Count;
            }
        }
    }

    /// <summary>A text message from a user (in a private chat the user id is the chat id).</summary>
    public Update EnqueueText(long chatId, string text, string? languageCode = "en", long? fromId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = NewIncomingMessage(chatId, languageCode, fromId);
        message.Text = text;
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n']);
            message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = end < 0 ? text.Length : end }];
        }

        return Enqueue(new Update { Message = message });
    }

    /// <summary>A press on an inline button with <paramref name="data"/>, under the bot's message <paramref name="messageId"/>.</summary>
    public Update EnqueueCallback(long chatId, string data, int messageId = 1, string? languageCode = "en")
    {
        ArgumentNullException.ThrowIfNull(data);
        var from = NewUser(chatId, languageCode, null);
        var message = new Message { Id = messageId, Date = Now.UtcDateTime, Chat = NewChat(chatId), From = BotUser, Text = "…" };
        var queryNumber = Interlocked.Increment(ref _lastCallbackQueryId);
        var query = new CallbackQuery
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"cbq-{chatId}-{queryNumber}"),
            From = from,
            Message = message,
            ChatInstance = string.Create(CultureInfo.InvariantCulture, $"ci-{chatId}"),
            Data = data,
        };
        return Enqueue(new Update { CallbackQuery = query });
    }

    public Update EnqueueSticker(long chatId, string? languageCode = "en")
    {
        var message = NewIncomingMessage(chatId, languageCode, null);
        message.Sticker = new Sticker
        {
            FileId = "sticker-file", FileUniqueId = "sticker-unique", Type = StickerType.Regular,
            Width = 512, Height = 512, Emoji = "👍",
        };
        return Enqueue(new Update { Message = message });
    }

    public Update EnqueuePhoto(long chatId, string? caption = null, string? languageCode = "en")
    {
        var message = NewIncomingMessage(chatId, languageCode, null);
        message.Photo =
        [
            new PhotoSize { FileId = "photo-small", FileUniqueId = "photo-small-u", Width = 90, Height = 90, FileSize = 1200 },
            new PhotoSize { FileId = "photo-large", FileUniqueId = "photo-large-u", Width = 800, Height = 800, FileSize = 64000 },
        ];
        message.Caption = caption;
        return Enqueue(new Update { Message = message });
    }

    public Update EnqueueVoice(long chatId, string? languageCode = "en")
    {
        var message = NewIncomingMessage(chatId, languageCode, null);
        message.Voice = new Voice { FileId = "voice-file", FileUniqueId = "voice-unique", Duration = 3, MimeType = "audio/ogg", FileSize = 4000 };
        return Enqueue(new Update { Message = message });
    }

    public Update EnqueueLocation(long chatId, double latitude = 50.8503, double longitude = 4.3517, string? languageCode = "en")
    {
        var message = NewIncomingMessage(chatId, languageCode, null);
        message.Location = new Location { Latitude = latitude, Longitude = longitude };
        return Enqueue(new Update { Message = message });
    }

    public Update EnqueueDocument(long chatId, string fileName = "file.pdf", string mimeType = "application/pdf", string? languageCode = "en")
    {
        var message = NewIncomingMessage(chatId, languageCode, null);
        message.Document = new Document { FileId = "document-file", FileUniqueId = "document-unique", FileName = fileName, MimeType = mimeType, FileSize = 2048 };
        return Enqueue(new Update { Message = message });
    }

    /// <summary>
    /// Queues any update. An <see cref="Update.Id"/> of 0 gets the next id; a set id is kept (to simulate
    /// redelivery), and later ids continue above the highest seen.
    /// </summary>
    public Update Enqueue(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (update.Id == 0)
            {
                update.Id = ++_lastUpdateId;
            }
            else
            {
                _lastUpdateId = Math.Max(_lastUpdateId, update.Id);
            }

            _pendingUpdates.Add(update);
            signal = _updateEnqueued;
            _updateEnqueued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
        return update;
    }

    /// <summary>The update as Telegram would POST it to a webhook (snake_case, <see cref="JsonBotAPI.Options"/>).</summary>
    public static string BuildUpdateJson(Update update) => JsonSerializer.Serialize(update, JsonBotAPI.Options);

    /// <summary>Completes once a <c>getUpdates</c> offset has confirmed <paramref name="updateId"/> (the bot polled past it).</summary>
    public Task WaitForConfirmationAsync(int updateId, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(
            () => _confirmedBelow > updateId ? this : null,
            timeout,
            () => string.Create(CultureInfo.InvariantCulture, $"Update {updateId} was not confirmed within {timeout}: the last offset confirmed ids below {_confirmedBelow}, {_pendingUpdates.Count} update(s) pending."),
            cancellationToken);

    /// <summary>Completes once a <c>getUpdates</c> call is waiting with nothing to hand out (the bot is polling).</summary>
    public Task WaitForPollingAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(
            () => _waitingPolls > 0 ? this : null,
            timeout,
            () => string.Create(CultureInfo.InvariantCulture, $"No getUpdates call was waiting within {timeout}; {_requests.Count(r => string.Equals(r.Method, "getUpdates", StringComparison.OrdinalIgnoreCase))} getUpdates call(s) completed."),
            cancellationToken);

    private async Task<BotReply> GetUpdatesAsync(BotRequestArgs args, CancellationToken cancellationToken)
    {
        var offset = args.GetLong("offset");
        var limit = Math.Clamp(args.GetInt("limit") ?? 100, 1, 100);
        var requested = TimeSpan.FromSeconds(Math.Max(args.GetInt("timeout") ?? 0, 0));
        var wait = requested > MinimumPollWait ? requested : MinimumPollWait;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task enqueued;
            lock (_gate)
            {
                if (_webhookUrl is not null)
                {
                    return BotReply.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
                }

                ApplyOffset(offset);
                if (_pendingUpdates.Count > 0)
                {
                    return BotReply.Ok(_pendingUpdates.Take(limit).ToArray());
                }

                enqueued = _updateEnqueued.Task;
                _waitingPolls++;
            }

            try
            {
                // Confirmation and "a poll is waiting" are news for WaitForConfirmationAsync and WaitForPollingAsync.
                SignalWaiters();
                var remaining = wait - Stopwatch.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero || _stopping.IsCancellationRequested)
                {
                    return BotReply.Ok(Array.Empty<Update>());
                }

                await enqueued.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                return BotReply.Ok(Array.Empty<Update>());
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return BotReply.Ok(Array.Empty<Update>());
            }
            finally
            {
                lock (_gate)
                {
                    _waitingPolls--;
                }
            }
        }
    }

    /// <summary>Drops confirmed updates (id below a positive offset; all but the last -offset for a negative one).</summary>
    private void ApplyOffset(long? offset)
    {
        if (offset > 0)
        {
            var below = (int)Math.Min(offset.Value, int.MaxValue);
            _confirmedBelow = Math.Max(_confirmedBelow, below);
            _pendingUpdates.RemoveAll(u => u.Id < below);
        }
        else if (offset < 0)
        {
            var keep = (int)Math.Min(-offset.Value, _pendingUpdates.Count);
            _pendingUpdates.RemoveRange(0, _pendingUpdates.Count - keep);
            _confirmedBelow = Math.Max(_confirmedBelow, _pendingUpdates.Count > 0 ? _pendingUpdates[0].Id : _lastUpdateId + 1);
        }
    }

    private Message NewIncomingMessage(long chatId, string? languageCode, long? fromId)
    {
        int messageId;
        lock (_gate)
        {
            messageId = ++_lastMessageId;
        }

        return new Message
        {
            Id = messageId,
            Date = Now.UtcDateTime,
            Chat = NewChat(chatId),
            From = NewUser(chatId, languageCode, fromId),
        };
    }

    private static User NewUser(long chatId, string? languageCode, long? fromId)
    {
        var id = fromId ?? chatId;
        return new User
        {
            Id = id,
            IsBot = false,
            FirstName = "Test",
            LastName = "User",
            Username = string.Create(CultureInfo.InvariantCulture, $"user{id}"),
            LanguageCode = languageCode,
        };
    }

    private static Chat NewChat(long chatId) => chatId > 0
        ? new Chat { Id = chatId, Type = ChatType.Private, FirstName = "Test", LastName = "User" }
        : new Chat { Id = chatId, Type = ChatType.Group, Title = "Test group" };
}
