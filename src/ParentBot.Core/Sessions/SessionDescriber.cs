using System.Globalization;
using ParentBot.Core.Localization;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>
/// Puts a group into words for a parent, in their language: when it meets, where (with a map link), what to
/// bring, and the next dates. Day names and dates come from the language's Gregorian culture.
/// </summary>
public sealed class SessionDescriber(Localizer localizer, VenueStore venues, TimeProvider time)
{
    public Dictionary<string, string> Describe(SessionSeries series, string language)
    {
        ArgumentNullException.ThrowIfNull(series);
        var venue = venues.Find(series.VenueId);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["group"] = series.Name,
            ["days"] = Days(series, language),
            ["start"] = series.Start,
            ["end"] = series.End,
            ["place"] = Place(venue),
            ["map"] = venue?.MapLink ?? string.Empty,
            ["bring"] = series.Bring.Count == 0 ? "-" : LocalizedText.For(series.Bring, language),
            ["dates"] = NextDates(series, language, 3),
        };
    }

    public static string Place(Venue? venue) => venue is null ? "-" : $"{venue.Name}, {venue.Address}";

    public string Days(SessionSeries series, string language)
    {
        ArgumentNullException.ThrowIfNull(series);
        var culture = localizer.CultureOf(language);
        var names = series.Days.OrderBy(d => ((int)d + 6) % 7).Select(d => culture.DateTimeFormat.GetDayName(d)).ToList();
        return string.Join(", ", names);
    }

    /// <summary>The next dates, one per line; a cancelled date says so.</summary>
    public string NextDates(SessionSeries series, string language, int count)
    {
        var upcoming = SeriesSchedule.Upcoming(series, time.GetUtcNow(), count);
        if (upcoming.Count == 0)
        {
            return localizer.Text(language, "sessions.no-more-dates");
        }

        return string.Join("\n", upcoming.Select(o => o.Cancelled
            ? localizer.Text(language, "sessions.date-cancelled-line", new Dictionary<string, string>(StringComparer.Ordinal) { ["date"] = localizer.Date(language, o.StartUtc) })
            : "• " + localizer.Date(language, o.StartUtc) + " " + localizer.Time(language, o.StartUtc)));
    }

    public Dictionary<string, string> DescribeOccurrence(SessionSeries series, Occurrence occurrence, string language)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var values = Describe(series, language);
        values["date"] = localizer.Date(language, occurrence.StartUtc);
        values["time"] = localizer.Time(language, occurrence.StartUtc);
        return values;
    }

    internal static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
