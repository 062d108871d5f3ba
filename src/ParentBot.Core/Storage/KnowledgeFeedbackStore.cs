using ParentBot.Core.Conversations;

namespace ParentBot.Core.Storage;

/// <summary>
/// "Did this help?" answers and questions the bot could not answer, so staff can improve the content.
/// The question text only — no name — and erased with the parent's data.
/// </summary>
public sealed class KnowledgeFeedbackStore(ParentBotDatabase database)
{
    public void Add(ChatKey chat, string language, string? question, string? entryId, bool? helpful, DateTime atUtc) =>
        database.Write(db => db.GetCollection<KnowledgeFeedbackDocument>(Collections.KnowledgeFeedback).Insert(new KnowledgeFeedbackDocument
        {
            Chat = chat.ToString(),
            Language = language,
            Question = question,
            EntryId = entryId,
            Helpful = helpful,
            AtUtc = atUtc,
        }));

    /// <summary>How many typed questions we keep for this chat (for /mydata).</summary>
    public int QuestionsOf(ChatKey chat)
    {
        var id = chat.ToString();
        return database.Collection<KnowledgeFeedbackDocument>(Collections.KnowledgeFeedback).Count(f => f.Chat == id && f.Question != null);
    }

    /// <summary>
    /// What staff should look at to improve the answers: questions nothing matched and answers that did not
    /// help, newest first, with the chat so the console can show each organisation only its own parents' questions.
    /// </summary>
    public IReadOnlyList<(ChatKey Chat, KnowledgeFeedback Feedback)> ForReview(int limit) =>
        [.. database.Collection<KnowledgeFeedbackDocument>(Collections.KnowledgeFeedback)
            .Find(f => f.Question != null && (f.EntryId == null || f.Helpful == false))
            .OrderByDescending(f => f.Id)
            .Take(limit)
            .Select(d => (ChatKey.Parse(d.Chat), new KnowledgeFeedback(d.Language, d.Question, d.EntryId, d.Helpful, d.AtUtc)))];

    public IReadOnlyList<KnowledgeFeedback> All() =>
        [.. database.Collection<KnowledgeFeedbackDocument>(Collections.KnowledgeFeedback).FindAll()
            .Select(d => new KnowledgeFeedback(d.Language, d.Question, d.EntryId, d.Helpful, d.AtUtc))];
}

/// <summary>One stored feedback or unanswered question; <see cref="EntryId"/> is null when nothing matched.</summary>
public sealed record KnowledgeFeedback(string Language, string? Question, string? EntryId, bool? Helpful, DateTime AtUtc);

/// <summary>Storage shape of <see cref="KnowledgeFeedback"/>, keyed to the chat only so /forget can erase it.</summary>
internal sealed class KnowledgeFeedbackDocument
{
    public long Id { get; set; }

    public string Chat { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public string? Question { get; set; }

    public string? EntryId { get; set; }

    public bool? Helpful { get; set; }

    public DateTime AtUtc { get; set; }
}
