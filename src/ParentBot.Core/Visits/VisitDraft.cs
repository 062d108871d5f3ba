using ParentBot.Core.Conversations;

namespace ParentBot.Core.Visits;

/// <summary>
/// What the parent chose in the booking flow, sent when they confirm. <paramref name="Id"/> is made when the summary
/// is shown, so pressing "send" twice (or again after a failed turn) stores one request.
/// </summary>
public sealed record VisitDraft(
    string Id, ChatKey Chat, string VenueId, string SlotKey, string Birth, string Needs, string Language, string? Replaces);

/// <summary>What became of a request.</summary>
public enum RequestOutcome
{
    Sent,

    /// <summary>This draft was sent before; nothing new was stored.</summary>
    AlreadySent,

    /// <summary>The last place at that time was just taken.</summary>
    Full,

    /// <summary>The venue or the time is no longer offered.</summary>
    Gone,
}
