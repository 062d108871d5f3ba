namespace ParentBot.Core.Sessions;

/// <summary>
/// A group that meets on set weekdays for a term, e.g. a mothers' group on Tuesday and Thursday 9:00–11:30.
/// Times are Brussels wall-clock times, so a session stays at 9:00 across summer-time changes. Dates are
/// stored as <c>yyyy-MM-dd</c> strings: a date has no time zone, and LiteDB would otherwise give it one.
/// </summary>
public sealed class SessionSeries
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The group's own name, e.g. "Mama Leert" (not translated).</summary>
    public string Name { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public string VenueId { get; set; } = string.Empty;

    /// <summary>Staff account ids of the facilitators; they get "I can't come" notices.</summary>
    public List<string> Facilitators { get; set; } = [];

    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>Local start time, <c>HH:mm</c>.</summary>
    public string Start { get; set; } = "09:00";

    /// <summary>Local end time, <c>HH:mm</c>.</summary>
    public string End { get; set; } = "11:30";

    public string FirstDate { get; set; } = string.Empty;

    public string LastDate { get; set; } = string.Empty;

    /// <summary>School holidays and other planned days off: no session, no reminder, no notice.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>Dates cancelled later: enrolled parents got a cancellation instead of reminders.</summary>
    public List<string> Cancelled { get; set; } = [];

    /// <summary>
    /// Cancelled dates that were taken back, once per time: cancelling such a date again is news for the parents,
    /// so its notice gets a new key (see <c>SessionCancellation</c>).
    /// </summary>
    public List<string> Reinstated { get; set; } = [];

    public int Capacity { get; set; } = 10;

    /// <summary>Languages spoken in the group (codes).</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>What to bring, per language code.</summary>
    public Dictionary<string, string> Bring { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The code on the poster and in the deep link (<c>/start join-CODE</c>); unique, no look-alike letters.</summary>
    public string InviteCode { get; set; } = string.Empty;

    /// <summary>When reminders go out; empty means the default (the evening before at 18:00, and 1 hour before).</summary>
    public List<string> Reminders { get; set; } = [];

    public bool Demo { get; set; }
}
