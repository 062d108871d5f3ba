using ParentBot.Core.Sessions.Broadcasts;

namespace ParentBot.Core.Storage;

/// <summary>Broadcasts: what facilitators sent to a group. No recipient data is kept here.</summary>
public sealed class BroadcastStore(ParentBotDatabase database)
{
    public void Save(Broadcast broadcast) =>
        database.Write(db => db.GetCollection<Broadcast>(Collections.Broadcasts).Upsert(broadcast));

    public Broadcast? Find(string id) => database.Collection<Broadcast>(Collections.Broadcasts).FindById(id);

    /// <summary>The broadcast with this id only if it belongs to <paramref name="organisation"/>.</summary>
    public Broadcast? FindIn(string id, string organisation) => Find(id) is { } b && b.Organisation == organisation ? b : null;

    /// <summary>The last broadcast of a group that was sent or scheduled (drafts left aside).</summary>
    public Broadcast? LatestSent(string seriesId) =>
        database.Collection<Broadcast>(Collections.Broadcasts).Find(b => b.SeriesId == seriesId && b.DueUtc != null)
            .OrderByDescending(b => b.CreatedUtc).ThenByDescending(b => b.Id, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Broadcasts whose queuing a crash may have cut short.</summary>
    public IReadOnlyList<Broadcast> NotYetEnqueued() =>
        [.. database.Collection<Broadcast>(Collections.Broadcasts).Find(b => b.DueUtc != null && !b.Enqueued)];

    /// <summary>Marks the broadcast to go out at <paramref name="dueUtc"/>; false if it was already sent or scheduled.</summary>
    public bool Schedule(string id, DateTime dueUtc) => database.Write(db =>
    {
        var all = db.GetCollection<Broadcast>(Collections.Broadcasts);
        if (all.FindById(id) is not { DueUtc: null } broadcast)
        {
            return false;
        }

        broadcast.DueUtc = dueUtc;
        return all.Update(broadcast);
    });

    public void MarkEnqueued(string id) => database.Write(db =>
    {
        var all = db.GetCollection<Broadcast>(Collections.Broadcasts);
        if (all.FindById(id) is not { } broadcast)
        {
            return false;
        }

        broadcast.Enqueued = true;
        return all.Update(broadcast);
    });
}
