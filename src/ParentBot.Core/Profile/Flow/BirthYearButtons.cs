using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>buttons-from: birth-years</c>: see <see cref="BirthMonthChoices"/>.</summary>
internal sealed class BirthYearButtons(TimeProvider time) : IButtonSource
{
    public string Name => "birth-years";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language) =>
        [.. BirthMonthChoices.YearRows(context.Conversation, ActivitySchedule.LocalDate(time.GetUtcNow()))];
}
