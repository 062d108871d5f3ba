using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Outbox;
using ParentBot.Core.Questions;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Questions;

/// <summary>
/// One thread: what the parent wrote (escaped, as every parent text), the answers with their delivery, a
/// reply form and "done". Loaded by id and the staff member's organisation: another organisation's is 404.
/// </summary>
public sealed class ThreadModel(QuestionStore questions, StaffAnswers answers, OutboxStore outbox) : StaffPage
{
    public QuestionThread? Thread { get; private set; }

    public string? Problem { get; private set; }

    public string? Notice { get; private set; }

    public string? Draft { get; private set; }

    public string MaxLength { get; } = StaffAnswers.MaxLength.ToString(CultureInfo.InvariantCulture);

    public IActionResult OnGet(string id, string? done)
    {
        Thread = questions.FindIn(id, Me.Organisation);
        Notice = done switch
        {
            "sent" => "console.thread.sent",
            "closed" => "console.thread.closed",
            "reopened" => "console.thread.reopened",
            _ => null,
        };
        return Thread is null ? NotFound() : Page();
    }

    public IActionResult OnPostReply(string id, string? text)
    {
        var outcome = answers.Reply(id, Me, text ?? string.Empty);
        if (outcome == ReplyOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome != ReplyOutcome.Sent)
        {
            Problem = outcome == ReplyOutcome.TooLong ? "console.thread.too-long" : "console.thread.empty";
            Draft = text;
            Thread = questions.FindIn(id, Me.Organisation);
            return Thread is null ? NotFound() : Page();
        }

        return Redirect($"/staff/questions/{Uri.EscapeDataString(id)}?done=sent");
    }

    public IActionResult OnPostClose(string id) =>
        answers.SetClosed(id, Me, closed: true) ? Redirect($"/staff/questions/{Uri.EscapeDataString(id)}?done=closed") : NotFound();

    public IActionResult OnPostReopen(string id) =>
        answers.SetClosed(id, Me, closed: false) ? Redirect($"/staff/questions/{Uri.EscapeDataString(id)}?done=reopened") : NotFound();

    /// <summary>queued, sent, failed or unreachable: whether the answer reached the parent's chat.</summary>
    public string DeliveryOf(ThreadMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return outbox.Find(message.OutboxKey!)?.Status switch
        {
            OutboxStatus.Sent => "sent",
            OutboxStatus.Unreachable => "unreachable",
            OutboxStatus.Failed => "failed",
            _ => "queued",
        };
    }
}
