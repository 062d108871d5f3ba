namespace ParentBot.Core.Localization;

/// <summary>
/// Unicode isolates for values placed inside a sentence: Telegram has no right-to-left setting, so a
/// Latin name or a number inside Arabic text must be isolated or the line's order scrambles.
/// </summary>
public static class Bidi
{
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';

    public static string Isolate(string value) => $"{FirstStrongIsolate}{value}{PopDirectionalIsolate}";
}
