using System.Globalization;
using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>buttons-from: birth-years</c>: this year and the six before it (children up to 6), newest first.</summary>
internal sealed class BirthYearButtons(TimeProvider time) : IButtonSource
{
    public const int Years = 7;

    public string Name => "birth-years";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        var thisYear = ActivitySchedule.LocalDate(time.GetUtcNow()).Year;
        return [.. Enumerable.Range(0, Years)
            .Select(i => (thisYear - i).ToString(CultureInfo.InvariantCulture))
            .Select(year => new OutboundButton(year, ButtonValue.ForPick(context.Conversation, year)))
            .Chunk(4)
            .Select(row => (IReadOnlyList<OutboundButton>)row)];
    }
}
