using Microsoft.Extensions.Options;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits;

/// <summary>
/// The visit times parents may choose now: from the minimum notice until some weeks ahead, by the venue's
/// schedule, without the times whose places are all taken.
/// </summary>
public sealed class VisitSlots(VisitScheduleStore schedules, VisitBookingStore bookings, TimeProvider time, IOptions<VisitOptions> options)
{
    /// <summary>Every time in the booking window, full or not.</summary>
    public IReadOnlyList<VisitSlot> Offered(string venueId)
    {
        if (schedules.Find(venueId) is not { } schedule)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var o = options.Value;
        return VisitSlotCalculator.Between(schedule, now.AddHours(o.MinimumNoticeHours), now.AddDays(7 * o.WeeksAhead));
    }

    /// <summary>Times in the window with a place left, soonest first.</summary>
    public IReadOnlyList<VisitSlot> Free(string venueId)
    {
        var held = bookings.HeldAt(venueId);
        return [.. Offered(venueId).Where(s => held.GetValueOrDefault(s.Key) < s.Capacity)];
    }

    public bool HasFree(string venueId) => Free(venueId).Count > 0;

    /// <summary>The time with this key if it is in the booking window (full or not).</summary>
    public VisitSlot? Offer(string venueId, string key) => Offered(venueId).FirstOrDefault(s => s.Key == key);

    /// <summary>
    /// True when the time is in the window and has a place for a booking other than <paramref name="except"/> (the
    /// request itself if it was stored already, the visit it replaces).
    /// </summary>
    public bool IsFree(string venueId, string key, IReadOnlyCollection<string> except)
    {
        ArgumentNullException.ThrowIfNull(except);
        return Offer(venueId, key) is { } slot
            && bookings.OfVenueAt(venueId, key).Count(b => b.Holds && !except.Contains(b.Id)) < slot.Capacity;
    }
}
