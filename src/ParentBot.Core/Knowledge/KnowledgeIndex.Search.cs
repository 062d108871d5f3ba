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

    internal float StrongScore { get; init; } = 2.5f;

    internal float RerankBase { get; init; } = 0.5f;

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

        var similar = neutral.Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => SimilarTerms(t).ToList(), StringComparer.Ordinal);
        var query = BuildQuery(question, language, similar);
        var hits = _searcher.Search(query, 60).ScoreDocs;
        var best = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var id = _entryOfDoc[hit.Doc];
            if (!best.ContainsKey(id))
            {
                best[id] = hit.Score / words;
            }
        }

        // Rerank the leaders by how much of the question each explains: BM25 alone favours an entry that
        // shares the question's common words over the one that shares its rare ones.
        var ranked = best.OrderByDescending(b => b.Value).Take(6)
            .Select(b => (Id: b.Key, Score: b.Value, Coverage: Coverage(similar, b.Key)))
            .OrderByDescending(c => c.Score * (RerankBase + c.Coverage))
            .Take(3)
            .Select(c => (Entry: new ScoredEntry(_knowledge.TryGet(c.Id, out var e) ? e : throw new InvalidOperationException(c.Id), c.Score), c.Coverage))
            .ToList();
        if (ranked.Count == 0)
        {
            return new KnowledgeMatch(MatchConfidence.None, [], Emergency: false);
        }

        var coverage = ranked[0].Coverage;
        var top = ranked[0].Entry.Score;
        // Weak ("did you mean…") needs some evidence: a fair score with part of the question explained, a
        // strong score (a rare key word such as "instapdag" in an otherwise unknown sentence), or most of
        // the question explained by an entry asked about in few words.
        var confidence = top >= ClearThreshold && coverage >= ClearCoverage ? MatchConfidence.Clear
            : (top >= WeakThreshold && coverage >= WeakCoverage) || top >= StrongScore || (top >= WeakThreshold * 2 / 3 && coverage >= 0.6f)
                ? MatchConfidence.Weak
                : MatchConfidence.None;
        return new KnowledgeMatch(confidence, [.. ranked.Select(r => r.Entry)], Emergency: false) { Coverage = coverage };
    }

    /// <summary>
    /// How much of the question the entry explains: the share of the question's words, weighted by how rare
    /// they are (idf), that occur — exactly, by stem, or with a typo — in the entry's phrasings. A question
    /// about the weather shares a word or two with some entry; it does not share its rare words.
    /// </summary>
    private float Coverage(Dictionary<string, List<string>> similar, string entryId)
    {
        var vocabulary = _vocabulary[entryId].Neutral;
        float total = 0, covered = 0;
        foreach (var (token, variants) in similar)
        {
            var weight = Idf(token);
            total += weight;
            covered += vocabulary.Contains(token) || variants.Exists(vocabulary.Contains) ? weight : 0;
        }

        return total == 0 ? 0 : covered / total;
    }

    private float Idf(string token)
    {
        var docs = _reader.NumDocs;
        var df = _reader.DocFreq(new Term(AnyField, token));
        return (float)Math.Log(1 + ((docs - df + 0.5) / (df + 0.5)));
    }

    private BooleanQuery BuildQuery(string question, string language, Dictionary<string, List<string>> similar)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var (code, analyzer) in _analyzers)
        {
            foreach (var token in Tokens(analyzer, FieldOf(code), question).Distinct(StringComparer.Ordinal))
            {
                query.Add(new TermQuery(new Term(FieldOf(code), token)) { Boost = code == language ? 1.0f : 0.8f }, Occur.SHOULD);
            }
        }

        foreach (var (token, variants) in similar)
        {
            query.Add(new TermQuery(new Term(AnyField, token)) { Boost = 0.7f }, Occur.SHOULD);
            foreach (var variant in variants)
            {
                query.Add(new TermQuery(new Term(AnyField, variant)) { Boost = 0.35f }, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// Indexed words that are the same word with a typo (one edit, two for long words) or another ending.
    /// Expanded by hand over the index's small vocabulary: cheaper than Lucene's fuzzy automata per query.
    /// </summary>
    private IEnumerable<string> SimilarTerms(string token)
    {
        var maxEdits = token.Length >= 7 ? 2 : token.Length >= 4 ? 1 : 0;
        if (maxEdits == 0 || !_neutralTermsByInitial.TryGetValue(token[0], out var candidates))
        {
            return [];
        }

        return candidates.Where(c => c != token && (EntryVocabulary.SharesStem(c, token)
            || (Math.Abs(c.Length - token.Length) <= maxEdits && Levenshtein.Distance(c, token, maxEdits) <= maxEdits))).Take(20);
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
