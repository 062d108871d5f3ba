using System.Text;
using ParentBot.Core.Conversations;
using Telegram.Bot.Types.ReplyMarkups;

namespace ParentBot.Telegram;

/// <summary>
/// Turns an <see cref="OutboundMessage"/> into Telegram messages: HTML-escaped text (we send HTML parse
/// mode, and a parent's own words may contain &lt; or &amp;), split under Telegram's 4,096-character
/// limit, with the buttons on the last part.
/// </summary>
internal static class TelegramRenderer
{
    public const int MaxTextLength = 4096;

    public static IReadOnlyList<(string Html, InlineKeyboardMarkup? Keyboard)> Render(OutboundMessage message)
    {
        var parts = Split(message.Text, MaxTextLength);
        var keyboard = message.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(message.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Value))));
        return [.. parts.Select((p, i) => (Escape(p), i == parts.Count - 1 ? keyboard : null))];
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>Splits at the last line break or space before the limit (counted before escaping), never inside a surrogate pair.</summary>
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf('\n', limit - 1);
            if (cut < limit / 2)
            {
                cut = rest.LastIndexOf(' ', limit - 1);
            }

            if (cut < limit / 2)
            {
                cut = char.IsHighSurrogate(rest[limit - 1]) ? limit - 1 : limit;
            }

            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        parts.Add(rest);
        return parts;
    }
}
