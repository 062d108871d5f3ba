using System.Globalization;

namespace ParentBot.Core.Profile;

/// <summary>
/// A child's birth month (<c>2025-03</c>) — never the day, which we do not need. The age on a date is counted
/// in whole calendar months, so it may be one month more than the child's exact age.
/// </summary>
public readonly record struct BirthMonth(int Year, int Month)
{
    public static bool TryParse(string? text, out BirthMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m is < 1 or > 12 || year < 1900)
        {
            return false;
        }

        month = new BirthMonth(year, m);
        return true;
    }

    public int AgeInMonthsOn(DateOnly date) => ((date.Year - Year) * 12) + date.Month - Month;

    /// <summary>"May 2025" in a parent's language; <paramref name="culture"/> must use the Gregorian calendar.</summary>
    public string Display(CultureInfo culture) => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", culture);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
