using System.Security.Cryptography;
using LiteDB;
using ParentBot.Core.Conversations;
using ParentBot.Core.Questions;

namespace ParentBot.Core.Storage;

/// <summary>
/// "Ask a person" threads. Staff reach a thread only through their organisation (<see cref="FindIn"/>), a
/// parent only through their own chat (<see cref="FindOfChat"/>); every change is one write.
/// </summary>
public sealed class QuestionStore(ParentBotDatabase database)
{
    /// <summary>A thread that grew this long goes on in a new one, so a document stays small.</summary>
    internal const int MaxMessagesPerThread = 200;

    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>Adds the parent's message to their open thread with <paramref name="organisation"/>, or opens one.</summary>
    public QuestionThread AddFromParent(ChatKey chat, string organisation, string language, string text, DateTime nowUtc) => database.Write(db =>
    {
        var threads = Threads(db);
        var key = chat.ToString();
        var thread = threads.Find(t => t.Chat == key && t.Organisation == organisation && t.Status != QuestionStatus.Closed)
            .Where(t => t.Messages.Count < MaxMessagesPerThread)
            .MaxBy(t => t.LastUtc);
        if (thread is null)
        {
            thread = new QuestionThread { Id = NewId(), Chat = key, Organisation = organisation, OpenedUtc = nowUtc };
            threads.Insert(thread);
        }

        thread.Language = language;
        Append(thread, new ThreadMessage { Text = text, AtUtc = nowUtc }, QuestionStatus.Waiting);
        threads.Update(thread);
        return thread;
    });

    /// <summary>The parent answers a staff message (their "Answer" button): only their own thread; it reopens if closed.</summary>
    public QuestionThread? AnswerFromParent(string threadId, ChatKey chat, string language, string text, DateTime nowUtc) => database.Write(db =>
    {
        var threads = Threads(db);
        if (threads.FindById(threadId) is not { } thread || thread.Chat != chat.ToString())
        {
            return null;
        }

        thread.Language = language;
        Append(thread, new ThreadMessage { Text = text, AtUtc = nowUtc }, QuestionStatus.Waiting);
        threads.Update(thread);
        return thread;
    });

    /// <summary>A staff answer, only into a thread of the staff member's own organisation.</summary>
    public QuestionThread? AddStaffReply(string threadId, string organisation, ThreadMessage message) => database.Write(db =>
    {
        ArgumentNullException.ThrowIfNull(message);
        var threads = Threads(db);
        if (threads.FindById(threadId) is not { } thread || thread.Organisation != organisation)
        {
            return null;
        }

        Append(thread, message, QuestionStatus.Answered);
        threads.Update(thread);
        return thread;
    });

    /// <summary>Marks a thread done (or open again), only in <paramref name="organisation"/>.</summary>
    public bool SetClosed(string threadId, string organisation, bool closed) => database.Write(db =>
    {
        var threads = Threads(db);
        if (threads.FindById(threadId) is not { } thread || thread.Organisation != organisation)
        {
            return false;
        }

        var parentLast = thread.Messages.Count > 0 && !thread.Messages[^1].FromStaff;
        thread.Status = closed ? QuestionStatus.Closed : parentLast ? QuestionStatus.Waiting : QuestionStatus.Answered;
        return threads.Update(thread);
    });

    public QuestionThread? FindIn(string threadId, string organisation) =>
        Collection().FindById(threadId) is { } thread && thread.Organisation == organisation ? thread : null;

    public QuestionThread? FindOfChat(string threadId, ChatKey chat) =>
        Collection().FindById(threadId) is { } thread && thread.Chat == chat.ToString() ? thread : null;

    /// <summary>The organisation's threads in one status, the most recent first.</summary>
    public IReadOnlyList<QuestionThread> InOrganisation(string organisation, QuestionStatus status) =>
        [.. Collection().Find(t => t.Organisation == organisation && t.Status == status).OrderByDescending(t => t.LastUtc)];

    public int CountIn(string organisation, QuestionStatus status) =>
        Collection().Count(t => t.Organisation == organisation && t.Status == status);

    /// <summary>How many messages between this parent and staff we keep (for /mydata).</summary>
    public int MessagesOf(ChatKey chat)
    {
        var key = chat.ToString();
        return Collection().Find(t => t.Chat == key).Sum(t => t.Messages.Count);
    }

    private static void Append(QuestionThread thread, ThreadMessage message, QuestionStatus status)
    {
        thread.Messages.Add(message);
        thread.LastUtc = message.AtUtc;
        thread.Status = status;
    }

    private static string NewId() => RandomNumberGenerator.GetString(IdAlphabet, 12);

    private ILiteCollection<QuestionThread> Collection() => database.Collection<QuestionThread>(Collections.QuestionThreads);

    private static ILiteCollection<QuestionThread> Threads(LiteDatabase db) => db.GetCollection<QuestionThread>(Collections.QuestionThreads);
}
