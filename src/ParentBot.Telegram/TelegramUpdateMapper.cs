using ParentBot.Core.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ParentBot.Telegram;

/// <summary>Turns a Telegram update into the engine's <see cref="InboundMessage"/>; null for updates a parent did not send to us.</summary>
internal static class TelegramUpdateMapper
{
    public static string UpdateKey(Update update) => $"tg:{update.Id}";

    public static InboundMessage? Map(Update update)
    {
        switch (update.Type)
        {
            case UpdateType.Message when update.Message is { } message:
                var chat = ChatKey.ForTelegram(message.Chat.Id);
                var hint = message.From?.LanguageCode;
                return message.Type == MessageType.Text && message.Text is { } text
                    ? new InboundMessage(chat, InboundKind.Text, text, UpdateKey(update), hint)
                    : new InboundMessage(chat, InboundKind.Unsupported, null, UpdateKey(update), hint);
            case UpdateType.CallbackQuery when update.CallbackQuery is { Message: { } source } query:
                return new InboundMessage(ChatKey.ForTelegram(source.Chat.Id), InboundKind.Button, query.Data ?? string.Empty,
                    UpdateKey(update), query.From.LanguageCode);
            default:
                return null;
        }
    }
}
