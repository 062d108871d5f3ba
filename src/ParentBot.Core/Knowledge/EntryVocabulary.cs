namespace ParentBot.Core.Knowledge;

/// <summary>
/// The words of all the ways an entry is asked: language-neutral folded words, and per stemming language
/// the stems of that language's phrasings. Used to measure how much of a question an entry explains.
/// </summary>
internal sealed class EntryVocabulary
{
    public HashSet<string> Neutral { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> Stems { get; } = new(StringComparer.Ordinal);

    public bool Covers(string neutralToken, IReadOnlyDictionary<string, List<string>> stemsByLanguage)
    {
        if (Neutral.Contains(neutralToken))
        {
            return true;
        }

        foreach (var (language, stems) in stemsByLanguage)
        {
            if (stems.Count > 0 && Stems.TryGetValue(language, out var known) && stems.All(known.Contains))
            {
                return true;
            }
        }

        // A typo (one edit for a short word, two for a long one, as the fuzzy query), or the same word with
        // another ending — the poor man's stemmer for languages Lucene has none for (Tigrinya, Ukrainian, Somali, Pashto).
        var maxEdits = neutralToken.Length >= 7 ? 2 : neutralToken.Length >= 4 ? 1 : 0;
        return maxEdits > 0 && Neutral.Any(w => w[0] == neutralToken[0] && (SharesStem(w, neutralToken)
            || (Math.Abs(w.Length - neutralToken.Length) <= maxEdits && Levenshtein.Distance(w, neutralToken, maxEdits) <= maxEdits)));
    }

    internal static bool SharesStem(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4)
        {
            return false;
        }

        return a.AsSpan().CommonPrefixLength(b) >= Math.Max(4, shorter - 2);
    }
}
