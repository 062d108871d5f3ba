using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-birth-years</c>: this year and the six before, then "not born yet".</summary>
public sealed class BirthYearSource(Localizer localizer, TimeProvider time) : IButtonSource
{
    public string Name => "visit-birth-years";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        var year = BrusselsClock.ToLocal(time.GetUtcNow()).Year;
        var years = Enumerable.Range(0, 7).Select(i => (year - i).ToString(CultureInfo.InvariantCulture))
            .Select(y => new OutboundButton(y, ButtonValue.ForPick(context.Conversation, y)))
            .Chunk(4).Select(row => (IReadOnlyList<OutboundButton>)row);
        return [.. years, [new OutboundButton(localizer.Text(language, "visits.book.not-born"), ButtonValue.ForPick(context.Conversation, BookingSlots.NotBorn))]];
    }
}
