using ParentBot.Core.Places;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Web.Staff.Visits;

namespace ParentBot.Web.Staff.Venues;

/// <summary>The organisation's venues, with a link to each one's data and visit hours.</summary>
public sealed class IndexModel(VenueEditor editor, VisitScheduleStore schedules, MunicipalityCatalog towns) : VisitStaffPage
{
    public IReadOnlyList<Venue> Venues { get; private set; } = [];

    public void OnGet() => Venues = editor.OfOrganisation(Me);

    public string Town(Venue venue)
    {
        ArgumentNullException.ThrowIfNull(venue);
        return towns.Get(venue.Municipality)?.Name ?? venue.Municipality;
    }

    /// <summary>How many lines of weekly visit hours the venue has (0: parents cannot book a visit there).</summary>
    public int WeeklyLines(Venue venue)
    {
        ArgumentNullException.ThrowIfNull(venue);
        return schedules.Find(venue.Id) is VisitSchedule schedule ? schedule.Weekly.Count : 0;
    }
}
