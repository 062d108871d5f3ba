namespace ParentBot.Core.Staff;

/// <summary>
/// Who did what, when, in which organisation — never what was written (no message bodies, no passwords).
/// Staff of an organisation read only their own organisation's entries.
/// </summary>
public interface IAuditLog
{
    void Record(string actorId, string organisation, string action, string subject);
}
