using ParentBot.Core.Questions;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff;

/// <summary>The start page: who is signed in, and what waits for them.</summary>
public sealed class IndexModel(QuestionStore questions) : StaffPage
{
    public int Waiting { get; private set; }

    public void OnGet() => Waiting = questions.CountIn(Me.Organisation, QuestionStatus.Waiting);
}
