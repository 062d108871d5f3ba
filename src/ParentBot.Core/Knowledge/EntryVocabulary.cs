namespace ParentBot.Core.Knowledge;

/// <summary>
/// The language-neutral words of all the ways an entry is asked, used to measure how much of a question
/// the entry explains.
/// </summary>
internal sealed class EntryVocabulary
{
    public HashSet<string> Neutral { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The same word with another ending — the poor man's stemmer for languages Lucene has none for here
    /// (Tigrinya, Ukrainian, Somali, Pashto): a long common prefix.
    /// </summary>
    internal static bool SharesStem(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        return shorter >= 4 && a.AsSpan().CommonPrefixLength(b) >= Math.Max(4, shorter - 2);
    }
}
