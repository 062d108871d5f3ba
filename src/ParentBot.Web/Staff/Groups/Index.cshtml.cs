using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Facilitation;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Groups;

/// <summary>The groups this account runs: a facilitator's own, or every group of the organisation for an admin.</summary>
public sealed class IndexModel(FacilitatedSeries groups, EnrolmentStore enrolments) : GroupsPage
{
    public IReadOnlyList<SessionSeries> Groups { get; private set; } = [];

    public void OnGet() => Groups = groups.Of(Me);

    public int MembersOf(SessionSeries group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return enrolments.OfSeries(group.Id).Count;
    }
}
