using ParentBot.Core.Places;

namespace ParentBot.Core.Storage;

/// <summary>Venues and organisations.</summary>
public sealed class VenueStore(ParentBotDatabase database)
{
    public Venue? Find(string id) => database.Collection<Venue>(Collections.Venues).FindById(id);

    public IReadOnlyList<Venue> All() => [.. database.Collection<Venue>(Collections.Venues).FindAll().OrderBy(v => v.Name, StringComparer.Ordinal)];

    public IReadOnlyList<Venue> InOrganisation(string organisation) =>
        [.. database.Collection<Venue>(Collections.Venues).Find(v => v.Organisation == organisation).OrderBy(v => v.Name, StringComparer.Ordinal)];

    public IReadOnlyList<Venue> OfType(VenueType type) =>
        [.. database.Collection<Venue>(Collections.Venues).Find(v => v.Type == type).OrderBy(v => v.Name, StringComparer.Ordinal)];

    public void Save(Venue venue) => database.Write(db => db.GetCollection<Venue>(Collections.Venues).Upsert(venue));

    public Organisation? FindOrganisation(string id) => database.Collection<Organisation>(Collections.Organisations).FindById(id);

    public IReadOnlyList<Organisation> Organisations() =>
        [.. database.Collection<Organisation>(Collections.Organisations).FindAll().OrderBy(o => o.Name, StringComparer.Ordinal)];

    public void SaveOrganisation(Organisation organisation) =>
        database.Write(db => db.GetCollection<Organisation>(Collections.Organisations).Upsert(organisation));
}
