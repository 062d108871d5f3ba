using ParentBot.Core.Places;
using ParentBot.Core.Profile;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Activities;

/// <summary>
/// What is on: the dates of activities in a town in the coming two weeks (Brussels days, from the injected
/// clock), that have not started yet, for the child's age when it is known, soonest first.
/// </summary>
public sealed class ActivityFinder(ActivityStore activities, VenueStore venues, MunicipalityCatalog towns, TimeProvider time)
{
    /// <summary>Today and the thirteen days after it.</summary>
    public const int WindowDays = 14;

    public IReadOnlyList<ActivityOccurrence> WhatsOn(string town, BirthMonth? child) =>
        Upcoming(venues.All().Where(v => v.Municipality == town), child);

    /// <summary>The nearest other town with something on for this child, and how far it is; null if there is none.</summary>
    public (Municipality Town, double Km)? NearestOtherTown(string town, BirthMonth? child)
    {
        if (towns.Get(town) is not { } here)
        {
            return null;
        }

        var found = Upcoming(venues.All().Where(v => v.Municipality != town), child)
            .Select(o => o.Town).Distinct(StringComparer.Ordinal)
            .Select(towns.Get).OfType<Municipality>()
            .Select(t => (Town: t, Km: MunicipalityCatalog.DistanceKm(here.Latitude, here.Longitude, t.Latitude, t.Longitude)))
            .OrderBy(t => t.Km)
            .FirstOrDefault();
        return found.Town is null ? null : found;
    }

    /// <summary>Towns with at least one venue that has activities, by name (the town buttons).</summary>
    public IReadOnlyList<Municipality> TownsWithActivities()
    {
        var withActivities = activities.Venues();
        return [.. venues.All().Where(v => withActivities.Contains(v.Id)).Select(v => v.Municipality).Distinct(StringComparer.Ordinal)
            .Select(towns.Get).OfType<Municipality>().OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>One date of one activity, if the activity takes place then (a button's value may be old or forged).</summary>
    public ActivityOccurrence? Find(string activityId, DateOnly date)
    {
        if (activities.Find(activityId) is not { } activity || !ActivitySchedule.OccursOn(activity, date) || venues.Find(activity.Venue) is not { } venue)
        {
            return null;
        }

        return Occurrence(activity, venue, date);
    }

    private List<ActivityOccurrence> Upcoming(IEnumerable<Venue> places, BirthMonth? child)
    {
        var now = time.GetUtcNow();
        var today = ActivitySchedule.LocalDate(now);
        var byId = places.ToDictionary(v => v.Id, StringComparer.Ordinal);
        return [.. activities.AtVenues(byId.Keys)
            .SelectMany(a => ActivitySchedule.DatesBetween(a, today, today.AddDays(WindowDays)).Select(d => Occurrence(a, byId[a.Venue], d)))
            .Where(o => o.Start > now && Suits(o, child))
            .OrderBy(o => o.Start).ThenBy(o => o.Activity.DutchName, StringComparer.Ordinal).ThenBy(o => o.Activity.Id, StringComparer.Ordinal)];
    }

    private static bool Suits(ActivityOccurrence occurrence, BirthMonth? child)
    {
        if (child is not { } born)
        {
            return true;
        }

        var age = born.AgeInMonthsOn(occurrence.Date);
        return age >= occurrence.Activity.MinAgeMonths && age <= occurrence.Activity.MaxAgeMonths;
    }

    private static ActivityOccurrence Occurrence(Activity activity, Venue venue, DateOnly date) =>
        new(activity, venue, date, ActivitySchedule.StartOf(activity, date), ActivitySchedule.EndOf(activity, date));
}
