using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Mine;

/// <summary>The visits a parent sees in "My visits": those still planned or waiting, soonest first.</summary>
public sealed class MyVisits(VisitBookingStore bookings, TimeProvider time)
{
    public IReadOnlyList<VisitBooking> Current(ChatKey chat) =>
        [.. bookings.OfChat(chat).Where(b => b.Holds && b.End > time.GetUtcNow())];

    /// <summary>The booking if it is this chat's (any status); null for an unknown or another parent's id.</summary>
    public VisitBooking? Own(ChatKey chat, string? id) =>
        id is not null && VisitIds.LooksValid(id) && bookings.Find(id) is { } booking && booking.Chat == chat.ToString() ? booking : null;
}
