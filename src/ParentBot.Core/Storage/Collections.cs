namespace ParentBot.Core.Storage;

/// <summary>Collection names, in one place so the eraser can be checked against every collection holding parent data.</summary>
internal static class Collections
{
    public const string Parents = "parents";
    public const string Conversations = "conversations";
    public const string ProcessedUpdates = "processed_updates";
    public const string WebSessions = "web_sessions";
    public const string WebMessages = "web_messages";
    public const string Meta = "meta";
    public const string KnowledgeFeedback = "knowledge_feedback";
    public const string Outbox = "outbox";
    public const string Organisations = "organisations";
    public const string Venues = "venues";
    public const string Staff = "staff";
    public const string Series = "series";
    public const string Enrolments = "enrolments";
    public const string Attendance = "attendance";
    public const string PersonalInvites = "personal_invites";
    public const string Broadcasts = "broadcasts";
    public const string VisitSchedules = "visit_schedules";
    public const string VisitBookings = "visit_bookings";
    public const string Activities = "activities";
    public const string Audit = "audit";
    public const string QuestionThreads = "question_threads";
    public const string ConsoleKeys = "console_keys";
}
