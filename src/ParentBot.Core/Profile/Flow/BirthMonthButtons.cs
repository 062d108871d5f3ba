using System.Globalization;
using ParentBot.Core.Activities;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Profile.Flow;

/// <summary>
/// <c>buttons-from: birth-months</c>: the months of the year picked before, named in the parent's language
/// (Gregorian in every language); in this year only the months that have begun.
/// </summary>
internal sealed class BirthMonthButtons(Localizer localizer, TimeProvider time) : IButtonSource
{
    public string Name => "birth-months";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        if (!int.TryParse(context.Conversation.Slots.GetValueOrDefault(ProfileSlots.BirthYear), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return [];
        }

        var today = ActivitySchedule.LocalDate(time.GetUtcNow());
        var last = year == today.Year ? today.Month : 12;
        if (year > today.Year || year <= today.Year - BirthYearButtons.Years)
        {
            return [];
        }

        var culture = localizer.CultureOf(language);
        return [.. Enumerable.Range(1, last)
            .Select(m => new BirthMonth(year, m))
            .Select(b => new OutboundButton(
                culture.DateTimeFormat.GetMonthName(b.Month), ButtonValue.ForPick(context.Conversation, b.ToString())))
            .Chunk(3)
            .Select(row => (IReadOnlyList<OutboundButton>)row)];
    }
}
