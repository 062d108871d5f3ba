using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-birth-months</c>: the months of the chosen year up to this month, or for a baby not born yet the
/// coming nine months. Values are <c>yyyy-MM</c>.
/// </summary>
public sealed class BirthMonthSource(Localizer localizer, TimeProvider time) : IButtonSource
{
    public string Name => "visit-birth-months";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        var today = BrusselsClock.ToLocal(time.GetUtcNow());
        var thisMonth = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var year = BookingSlots.Get(context, BookingSlots.Year);
        IEnumerable<DateTime> months = year == BookingSlots.NotBorn
            ? Enumerable.Range(1, 9).Select(thisMonth.AddMonths)
            : int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9999
                ? Enumerable.Range(1, 12).Select(m => new DateTime(y, m, 1, 0, 0, 0, DateTimeKind.Unspecified)).Where(m => m <= thisMonth)
                : [];
        var format = year == BookingSlots.NotBorn ? "MMM yyyy" : "MMMM";
        var culture = localizer.CultureOf(language);
        return [.. months.Select(m => new OutboundButton(m.ToString(format, culture), ButtonValue.ForPick(context.Conversation, m.ToString("yyyy-MM", CultureInfo.InvariantCulture))))
            .Chunk(3).Select(row => (IReadOnlyList<OutboundButton>)row)];
    }
}
