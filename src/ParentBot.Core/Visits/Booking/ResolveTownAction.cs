using ParentBot.Core.Flows;
using ParentBot.Core.Places;

namespace ParentBot.Core.Visits.Booking;

/// <summary><c>visit-resolve-town</c>: turns the typed town or postcode into the town it names, and never keeps the typed words.</summary>
public sealed class ResolveTownAction(MunicipalityCatalog towns) : IFlowAction
{
    public string Name => "visit-resolve-town";

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (BookingSlots.Get(context, BookingSlots.TownText) is { } text && towns.Find(text) is { } town)
        {
            context.Conversation.Slots[BookingSlots.Town] = town.Id;
        }

        // The typed words are not kept: only the town they name.
        context.Conversation.Slots.Remove(BookingSlots.TownText);
        return Task.CompletedTask;
    }
}
