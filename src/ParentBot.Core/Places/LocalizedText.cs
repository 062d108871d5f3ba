namespace ParentBot.Core.Places;

/// <summary>Picks the parent's language from a per-language text of data, else English, else Dutch, else any.</summary>
public static class LocalizedText
{
    public static string For(IReadOnlyDictionary<string, string> texts, string language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.TryGetValue(language, out var text) || texts.TryGetValue("en", out text) || texts.TryGetValue("nl", out text)
            ? text
            : texts.Values.FirstOrDefault() ?? string.Empty;
    }
}
