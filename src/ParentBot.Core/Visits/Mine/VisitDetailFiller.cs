using ParentBot.Core.Flows;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Booking;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Mine;

/// <summary><c>visit-detail</c>: one of the parent's visits: where, when, and where it stands.</summary>
public sealed class VisitDetailFiller(MyVisits mine, VenueStore venues, ParentVisitMessages messages, VisitFormat format) : IStateFiller
{
    public string Name => "visit-detail";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (mine.Own(context.Chat, BookingSlots.Get(context, BookingSlots.Visit)) is not { } booking)
        {
            return;
        }

        foreach (var (key, value) in messages.ValuesOf(booking, venues.Find(booking.VenueId), language))
        {
            context.Conversation.Slots[key] = value;
        }

        context.Conversation.Slots["status"] = format.Text(language, "visits.status." + booking.Status.ToString().ToLowerInvariant());
    }
}
