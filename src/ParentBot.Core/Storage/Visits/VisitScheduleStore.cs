using ParentBot.Core.Visits;

namespace ParentBot.Core.Storage;

/// <summary>Visit schedules, one per venue.</summary>
public sealed class VisitScheduleStore(ParentBotDatabase database)
{
    public VisitSchedule? Find(string venueId) => database.Collection<VisitSchedule>(Collections.VisitSchedules).FindById(venueId);

    public void Save(VisitSchedule schedule) =>
        database.Write(db => db.GetCollection<VisitSchedule>(Collections.VisitSchedules).Upsert(schedule));

    /// <summary>
    /// Changes the venue's schedule (an empty one if it has none yet) in one write, so two staff editing at once
    /// never undo each other; nothing is stored when <paramref name="change"/> returns false.
    /// </summary>
    public bool Change(string venueId, Func<VisitSchedule, bool> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return database.Write(db =>
        {
            var schedules = db.GetCollection<VisitSchedule>(Collections.VisitSchedules);
            var schedule = schedules.FindById(venueId) ?? new VisitSchedule { Id = venueId };
            if (!change(schedule))
            {
                return false;
            }

            schedules.Upsert(schedule);
            return true;
        });
    }

    /// <summary>Adds a one-off visit time to the venue's schedule (creating the schedule if there is none).</summary>
    public void AddOneOff(string venueId, OneOffVisitTime time) => database.Write(db =>
    {
        var schedules = db.GetCollection<VisitSchedule>(Collections.VisitSchedules);
        var schedule = schedules.FindById(venueId) ?? new VisitSchedule { Id = venueId };
        schedule.OneOff.Add(time);
        return schedules.Upsert(schedule);
    });
}
