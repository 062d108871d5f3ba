using ParentBot.Core.Conversations;

namespace ParentBot.Core.Storage;

/// <summary>Parents: channel identity, language, reachability.</summary>
public sealed class ParentStore(ParentBotDatabase database)
{
    public ParentRecord? Find(ChatKey chat) =>
        database.Collection<ParentRecord>(Collections.Parents).FindById(chat.ToString());

    public void Save(ParentRecord parent) =>
        database.Write(db => db.GetCollection<ParentRecord>(Collections.Parents).Upsert(parent));

    /// <summary>Records that the platform refused delivery for good (blocked bot); returns false if unknown.</summary>
    public bool MarkUnreachable(ChatKey chat) => database.Write(db =>
    {
        var parents = db.GetCollection<ParentRecord>(Collections.Parents);
        var parent = parents.FindById(chat.ToString());
        if (parent is null)
        {
            return false;
        }

        parent.Unreachable = true;
        return parents.Update(parent);
    });
}
