namespace ParentBot.Core.Sessions;

/// <summary>
/// A parent in a group. The only personal detail is the name the parent chose to show the facilitator (they
/// may leave it empty); it is erased when they leave or use /forget.
/// </summary>
public sealed class Enrolment
{
    /// <summary><c>seriesId|chat</c>: one enrolment per parent and group.</summary>
    public string Id { get; set; } = string.Empty;

    public string SeriesId { get; set; } = string.Empty;

    public string Chat { get; set; } = string.Empty;

    public string? Name { get; set; }

    public DateTime JoinedUtc { get; set; }

    /// <summary>The parent paused reminders; broadcasts and cancellations still reach them.</summary>
    public bool Muted { get; set; }

    public static string IdOf(string seriesId, string chat) => seriesId + "|" + chat;
}
