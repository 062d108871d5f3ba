using LiteDB;
using ParentBot.Core.Sessions;

namespace ParentBot.Core.Storage;

/// <summary>Session series. Lists are scoped to an organisation or a facilitator.</summary>
public sealed class SeriesStore(ParentBotDatabase database)
{
    public SessionSeries? Find(string id) => database.Collection<SessionSeries>(Collections.Series).FindById(id);

    /// <summary>The series with this id only if it belongs to <paramref name="organisation"/>: staff never reach another organisation's group.</summary>
    public SessionSeries? FindIn(string id, string organisation) => Find(id) is { } s && s.Organisation == organisation ? s : null;

    public SessionSeries? FindByInviteCode(string code)
    {
        var key = code.Trim().ToUpperInvariant();
        return database.Collection<SessionSeries>(Collections.Series).FindOne(s => s.InviteCode == key);
    }

    public IReadOnlyList<SessionSeries> InOrganisation(string organisation) =>
        [.. database.Collection<SessionSeries>(Collections.Series).Find(s => s.Organisation == organisation).OrderBy(s => s.Name, StringComparer.Ordinal)];

    public IReadOnlyList<SessionSeries> All() => [.. database.Collection<SessionSeries>(Collections.Series).FindAll()];

    /// <summary>Series still running on or after <paramref name="date"/> (<c>yyyy-MM-dd</c> compares as text).</summary>
    public IReadOnlyList<SessionSeries> RunningOnOrAfter(string date) =>
        [.. database.Collection<SessionSeries>(Collections.Series).Find(Query.GTE(nameof(SessionSeries.LastDate), date))];

    public void Save(SessionSeries series) => database.Write(db =>
    {
        ArgumentNullException.ThrowIfNull(series);
        series.InviteCode = series.InviteCode.ToUpperInvariant();
        return db.GetCollection<SessionSeries>(Collections.Series).Upsert(series);
    });

    /// <summary>
    /// Stores a new group unless its id or invitation code is taken; checked inside the write lock, so two
    /// groups made at the same moment never share a code.
    /// </summary>
    public bool AddNew(SessionSeries series) => database.Write(db =>
    {
        ArgumentNullException.ThrowIfNull(series);
        series.InviteCode = series.InviteCode.ToUpperInvariant();
        var all = db.GetCollection<SessionSeries>(Collections.Series);
        var code = series.InviteCode;
        if (all.FindById(series.Id) is not null || all.Exists(s => s.InviteCode == code))
        {
            return false;
        }

        all.Insert(series);
        return true;
    });

    /// <summary>Takes a date off the cancelled list; false if it was not cancelled.</summary>
    public bool UncancelDate(string seriesId, string date) => database.Write(db =>
    {
        var all = db.GetCollection<SessionSeries>(Collections.Series);
        var series = all.FindById(seriesId);
        if (series is null || !series.Cancelled.Remove(date))
        {
            return false;
        }

        series.Reinstated.Add(date);
        return all.Update(series);
    });

    /// <summary>Marks a date cancelled; false if it was cancelled already (so the notice goes out once).</summary>
    public bool CancelDate(string seriesId, string date) => database.Write(db =>
    {
        var all = db.GetCollection<SessionSeries>(Collections.Series);
        var series = all.FindById(seriesId);
        if (series is null || series.Cancelled.Contains(date))
        {
            return false;
        }

        series.Cancelled.Add(date);
        return all.Update(series);
    });
}
