using ParentBot.Core.Staff;

namespace ParentBot.Core.Storage;

/// <summary>The audit log in LiteDB; read per organisation only.</summary>
public sealed class AuditStore(ParentBotDatabase database, TimeProvider time) : IAuditLog
{
    public void Record(string actorId, string organisation, string action, string subject) =>
        database.Write(db => db.GetCollection<AuditEntry>(Collections.Audit).Insert(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            Actor = actorId,
            Organisation = organisation,
            Action = action,
            Subject = subject,
        }));

    public IReadOnlyList<AuditEntry> Of(string organisation) =>
        [.. database.Collection<AuditEntry>(Collections.Audit).Find(e => e.Organisation == organisation).OrderBy(e => e.Id)];
}
