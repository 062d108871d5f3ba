using LiteDB;
using ParentBot.Core.Conversations;

namespace ParentBot.Core.Storage;

/// <summary>
/// Saves the outcome of one conversation turn atomically: the parent, the conversation, and the update
/// key — or, when the parent asked to be forgotten, erases everything held about them.
/// </summary>
public sealed class TurnStore(ParentBotDatabase database)
{
    public bool WasHandled(string updateKey) =>
        database.Collection<ProcessedUpdateDocument>(Collections.ProcessedUpdates).FindById(updateKey) is not null;

    /// <summary>Forgets update keys handled before <paramref name="olderThanUtc"/>.</summary>
    public int PruneHandled(DateTime olderThanUtc) => database.Write(db =>
        db.GetCollection<ProcessedUpdateDocument>(Collections.ProcessedUpdates).DeleteMany(u => u.HandledUtc < olderThanUtc));

    public ParentRecord? FindParent(ChatKey chat) =>
        database.Collection<ParentRecord>(Collections.Parents).FindById(chat.ToString());

    public ConversationRecord? FindConversation(ChatKey chat) =>
        database.Collection<ConversationRecord>(Collections.Conversations).FindById(chat.ToString());

    /// <summary>Returns false if the update key was already recorded (the turn was a duplicate) — nothing is saved then.</summary>
    public bool Commit(TurnOutcome outcome, DateTime nowUtc) => database.Write(db =>
    {
        if (outcome.UpdateKey is not null)
        {
            var processed = db.GetCollection<ProcessedUpdateDocument>(Collections.ProcessedUpdates);
            if (processed.FindById(outcome.UpdateKey) is not null)
            {
                return false;
            }

            processed.Insert(new ProcessedUpdateDocument { Id = outcome.UpdateKey, HandledUtc = nowUtc });
        }

        if (outcome.Erase)
        {
            EraseParentData(db, outcome.Chat);
            return true;
        }

        db.GetCollection<ParentRecord>(Collections.Parents).Upsert(outcome.Parent);
        db.GetCollection<ConversationRecord>(Collections.Conversations).Upsert(outcome.Conversation);
        return true;
    });

    /// <summary>Every collection that holds data about a parent is named here; a test checks none is missed.</summary>
    internal static void EraseParentData(LiteDatabase db, ChatKey chat)
    {
        var id = chat.ToString();
        db.GetCollection<ParentRecord>(Collections.Parents).Delete(id);
        db.GetCollection<ConversationRecord>(Collections.Conversations).Delete(id);
        db.GetCollection<KnowledgeFeedbackDocument>(Collections.KnowledgeFeedback).DeleteMany(f => f.Chat == id);
        db.GetCollection<OutboxDocument>(Collections.Outbox).DeleteMany(o => o.Chat == id);
        db.GetCollection<Sessions.Enrolment>(Collections.Enrolments).DeleteMany(e => e.Chat == id);
        db.GetCollection<Sessions.Attendance>(Collections.Attendance).DeleteMany(a => a.Chat == id);
        VisitBookingStore.EraseParent(db, chat);
        db.GetCollection<Questions.QuestionThread>(Collections.QuestionThreads).DeleteMany(t => t.Chat == id);
        if (chat.Channel == ChatKey.Web)
        {
            db.GetCollection<WebMessageDocument>(Collections.WebMessages).DeleteMany(m => m.SessionId == chat.Id);
        }
    }
}
