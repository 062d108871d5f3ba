using ParentBot.Core.Visits;

namespace ParentBot.Core.Storage;

/// <summary>Visit schedules, one per venue.</summary>
public sealed class VisitScheduleStore(ParentBotDatabase database)
{
    public VisitSchedule? Find(string venueId) => database.Collection<VisitSchedule>(Collections.VisitSchedules).FindById(venueId);

    public void Save(VisitSchedule schedule) =>
        database.Write(db => db.GetCollection<VisitSchedule>(Collections.VisitSchedules).Upsert(schedule));

    /// <summary>Adds a one-off visit time to the venue's schedule (creating the schedule if there is none).</summary>
    public void AddOneOff(string venueId, OneOffVisitTime time) => database.Write(db =>
    {
        var schedules = db.GetCollection<VisitSchedule>(Collections.VisitSchedules);
        var schedule = schedules.FindById(venueId) ?? new VisitSchedule { Id = venueId };
        schedule.OneOff.Add(time);
        return schedules.Upsert(schedule);
    });
}
