using System.Globalization;
using ParentBot.Core.Activities;
using ParentBot.Core.Activities.Flow;
using ParentBot.Core.Flows;
using ParentBot.Core.Places;

namespace ParentBot.Core.Profile.Flow;

/// <summary>
/// <c>do: set-town</c>: the town pressed or typed becomes the parent's town. Moving takes back the reminders
/// still waiting for activities in the old town (families move often; the old town's dates no longer matter).
/// </summary>
internal sealed class SetTown(MunicipalityCatalog towns, ActivityReminders reminders) : IFlowAction
{
    public string Name => "set-town";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slots = context.Conversation.Slots;
        slots.Remove(ProfileSlots.TownPick, out var picked);
        slots.Remove(ProfileSlots.TownText, out var typed);
        var town = towns.Get(picked) ?? (typed is null ? null : towns.Find(typed));
        if (town is null)
        {
            return Task.CompletedTask;
        }

        var old = ParentProfile.Town(context);
        if (old is not null && old != town.Id)
        {
            var cancelled = reminders.CancelTown(context.Chat, old);
            if (cancelled > 0)
            {
                slots[WhatsOnSlots.Cancelled] = cancelled.ToString(CultureInfo.InvariantCulture);
                slots[WhatsOnSlots.CancelledTown] = towns.Get(old)?.Name ?? old;
            }
        }

        ParentProfile.SetTown(context, town.Id);
        if (slots.Remove(ParentProfile.RememberSlot))
        {
            // Said yes in this flow: the record keeps it from now on; tell the parent once how to see or delete it.
            slots[WhatsOnSlots.Remembered] = "yes";
        }

        WhatsOnSlots.Restart(context);
        return Task.CompletedTask;
    }
}
