using System.Globalization;
using ParentBot.Core.Conversations;

namespace ParentBot.Core.Profile;

/// <summary>
/// The birth years and months a parent picks from with buttons, the same in "Family centre" and "Book a visit":
/// this year and the six before (children up to 6), newest first; then the months of that year that have begun,
/// named in the parent's language (Gregorian in every language). Values are <c>yyyy</c> and <c>yyyy-MM</c>.
/// </summary>
public static class BirthMonthChoices
{
    public const int Years = 7;

    public static IEnumerable<IReadOnlyList<OutboundButton>> YearRows(ConversationRecord conversation, DateOnly today) =>
        Enumerable.Range(0, Years)
            .Select(i => (today.Year - i).ToString(CultureInfo.InvariantCulture))
            .Select(year => new OutboundButton(year, ButtonValue.ForPick(conversation, year)))
            .Chunk(4)
            .Select(row => (IReadOnlyList<OutboundButton>)row);

    /// <summary>The months of <paramref name="year"/> up to this month; none for a year outside the offered ones.</summary>
    public static IEnumerable<IReadOnlyList<OutboundButton>> MonthRows(ConversationRecord conversation, int year, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (year > today.Year || year <= today.Year - Years)
        {
            return [];
        }

        return MonthButtons(conversation, Enumerable.Range(1, year == today.Year ? today.Month : 12).Select(m => new BirthMonth(year, m)), "MMMM", culture);
    }

    /// <summary>Buttons for the given months, labelled with <paramref name="format"/> ("MMMM", or "MMM yyyy" across years).</summary>
    public static IEnumerable<IReadOnlyList<OutboundButton>> MonthButtons(
        ConversationRecord conversation, IEnumerable<BirthMonth> months, string format, CultureInfo culture) =>
        months
            .Select(b => new OutboundButton(
                new DateOnly(b.Year, b.Month, 1).ToString(format, culture), ButtonValue.ForPick(conversation, b.ToString())))
            .Chunk(3)
            .Select(row => (IReadOnlyList<OutboundButton>)row);
}
