using System.Security.Cryptography;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>
/// A staff member answers a parent from the console: the answer is kept in the thread and goes to the parent's
/// chat through the outbox, under a note in the parent's language that a person of the organisation wrote it,
/// with an "Answer" button. Only threads of the staff member's own organisation can be answered or closed.
/// </summary>
public sealed class StaffAnswers(QuestionStore questions, OutboxWriter outbox, Localizer localizer, VenueStore places, IAuditLog audit, TimeProvider time)
{
    /// <summary>Room for the note within one Telegram message (4,096 characters).</summary>
    public const int MaxLength = 3500;

    public ReplyOutcome Reply(string threadId, StaffAccount staff, string text)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var body = (text ?? string.Empty).Trim();
        if (body.Length == 0)
        {
            return ReplyOutcome.Empty;
        }

        if (body.Length > MaxLength)
        {
            return ReplyOutcome.TooLong;
        }

        var key = $"sa:{threadId}:{RandomNumberGenerator.GetHexString(8, lowercase: true)}";
        var message = new ThreadMessage
        {
            FromStaff = true,
            StaffId = staff.Id,
            StaffName = staff.DisplayName,
            Text = body,
            AtUtc = time.GetUtcNow().UtcDateTime,
            OutboxKey = key,
        };
        if (questions.AddStaffReply(threadId, staff.Organisation, message) is not { } thread)
        {
            return ReplyOutcome.NotFound;
        }

        var note = localizer.Text(thread.Language, "ask.staff-wrote", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = staff.DisplayName,
            ["organisation"] = places.FindOrganisation(thread.Organisation)?.Name ?? thread.Organisation,
        });
        var answer = new OutboundButton(localizer.Text(thread.Language, "ask.answer-button"), AnswerButton.ValueFor(thread.Id));
        var direction = localizer.DirectionOf(thread.Language);

        // Staff mostly write Dutch or French: inside a right-to-left message each line keeps its own direction.
        var shown = direction == TextDirection.Rtl ? string.Join('\n', body.Split('\n').Select(Bidi.Isolate)) : body;
        outbox.Enqueue(ChatKey.Parse(thread.Chat), new OutboundMessage(note + "\n\n" + shown, direction, [[answer]], "notice:staff-answer"), key);
        audit.Record(staff.Id, staff.Organisation, AuditActions.QuestionReplied, thread.Id);
        return ReplyOutcome.Sent;
    }

    public bool SetClosed(string threadId, StaffAccount staff, bool closed)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (!questions.SetClosed(threadId, staff.Organisation, closed))
        {
            return false;
        }

        audit.Record(staff.Id, staff.Organisation, closed ? AuditActions.QuestionClosed : AuditActions.QuestionReopened, threadId);
        return true;
    }
}

/// <summary>What became of a staff answer.</summary>
public enum ReplyOutcome
{
    Sent,
    NotFound,
    Empty,
    TooLong,
}
