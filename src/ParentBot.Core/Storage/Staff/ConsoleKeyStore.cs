namespace ParentBot.Core.Storage;

/// <summary>
/// The keys that protect staff console cookies, kept in the one database file so a restart (or a new container
/// on the same volume) does not log everybody out. Stored as the XML the web layer hands in.
/// </summary>
public sealed class ConsoleKeyStore(ParentBotDatabase database)
{
    public IReadOnlyList<string> All() =>
        [.. database.Collection<ConsoleKeyDocument>(Collections.ConsoleKeys).FindAll().OrderBy(k => k.Id, StringComparer.Ordinal).Select(k => k.Xml)];

    public void Save(string name, string xml) =>
        database.Write(db => db.GetCollection<ConsoleKeyDocument>(Collections.ConsoleKeys).Upsert(new ConsoleKeyDocument { Id = name, Xml = xml }));
}

internal sealed class ConsoleKeyDocument
{
    public string Id { get; set; } = string.Empty;

    public string Xml { get; set; } = string.Empty;
}
