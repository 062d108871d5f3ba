namespace ParentBot.Core.Sessions;

/// <summary>
/// A facilitator enrolling a parent they know: a one-time code for that parent, with the name the facilitator
/// uses for them. The parent still confirms in their own chat — nobody is put in a group without saying yes.
/// </summary>
public sealed class PersonalInvite
{
    /// <summary>The code (same alphabet as group codes).</summary>
    public string Id { get; set; } = string.Empty;

    public string SeriesId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime ExpiresUtc { get; set; }
}
