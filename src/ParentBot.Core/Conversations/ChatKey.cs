using System.Globalization;

namespace ParentBot.Core.Conversations;

/// <summary>
/// Which chat a message belongs to, across channels: <c>tg:123456</c> for Telegram, <c>web:…</c> for a
/// web chat session. Messages of one chat are handled strictly in order.
/// </summary>
public readonly record struct ChatKey(string Channel, string Id)
{
    public const string Telegram = "tg";
    public const string Web = "web";

    public static ChatKey ForTelegram(long chatId) => new(Telegram, chatId.ToString(CultureInfo.InvariantCulture));

    public static ChatKey ForWeb(string sessionId) => new(Web, sessionId);

    public static ChatKey Parse(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? new ChatKey(value[..colon], value[(colon + 1)..]) : throw new FormatException($"not a chat key: {value}");
    }

    public static bool TryParse(string? value, out ChatKey key)
    {
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        key = colon > 0 && colon < value!.Length - 1 ? new ChatKey(value[..colon], value[(colon + 1)..]) : default;
        return colon > 0 && colon < value!.Length - 1;
    }

    public override string ToString() => $"{Channel}:{Id}";
}
