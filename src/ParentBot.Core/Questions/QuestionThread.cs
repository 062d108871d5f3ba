namespace ParentBot.Core.Questions;

/// <summary>
/// A parent's "ask a person" conversation with one organisation: what the parent wrote and what staff
/// answered, kept until the parent types /forget. Tied to the chat only — no name, no phone number.
/// </summary>
public sealed class QuestionThread
{
    /// <summary>Short and random: it travels in the parent's "Answer" button (64 bytes at most).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The parent's chat key (<c>tg:123</c>, <c>web:…</c>).</summary>
    public string Chat { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    /// <summary>The parent's language when they asked: the note around a staff answer is written in it.</summary>
    public string Language { get; set; } = "en";

    public QuestionStatus Status { get; set; }

    public DateTime OpenedUtc { get; set; }

    public DateTime LastUtc { get; set; }

    public List<ThreadMessage> Messages { get; set; } = [];
}

/// <summary>One message of a thread. Staff messages name who wrote them, as the parent is told.</summary>
public sealed class ThreadMessage
{
    public bool FromStaff { get; set; }

    public string? StaffId { get; set; }

    public string? StaffName { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    /// <summary>The outbox entry that carries a staff answer to the parent, to show its delivery.</summary>
    public string? OutboxKey { get; set; }
}

/// <summary>Whose turn it is.</summary>
public enum QuestionStatus
{
    /// <summary>The parent wrote last: staff should answer.</summary>
    Waiting,

    /// <summary>Staff answered last.</summary>
    Answered,

    /// <summary>Staff marked it done; the parent's next question opens a new thread (an answer to this one reopens it).</summary>
    Closed,
}
