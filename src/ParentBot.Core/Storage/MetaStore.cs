using LiteDB;

namespace ParentBot.Core.Storage;

/// <summary>Small named values the process must remember across restarts, such as the Telegram update offset.</summary>
public sealed class MetaStore(ParentBotDatabase database)
{
    public long? GetLong(string key)
    {
        var doc = database.Collection<BsonDocument>(Collections.Meta).FindById(key);
        return doc is not null && doc.TryGetValue("value", out var value) && value.IsNumber ? value.AsInt64 : null;
    }

    public void SetLong(string key, long value) => database.Write(db =>
        db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = key, ["value"] = value }));

    public string? GetString(string key)
    {
        var doc = database.Collection<BsonDocument>(Collections.Meta).FindById(key);
        return doc is not null && doc.TryGetValue("value", out var value) && value.IsString ? value.AsString : null;
    }

    public void SetString(string key, string value) => database.Write(db =>
        db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = key, ["value"] = value }));
}
