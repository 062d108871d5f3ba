using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ParentBot.Core.Knowledge;

/// <summary>Searching: one boolean query over every language's field, best phrasing per entry, then a confidence.</summary>
public sealed partial class KnowledgeIndex
{
    /// <summary>
    /// Score per query word above which we answer at once, and above which we offer "did you mean…".
    /// Calibrated on the dev set in tests/ParentBot.Tests/Knowledge (see the closing note of the knowledge issue).
    /// </summary>
    internal float ClearThreshold { get; init; } = 1.6f;

    internal float WeakThreshold { get; init; } = 0.9f;

    internal float ClearCoverage { get; init; } = 0.7f;

    internal float WeakCoverage { get; init; } = 0.3f;

    public KnowledgeMatch Search(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var neutral = Tokens(_folding, AnyField, question);
        if (IsEmergency(neutral) && _knowledge.TryGet(KnowledgeEntry.Emergency, out var emergency))
        {
            return new KnowledgeMatch(MatchConfidence.Clear, [new ScoredEntry(emergency, float.MaxValue)], Emergency: true);
        }

        var words = neutral.Distinct(StringComparer.Ordinal).Count();
        if (words == 0)
        {
            return new KnowledgeMatch(MatchConfidence.None, [], Emergency: false);
        }

        var query = BuildQuery(question, language, neutral);
        var hits = _searcher.Search(query, 60).ScoreDocs;
        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var id = _searcher.Doc(hit.Doc).Get(IdField, System.Globalization.CultureInfo.InvariantCulture);
            if (!best.ContainsKey(id))
            {
                best[id] = hit.Score / words;
            }
        }

        var ranked = best.OrderByDescending(b => b.Value).Take(3)
            .Select(b => new ScoredEntry(_knowledge.TryGet(b.Key, out var e) ? e : throw new InvalidOperationException(b.Key), b.Value))
            .ToList();
        if (ranked.Count == 0)
        {
            return new KnowledgeMatch(MatchConfidence.None, ranked, Emergency: false);
        }

        var coverage = Coverage(question, neutral, ranked[0].Entry.Id);
        var top = ranked[0].Score;
        var confidence = top >= ClearThreshold && coverage >= ClearCoverage ? MatchConfidence.Clear
            : top >= WeakThreshold && coverage >= WeakCoverage ? MatchConfidence.Weak
            : MatchConfidence.None;
        return new KnowledgeMatch(confidence, ranked, Emergency: false) { Coverage = coverage };
    }

    /// <summary>
    /// How much of the question the entry explains: the share of the question's words, weighted by how rare
    /// they are (idf), that occur — exactly, by stem, or with a typo — in the entry's phrasings. A question
    /// about the weather shares a word or two with some entry; it does not share its rare words.
    /// </summary>
    private float Coverage(string question, List<string> neutral, string entryId)
    {
        var vocabulary = _vocabulary[entryId];
        float total = 0, covered = 0;
        foreach (var token in neutral.Distinct(StringComparer.Ordinal))
        {
            var stems = _analyzers.ToDictionary(a => a.Key, a => Tokens(a.Value, FieldOf(a.Key), token), StringComparer.Ordinal);
            var weight = Idf(token);
            total += weight;
            covered += vocabulary.Covers(token, stems) ? weight : 0;
        }

        return total == 0 ? 0 : covered / total;
    }

    private float Idf(string token)
    {
        var docs = _reader.NumDocs;
        var df = _reader.DocFreq(new Term(AnyField, token));
        return (float)Math.Log(1 + ((docs - df + 0.5) / (df + 0.5)));
    }

    private BooleanQuery BuildQuery(string question, string language, List<string> neutral)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var (code, analyzer) in _analyzers)
        {
            foreach (var token in Tokens(analyzer, FieldOf(code), question).Distinct(StringComparer.Ordinal))
            {
                query.Add(new TermQuery(new Term(FieldOf(code), token)) { Boost = code == language ? 1.0f : 0.8f }, Occur.SHOULD);
            }
        }

        foreach (var token in neutral.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(AnyField, token)) { Boost = 0.7f }, Occur.SHOULD);
            if (token.Length >= 6)
            {
                // Another ending of the same word, for languages without a stemmer here.
                query.Add(new PrefixQuery(new Term(AnyField, token[..Math.Max(4, token.Length - 2)])) { Boost = 0.3f }, Occur.SHOULD);
            }

            if (token.Length >= 4)
            {
                var edits = token.Length >= 7 ? 2 : 1;
                query.Add(new FuzzyQuery(new Term(AnyField, token), edits, prefixLength: 1) { Boost = 0.35f }, Occur.SHOULD);
            }
        }

        return query;
    }

    private bool IsEmergency(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        // A phrase counts when all its words occur as consecutive words of the question.
        var text = " " + string.Join(' ', tokens) + " ";
        return _emergencyPhrases.Any(phrase => text.Contains(" " + phrase + " ", StringComparison.Ordinal));
    }
}
