namespace ParentBot.Core.Sessions;

/// <summary>A parent's answer for one date. Not shared with referrers (OCMW, integration agency, Fedasil).</summary>
public sealed class Attendance
{
    /// <summary><c>seriesId|yyyyMMdd|chat</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public string SeriesId { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string Chat { get; set; } = string.Empty;

    public bool Coming { get; set; }

    /// <summary>Only for "I can't come", and only if the parent chose to say.</summary>
    public AbsenceReason? Reason { get; set; }

    public DateTime AnsweredUtc { get; set; }

    public static string IdOf(string seriesId, string dateKey, string chat) => seriesId + "|" + dateKey + "|" + chat;
}

/// <summary>Why a parent cannot come; optional, and never a reason to blame.</summary>
public enum AbsenceReason
{
    SickChild,
    Appointment,
    Other,
}
