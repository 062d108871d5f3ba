namespace ParentBot.Core.Staff;

/// <summary>One line of the audit log (see <see cref="IAuditLog"/>).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;
}
