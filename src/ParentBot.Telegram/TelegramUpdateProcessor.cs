using Microsoft.Extensions.Logging;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ParentBot.Telegram;

/// <summary>
/// One Telegram update, from polling or webhook alike: answer the button press at once (so the
/// spinner stops), run the engine, and send its replies inside the chat's turn so their order holds.
/// </summary>
internal sealed partial class TelegramUpdateProcessor(
    ITelegramBotClient bot, ConversationEngine engine, TelegramSender sender, ParentStore parents, ILogger<TelegramUpdateProcessor> logger)
{
    public async Task ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.MyChatMember is { NewChatMember.Status: ChatMemberStatus.Kicked } member)
        {
            parents.MarkUnreachable(ChatKey.ForTelegram(member.Chat.Id));
            return;
        }

        var inbound = TelegramUpdateMapper.Map(update);
        if (inbound is null)
        {
            return;
        }

        if (update.CallbackQuery is { } query)
        {
            await AnswerCallbackAsync(query, cancellationToken).ConfigureAwait(false);
        }

        var chatId = long.Parse(inbound.Chat.Id, System.Globalization.CultureInfo.InvariantCulture);
        await engine.HandleAsync(inbound, async (result, ct) =>
        {
            foreach (var reply in result.Replies)
            {
                if (await sender.SendAsync(chatId, reply, ct).ConfigureAwait(false) != SendOutcome.Sent)
                {
                    break;
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (query.Message is { } pressed)
            {
                // Take the buttons off the message that was answered, so an old choice is not pressed again.
                await bot.EditMessageReplyMarkup(pressed.Chat.Id, pressed.MessageId, replyMarkup: null, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (ApiRequestException ex)
        {
            // A callback too old to answer, or a message no longer editable, must not stop the turn.
            LogCallbackNotAnswered(logger, ex, ex.ErrorCode);
        }
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Could not answer a callback query or clear its buttons ({ErrorCode})")]
    private static partial void LogCallbackNotAnswered(ILogger logger, Exception exception, int errorCode);
}
