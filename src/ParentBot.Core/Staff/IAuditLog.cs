namespace ParentBot.Core.Staff;

/// <summary>
/// Who did what to which record, for an organisation to look back on: the action and the id of its subject,
/// never a message text or a parent's details. The staff console and the Telegram staff features both write here.
/// </summary>
public interface IAuditLog
{
    /// <param name="actorId">The staff account that acted.</param>
    /// <param name="organisation">The organisation the subject belongs to.</param>
    /// <param name="action">A dotted id, e.g. <c>visit.approve</c>.</param>
    /// <param name="subject">The id of what was acted on, e.g. a booking id.</param>
    void Record(string actorId, string organisation, string action, string subject);
}
