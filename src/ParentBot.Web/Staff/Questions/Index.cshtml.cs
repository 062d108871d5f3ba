using ParentBot.Core.Questions;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Questions;

/// <summary>"Ask a person" threads of the organisation: waiting for an answer, answered, or done.</summary>
public sealed class IndexModel(QuestionStore questions) : StaffPage
{
    public QuestionStatus Status { get; private set; }

    public IReadOnlyList<QuestionThread> Threads { get; private set; } = [];

    public void OnGet(string? status)
    {
        Status = Enum.TryParse<QuestionStatus>(status, ignoreCase: true, out var chosen) ? chosen : QuestionStatus.Waiting;
        Threads = questions.InOrganisation(Me.Organisation, Status);
    }

    /// <summary>The start of what the parent wrote last; the page escapes it like every parent text.</summary>
    public static string Snippet(string? text) => text is null ? string.Empty : text.Length <= 140 ? text : string.Concat(text.AsSpan(0, 140), "…");
}
