using LiteDB;
using ParentBot.Core.Visits;

namespace ParentBot.Core.Storage;

/// <summary>How visit schedules and bookings are stored, and the indexes their queries need.</summary>
internal static class VisitStorageMapping
{
    public static void Register(BsonMapper mapper)
    {
        mapper.Entity<VisitSchedule>().Id(s => s.Id, autoId: false);
        mapper.Entity<VisitBooking>().Id(b => b.Id, autoId: false).Ignore(b => b.Start).Ignore(b => b.End).Ignore(b => b.Holds);
    }

    public static void EnsureIndexes(LiteDatabase db)
    {
        var bookings = db.GetCollection<VisitBooking>(Collections.VisitBookings);
        bookings.EnsureIndex(b => b.Chat);
        bookings.EnsureIndex(b => b.Organisation);
        bookings.EnsureIndex(b => b.VenueId);
        bookings.EnsureIndex(b => b.Settled);
    }
}
