using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Localization;
using ParentBot.Core.Profile;

namespace ParentBot.Core.Activities.Flow;

/// <summary>
/// <c>buttons-from: whats-on-next</c>: "More" when the list goes on, or the nearest town with activities when
/// nothing is on here. Pick buttons: the runner asks again when one is pressed, so an old "More" past the end is stale.
/// </summary>
internal sealed class WhatsOnNext(ActivityFinder finder, Localizer localizer) : IButtonSource
{
    public string Name => "whats-on-next";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        if (WhatsOnSlots.ShownTown(context) is not { } town)
        {
            return [];
        }

        var child = ParentProfile.ChildBirthMonth(context);
        var count = finder.WhatsOn(town, child).Count;
        if (count > (WhatsOnSlots.PageOf(context) + 1) * WhatsOnSlots.PageSize)
        {
            return [[new OutboundButton(localizer.Text(language, "activities.more"), ButtonValue.ForPick(context.Conversation, WhatsOnSlots.More))]];
        }

        if (count == 0 && finder.NearestOtherTown(town, child) is { } nearest)
        {
            var km = Math.Round(nearest.Km).ToString(CultureInfo.InvariantCulture);
            return [[new OutboundButton(
                localizer.Text(language, "activities.nearest-town", new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["town"] = nearest.Town.Name,
                    ["km"] = km,
                }),
                ButtonValue.ForPick(context.Conversation, WhatsOnSlots.TownChoice + nearest.Town.Id))]];
        }

        return [];
    }
}
