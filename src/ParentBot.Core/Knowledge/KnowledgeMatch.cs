namespace ParentBot.Core.Knowledge;

/// <summary>How sure the search is: answer at once, offer "did you mean…", or say honestly it does not know.</summary>
public enum MatchConfidence
{
    None,
    Weak,
    Clear,
}

/// <summary>The outcome of one search: the best entries, best first, and how sure we are of the first.</summary>
public sealed record KnowledgeMatch(MatchConfidence Confidence, IReadOnlyList<ScoredEntry> Candidates, bool Emergency)
{
    public KnowledgeEntry? Best => Candidates.Count > 0 ? Candidates[0].Entry : null;

    /// <summary>The share of the question (by word rarity) that the best entry explains, 0 to 1.</summary>
    public float Coverage { get; init; }
}

/// <summary>An entry with its normalised score.</summary>
public sealed record ScoredEntry(KnowledgeEntry Entry, float Score);
