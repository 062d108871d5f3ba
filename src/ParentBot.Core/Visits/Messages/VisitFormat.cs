using System.Globalization;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Visits.Messages;

/// <summary>Dates, times, months and ages as parents and staff read them, in their language and Brussels time.</summary>
public sealed class VisitFormat(Localizer localizer)
{
    public Localizer Localizer => localizer;

    public string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null) => localizer.Text(language, key, values);

    public string Date(string language, DateTimeOffset instant) => localizer.Date(language, instant);

    public string Time(string language, DateTimeOffset instant) => localizer.Time(language, instant);

    /// <summary>A time on a button: "Wed 25 Nov · 14:00".</summary>
    public string ButtonTime(string language, DateTimeOffset instant) =>
        BrusselsClock.ToLocal(instant).ToString("ddd d MMM · HH:mm", localizer.CultureOf(language));

    /// <summary>A birth month (<c>2024-03</c>) as "March 2024".</summary>
    public string Month(string language, string birth) =>
        TryParseMonth(birth, out var month) ? month.ToString("MMMM yyyy", localizer.CultureOf(language)) : birth;

    /// <summary>
    /// An age limit of a venue: "3 months", "2½ years" (texts <c>&lt;prefix&gt;months</c> and <c>&lt;prefix&gt;years</c>).
    /// </summary>
    public string AgeLimit(string language, int months, string prefix)
    {
        if (months < 24)
        {
            return Text(language, prefix + "months", Values(("count", months.ToString(localizer.CultureOf(language)))));
        }

        var years = (months / 12).ToString(localizer.CultureOf(language));
        return Text(language, prefix + "years", Values(("count", months % 12 >= 6 ? years + "½" : years)));
    }

    /// <summary>Calendar months from the birth month to the month of <paramref name="at"/>; negative before birth.</summary>
    public static int MonthsOld(string birth, DateTimeOffset at)
    {
        if (!TryParseMonth(birth, out var month))
        {
            return 0;
        }

        var day = BrusselsClock.ToLocal(at);
        return ((day.Year - month.Year) * 12) + day.Month - month.Month;
    }

    public static bool TryParseMonth(string? birth, out DateTime month) =>
        DateTime.TryParseExact(birth, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    public static Dictionary<string, string> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
