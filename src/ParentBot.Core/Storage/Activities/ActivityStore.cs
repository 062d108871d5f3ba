using LiteDB;
using ParentBot.Core.Activities;

namespace ParentBot.Core.Storage;

/// <summary>Open activities of family centres, by venue.</summary>
public sealed class ActivityStore(ParentBotDatabase database)
{
    public Activity? Find(string id) => database.Collection<Activity>(Collections.Activities).FindById(id);

    public IReadOnlyList<Activity> All() =>
        [.. database.Collection<Activity>(Collections.Activities).FindAll().OrderBy(a => a.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Activity> AtVenues(IEnumerable<string> venueIds)
    {
        var ids = venueIds.Select(v => new BsonValue(v)).ToList();
        return ids.Count == 0
            ? []
            : [.. database.Collection<Activity>(Collections.Activities).Find(Query.In(nameof(Activity.Venue), ids))];
    }

    /// <summary>Venue ids that have at least one activity (for the town buttons).</summary>
    public IReadOnlySet<string> Venues() =>
        database.Collection<Activity>(Collections.Activities).Query().Select(a => a.Venue).ToEnumerable().ToHashSet(StringComparer.Ordinal);

    public void Save(Activity activity) => database.Write(db => db.GetCollection<Activity>(Collections.Activities).Upsert(activity));
}
