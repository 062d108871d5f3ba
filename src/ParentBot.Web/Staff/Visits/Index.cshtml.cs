using ParentBot.Core.Storage;
using ParentBot.Core.Visits;

namespace ParentBot.Web.Staff.Visits;

/// <summary>The organisation's visit requests per venue, newest first: the open ones, or the history.</summary>
public sealed class IndexModel(VisitRequestList requests, VenueStore venues) : VisitStaffPage
{
    public bool History { get; private set; }

    /// <summary>Venues with requests in this view, in name order, each with its requests newest first.</summary>
    public IReadOnlyList<(string VenueName, IReadOnlyList<VisitBooking> Requests)> ByVenue { get; private set; } = [];

    public void OnGet(string? view)
    {
        History = view == "history";
        var list = History ? requests.History(Me) : requests.Open(Me);
        var names = venues.InOrganisation(Me.Organisation).ToDictionary(v => v.Id, v => v.Name, StringComparer.Ordinal);
        ByVenue = [.. list.GroupBy(b => b.VenueId, StringComparer.Ordinal)
            .Select(g => (names.GetValueOrDefault(g.Key, g.Key), (IReadOnlyList<VisitBooking>)[.. g]))
            .OrderBy(g => g.Item1, StringComparer.CurrentCulture)];
    }

}
