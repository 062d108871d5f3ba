namespace ParentBot.Web.Staff.Groups;

/// <summary>What the Groups pages write to the audit log (the log shows them as <c>console.audit.action.&lt;name&gt;</c>).</summary>
public static class GroupAuditActions
{
    public const string SeriesCreated = "series.create";
    public const string SeriesEdited = "series.edit";
    public const string DateCancelled = "series.cancel-date";
    public const string DateUncancelled = "series.uncancel-date";
    public const string EnrolmentRemoved = "enrolment.remove";
    public const string PersonalInvite = "enrolment.invite";
    public const string BroadcastDrafted = "broadcast.draft";
    public const string BroadcastSent = "broadcast.send";

    public static IReadOnlyList<string> All { get; } =
        [SeriesCreated, SeriesEdited, DateCancelled, DateUncancelled, EnrolmentRemoved, PersonalInvite, BroadcastDrafted, BroadcastSent];
}
