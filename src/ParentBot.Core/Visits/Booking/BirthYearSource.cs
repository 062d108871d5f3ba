using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Profile;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-birth-years</c>: the years of <see cref="BirthMonthChoices"/>, then "not born yet".</summary>
public sealed class BirthYearSource(Localizer localizer, TimeProvider time) : IButtonSource
{
    public string Name => "visit-birth-years";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language) =>
    [
        .. BirthMonthChoices.YearRows(context.Conversation, DateOnly.FromDateTime(BrusselsClock.ToLocal(time.GetUtcNow()).DateTime)),
        [new OutboundButton(localizer.Text(language, "visits.book.not-born"), ButtonValue.ForPick(context.Conversation, BookingSlots.NotBorn))],
    ];
}
