using ParentBot.Core.Questions;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;

namespace ParentBot.Web.Staff;

/// <summary>The start page: who is signed in, and what waits for them (questions, and visit requests for those who review them).</summary>
public sealed class IndexModel(QuestionStore questions, VisitRequestList visits) : StaffPage
{
    public int Waiting { get; private set; }

    /// <summary>Visit requests that wait for staff; null for accounts that do not review visits.</summary>
    public int? VisitsWaiting { get; private set; }

    public void OnGet()
    {
        Waiting = questions.CountIn(Me.Organisation, QuestionStatus.Waiting);
        VisitsWaiting = Me.CanReviewVisits ? visits.Open(Me).Count(b => b.Status == VisitStatus.Requested) : null;
    }
}
