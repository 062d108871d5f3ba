using ParentBot.Core.Staff;

namespace ParentBot.Core.Storage;

/// <summary>The audit log, append-only; read per organisation, newest first.</summary>
public sealed class AuditStore(ParentBotDatabase database, TimeProvider time) : IAuditLog
{
    public void Record(string actorId, string organisation, string action, string subject) =>
        database.Write(db => db.GetCollection<AuditDocument>(Collections.Audit).Insert(new AuditDocument
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            ActorId = actorId,
            Organisation = organisation,
            Action = action,
            Subject = subject,
        }));

    public IReadOnlyList<AuditEntry> InOrganisation(string organisation, int skip, int take) =>
        [.. database.Collection<AuditDocument>(Collections.Audit)
            .Query()
            .Where(a => a.Organisation == organisation)
            .OrderByDescending(a => a.Id)
            .Skip(skip)
            .Limit(take)
            .ToEnumerable()
            .Select(a => new AuditEntry(a.AtUtc, a.ActorId, a.Organisation, a.Action, a.Subject))];

    public int CountIn(string organisation) =>
        database.Collection<AuditDocument>(Collections.Audit).Count(a => a.Organisation == organisation);
}

/// <summary>Storage shape of <see cref="AuditEntry"/>; the id rises with time, so it orders the log.</summary>
internal sealed class AuditDocument
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string ActorId { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;
}
