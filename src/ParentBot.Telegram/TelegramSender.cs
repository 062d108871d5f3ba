using Microsoft.Extensions.Logging;
using ParentBot.Core.Conversations;
using ParentBot.Core.Delivery;
using ParentBot.Core.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ParentBot.Telegram;

/// <summary>
/// Sends messages within Telegram's limits: paced per chat and in all, waiting out a 429's
/// <c>retry_after</c>, and on a 403 (the parent blocked the bot) marking the parent unreachable and stopping.
/// </summary>
internal sealed partial class TelegramSender(
    ITelegramBotClient bot, SendPacer pacer, ParentStore parents, TimeProvider time, ILogger<TelegramSender> logger)
{
    private const int MaxAttempts = 5;

    public async Task<SendOutcome> SendAsync(long chatId, OutboundMessage message, CancellationToken cancellationToken)
    {
        foreach (var (html, keyboard) in TelegramRenderer.Render(message))
        {
            var outcome = await SendPartAsync(chatId, ct => bot.SendMessage(
                chatId, html, parseMode: ParseMode.Html, replyMarkup: keyboard, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
            if (outcome != SendOutcome.Sent)
            {
                return outcome;
            }
        }

        // The file (a visit's calendar entry) follows the text it belongs to.
        return message.Attachment is { } file
            ? await SendPartAsync(chatId, ct => SendDocumentAsync(chatId, file, ct), cancellationToken).ConfigureAwait(false)
            : SendOutcome.Sent;
    }

    private async Task<Message> SendDocumentAsync(long chatId, MessageAttachment file, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(file.Content.ToArray(), writable: false);
        return await bot.SendDocument(chatId, InputFile.FromStream(content, file.FileName), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<SendOutcome> SendPartAsync(long chatId, Func<CancellationToken, Task<Message>> send, CancellationToken cancellationToken)
    {
        var chat = ChatKey.ForTelegram(chatId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The turn ends with the answer (or the failure), before any waiting below.
                using (await pacer.WaitTurnAsync(chat.ToString(), cancellationToken).ConfigureAwait(false))
                {
                    await send(cancellationToken).ConfigureAwait(false);
                }

                return SendOutcome.Sent;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429 && attempt < MaxAttempts)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(ex.Parameters?.RetryAfter ?? 1, 1));
                LogRateLimited(logger, chat, wait.TotalSeconds);
                pacer.PauseUntil(time.GetUtcNow() + wait);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 403)
            {
                LogBlocked(logger, chat);
                parents.MarkUnreachable(chat);
                return SendOutcome.Unreachable;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 429 or >= 500)
            {
                LogRefused(logger, ex, chat, ex.ErrorCode);
                return SendOutcome.Transient;
            }
            catch (ApiRequestException ex)
            {
                LogRefused(logger, ex, chat, ex.ErrorCode);
                return SendOutcome.Failed;
            }
            catch (RequestException ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogNetwork(logger, ex, chat, attempt);
                if (attempt >= MaxAttempts)
                {
                    return SendOutcome.Transient;
                }

                await Task.Delay(TimeSpan.FromSeconds(attempt), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Telegram rate limit for {Chat}: waiting {Seconds} s")]
    private static partial void LogRateLimited(ILogger logger, ChatKey chat, double seconds);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Telegram chat {Chat} blocked the bot; marked unreachable")]
    private static partial void LogBlocked(ILogger logger, ChatKey chat);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Telegram refused a message to {Chat} ({ErrorCode})")]
    private static partial void LogRefused(ILogger logger, Exception exception, ChatKey chat, int errorCode);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Network error sending to {Chat}, attempt {Attempt}")]
    private static partial void LogNetwork(ILogger logger, Exception exception, ChatKey chat, int attempt);
}
