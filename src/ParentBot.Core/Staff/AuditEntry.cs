namespace ParentBot.Core.Staff;

/// <summary>One line of the audit log: an actor (a staff account id, or <c>cli</c>), an action and its subject (an id).</summary>
public sealed record AuditEntry(DateTime AtUtc, string ActorId, string Organisation, string Action, string Subject);
