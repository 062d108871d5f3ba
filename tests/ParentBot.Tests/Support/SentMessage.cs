using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ParentBot.Tests.Support;

/// <summary>A message the bot delivered with <c>sendMessage</c> (failed calls are not in this list).</summary>
/// <param name="MessageId">The id the fake server gave it.</param>
/// <param name="ChatId">The chat it was sent to.</param>
/// <param name="Text">The text as sent (HTML or Markdown left as is).</param>
/// <param name="ParseMode">The parse mode, <see cref="ParseMode.None"/> when none was given.</param>
/// <param name="ReplyMarkupJson">The <c>reply_markup</c> as JSON, or null.</param>
/// <param name="ReceivedAt">When the server received it, on the server's clock.</param>
public sealed record SentMessage(
    int MessageId,
    long ChatId,
    string Text,
    ParseMode ParseMode,
    string? ReplyMarkupJson,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The reply markup as a Telegram type (inline keyboard, reply keyboard, remove, force reply).</summary>
    public ReplyMarkup? ReplyMarkup => ReplyMarkupJson is null
        ? null
        : JsonSerializer.Deserialize<ReplyMarkup>(ReplyMarkupJson, JsonBotAPI.Options);

    /// <summary>The inline keyboard, or null when the message has another markup or none.</summary>
    public InlineKeyboardMarkup? InlineKeyboard => ReplyMarkup as InlineKeyboardMarkup;

    /// <summary>The callback data of every inline button, row by row.</summary>
    public IReadOnlyList<string> CallbackData => InlineKeyboard?.InlineKeyboard
        .SelectMany(row => row)
        .Select(button => button.CallbackData)
        .OfType<string>()
        .ToList() ?? [];

    /// <summary>The labels of every button (inline or reply keyboard), row by row.</summary>
    public IReadOnlyList<string> ButtonLabels => ReplyMarkup switch
    {
        InlineKeyboardMarkup inline => inline.InlineKeyboard.SelectMany(row => row).Select(button => button.Text).ToList(),
        ReplyKeyboardMarkup reply => reply.Keyboard.SelectMany(row => row).Select(button => button.Text).ToList(),
        _ => [],
    };
}
