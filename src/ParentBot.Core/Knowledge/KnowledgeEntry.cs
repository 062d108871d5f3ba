namespace ParentBot.Core.Knowledge;

/// <summary>
/// One answer the bot may give, in every language, with the FACTS.md facts it rests on and the region it
/// speaks of (<c>dialogs/knowledge/entries.yaml</c> plus <c>answers/&lt;lang&gt;.yaml</c>).
/// </summary>
public sealed record KnowledgeEntry(
    string Id,
    string Topic,
    IReadOnlyList<string> Facts,
    string Region,
    bool Verify,
    IReadOnlyDictionary<string, KnowledgeText> Texts,
    int Line)
{
    public const string Emergency = "emergency-112";
}

/// <summary>An entry in one language: the button title, the answer, the ways parents ask, and whether a native speaker reviewed it.</summary>
public sealed record KnowledgeText(string Title, string Answer, IReadOnlyList<string> Questions, bool Reviewed, string File, int Line);
