using ParentBot.Core.Conversations;
using ParentBot.Core.Sessions;

namespace ParentBot.Core.Storage;

/// <summary>Who is in which group, and their answers per date.</summary>
public sealed class EnrolmentStore(ParentBotDatabase database)
{
    /// <summary>Enrols unless the group is full; joining twice is fine and keeps the first enrolment.</summary>
    public EnrolResult Enrol(SessionSeries series, ChatKey chat, string? name, DateTime nowUtc) => database.Write(db =>
    {
        ArgumentNullException.ThrowIfNull(series);
        var enrolments = db.GetCollection<Enrolment>(Collections.Enrolments);
        var id = Enrolment.IdOf(series.Id, chat.ToString());
        if (enrolments.FindById(id) is { } existing)
        {
            existing.Name = name ?? existing.Name;
            enrolments.Update(existing);
            return EnrolResult.AlreadyIn;
        }

        // Counted inside the write lock and transaction, so two parents never take the last place.
        if (enrolments.Count(e => e.SeriesId == series.Id) >= series.Capacity)
        {
            return EnrolResult.Full;
        }

        enrolments.Insert(new Enrolment { Id = id, SeriesId = series.Id, Chat = chat.ToString(), Name = name, JoinedUtc = nowUtc });
        return EnrolResult.Enrolled;
    });

    public Enrolment? Find(string seriesId, ChatKey chat) =>
        database.Collection<Enrolment>(Collections.Enrolments).FindById(Enrolment.IdOf(seriesId, chat.ToString()));

    public IReadOnlyList<Enrolment> OfSeries(string seriesId) =>
        [.. database.Collection<Enrolment>(Collections.Enrolments).Find(e => e.SeriesId == seriesId).OrderBy(e => e.JoinedUtc)];

    public IReadOnlyList<Enrolment> OfChat(ChatKey chat)
    {
        var key = chat.ToString();
        return [.. database.Collection<Enrolment>(Collections.Enrolments).Find(e => e.Chat == key).OrderBy(e => e.JoinedUtc)];
    }

    /// <summary>Leaving erases the enrolment and the parent's answers for that group: nothing more is sent.</summary>
    public bool Leave(string seriesId, ChatKey chat) => database.Write(db =>
    {
        var key = chat.ToString();
        db.GetCollection<Attendance>(Collections.Attendance).DeleteMany(a => a.SeriesId == seriesId && a.Chat == key);
        return db.GetCollection<Enrolment>(Collections.Enrolments).Delete(Enrolment.IdOf(seriesId, key));
    });

    public bool SetMuted(string seriesId, ChatKey chat, bool muted) => database.Write(db =>
    {
        var enrolments = db.GetCollection<Enrolment>(Collections.Enrolments);
        var enrolment = enrolments.FindById(Enrolment.IdOf(seriesId, chat.ToString()));
        if (enrolment is null)
        {
            return false;
        }

        enrolment.Muted = muted;
        return enrolments.Update(enrolment);
    });

    public void Answer(Attendance answer) =>
        database.Write(db => db.GetCollection<Attendance>(Collections.Attendance).Upsert(answer));

    public Attendance? FindAnswer(string seriesId, string dateKey, ChatKey chat) =>
        database.Collection<Attendance>(Collections.Attendance).FindById(Attendance.IdOf(seriesId, dateKey, chat.ToString()));

    public int AnswersOf(string seriesId, ChatKey chat)
    {
        var key = chat.ToString();
        return database.Collection<Attendance>(Collections.Attendance).Count(a => a.SeriesId == seriesId && a.Chat == key);
    }

    public IReadOnlyList<Attendance> AnswersFor(string seriesId, string dateKey) =>
        [.. database.Collection<Attendance>(Collections.Attendance).Find(a => a.SeriesId == seriesId && a.Date == dateKey)];
}

/// <summary>What joining a group came to.</summary>
public enum EnrolResult
{
    Enrolled,
    AlreadyIn,
    Full,
}
