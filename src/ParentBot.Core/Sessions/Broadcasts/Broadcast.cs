namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// A message from a facilitator to every parent of one group. It holds what was said and by whom, never who
/// received it: the recipients are the outbox entries of batch <see cref="Batch"/>.
/// </summary>
public sealed class Broadcast
{
    /// <summary>Short and random: it travels in button values (64 bytes at most).</summary>
    public string Id { get; set; } = string.Empty;

    public string SeriesId { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public BroadcastTemplate Template { get; set; }

    /// <summary>The place or item a template names, as the facilitator typed it.</summary>
    public string? Detail { get; set; }

    /// <summary>The meeting date a "free time" broadcast is about, <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    /// <summary>Free text as written, in <see cref="OriginalLanguage"/>.</summary>
    public string? Text { get; set; }

    public string OriginalLanguage { get; set; } = "nl";

    /// <summary>The facilitator's own translations of free text, per language code.</summary>
    public Dictionary<string, string> Versions { get; set; } = new(StringComparer.Ordinal);

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    /// <summary>When it goes out; null while it is a draft being previewed.</summary>
    public DateTime? DueUtc { get; set; }

    /// <summary>True once a message is queued for every parent; until then a restart finishes the queuing.</summary>
    public bool Enqueued { get; set; }

    public bool IsDraft => DueUtc is null;

    public string Batch => BatchOf(Id);

    public static string BatchOf(string id) => "bc:" + id;

    public static string KeyFor(string id, string chat) => "bc:" + id + ":" + chat;
}
