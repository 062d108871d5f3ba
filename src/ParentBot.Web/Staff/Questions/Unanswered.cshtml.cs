using ParentBot.Core.Questions;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Questions;

/// <summary>
/// Questions the bot could not answer, or whose answer did not help: read-only, to improve the content. Only
/// those of parents this organisation answers (the same routing as "Ask a person"). Staff cannot write to these
/// parents: the parent did not ask for a person, and the bot already offered them one.
/// </summary>
public sealed class UnansweredModel(KnowledgeFeedbackStore feedback, QuestionRouting routing) : StaffPage
{
    private const int Shown = 300;

    public IReadOnlyList<KnowledgeFeedback> Items { get; private set; } = [];

    public void OnGet()
    {
        var candidates = feedback.ForReview(Shown * 4);
        var answeredBy = routing.OrganisationsOf(candidates.Select(f => f.Chat));
        Items = [.. candidates.Where(f => answeredBy[f.Chat] == Me.Organisation).Select(f => f.Feedback).Take(Shown)];
    }
}
