using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Profile;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-birth-months</c>: the months of the chosen year up to this month (<see cref="BirthMonthChoices"/>),
/// or for a baby not born yet the coming nine months. Values are <c>yyyy-MM</c>.
/// </summary>
public sealed class BirthMonthSource(Localizer localizer, TimeProvider time) : IButtonSource
{
    public string Name => "visit-birth-months";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        var today = DateOnly.FromDateTime(BrusselsClock.ToLocal(time.GetUtcNow()).DateTime);
        var culture = localizer.CultureOf(language);
        var year = BookingSlots.Get(context, BookingSlots.Year);
        if (year == BookingSlots.NotBorn)
        {
            var comingMonths = Enumerable.Range(1, 9).Select(i => today.AddMonths(i)).Select(d => new BirthMonth(d.Year, d.Month));
            return [.. BirthMonthChoices.MonthButtons(context.Conversation, comingMonths, "MMM yyyy", culture)];
        }

        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? [.. BirthMonthChoices.MonthRows(context.Conversation, y, today, culture)]
            : [];
    }
}
