using System.Globalization;
using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Profile.Flow;

/// <summary><c>buttons-from: birth-months</c>: the months of the year picked before (see <see cref="BirthMonthChoices"/>).</summary>
internal sealed class BirthMonthButtons(Localizer localizer, TimeProvider time) : IButtonSource
{
    public string Name => "birth-months";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language) =>
        int.TryParse(context.Conversation.Slots.GetValueOrDefault(ProfileSlots.BirthYear), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? [.. BirthMonthChoices.MonthRows(context.Conversation, year, ActivitySchedule.LocalDate(time.GetUtcNow()), localizer.CultureOf(language))]
            : [];
}
