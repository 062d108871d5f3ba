using System.Security.Cryptography;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Sessions.Facilitation;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// Facilitators' messages to a group, for Telegram now and the web console later: draft, preview per
/// language, send now or at a chosen time, and see who got it. Every call is checked against the account's
/// organisation and groups; a broadcast of another organisation is simply not found.
/// </summary>
public sealed class BroadcastService(
    FacilitatedSeries access,
    BroadcastStore broadcasts,
    BroadcastComposer composer,
    BroadcastDelivery delivery,
    GroupRecipients recipients,
    OutboxStore outbox,
    LanguageCatalog languages,
    TimeProvider time)
{
    /// <summary>Long enough for a real message, short enough for one Telegram message with its header and note.</summary>
    public const int MaxTextLength = 1500;

    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>
    /// A draft to preview, or null when the account may not run the group or a needed detail is missing:
    /// the place or item for those templates, the text for free text, a date of the group for free time.
    /// </summary>
    public Broadcast? Draft(StaffAccount account, string seriesId, BroadcastTemplate template, string? detail = null, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (access.Find(account, seriesId) is not { } series)
        {
            return null;
        }

        detail = detail?.Trim();
        var needsDetail = template is BroadcastTemplate.FreeText or BroadcastTemplate.PlaceChanged or BroadcastTemplate.BringSomething;
        if ((needsDetail && (string.IsNullOrEmpty(detail) || detail.Length > MaxTextLength))
            || (template == BroadcastTemplate.FreeTime && (date is not { } d || SeriesSchedule.On(series, d) is null)))
        {
            return null;
        }

        var broadcast = new Broadcast
        {
            Id = NewId(),
            SeriesId = series.Id,
            Organisation = series.Organisation,
            Template = template,
            Detail = template == BroadcastTemplate.FreeText ? null : detail,
            Text = template == BroadcastTemplate.FreeText ? detail : null,
            Date = date is { } day && template == BroadcastTemplate.FreeTime ? SeriesSchedule.FormatDate(day) : null,
            OriginalLanguage = account.Language,
            CreatedBy = account.Id,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        broadcasts.Save(broadcast);
        return broadcast;
    }

    /// <summary>The broadcast if it belongs to a group this account runs.</summary>
    public Broadcast? Find(StaffAccount account, string broadcastId)
    {
        ArgumentNullException.ThrowIfNull(account);
        return broadcasts.FindIn(broadcastId, account.Organisation) is { } found && access.Find(account, found.SeriesId) is not null ? found : null;
    }

    /// <summary>The last broadcast sent or scheduled to the group.</summary>
    public Broadcast? Latest(StaffAccount account, string seriesId) =>
        access.Find(account, seriesId) is { } series ? broadcasts.LatestSent(series.Id) : null;

    /// <summary>Adds the facilitator's own translation of a free-text draft.</summary>
    public bool AddVersion(StaffAccount account, string broadcastId, string language, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (Find(account, broadcastId) is not { IsDraft: true, Template: BroadcastTemplate.FreeText } broadcast
            || !languages.TryGet(language, out _) || text.Length == 0 || text.Length > MaxTextLength)
        {
            return false;
        }

        broadcast.Versions[language] = text;
        broadcasts.Save(broadcast);
        return true;
    }

    /// <summary>Exactly what a parent who reads <paramref name="language"/> receives.</summary>
    public OutboundMessage? Preview(StaffAccount account, string broadcastId, string language) =>
        Find(account, broadcastId) is { } broadcast && access.Find(account, broadcast.SeriesId) is { } series
            ? composer.Compose(broadcast, series, language)
            : null;

    /// <summary>The languages of the group's parents, in the order of <c>languages.yaml</c>; the writer's own when nobody joined yet.</summary>
    public IReadOnlyList<string> LanguagesOf(StaffAccount account, string seriesId)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (access.Find(account, seriesId) is not { } series)
        {
            return [];
        }

        var used = recipients.Of(series).Select(r => r.Language).ToHashSet(StringComparer.Ordinal);
        var ordered = languages.All.Select(l => l.Code).Where(used.Contains).ToList();
        return ordered.Count > 0 ? ordered : [account.Language];
    }

    /// <summary>
    /// Sends the draft now, or at <paramref name="at"/> if that is later. Stored as sent before anything is
    /// queued, so a crash in between is finished at the next start. Null if not found or already sent.
    /// </summary>
    public BroadcastSent? Send(StaffAccount account, string broadcastId, DateTimeOffset? at = null)
    {
        var now = time.GetUtcNow();
        var due = at is { } later && later > now ? later : now;
        if (Find(account, broadcastId) is not { IsDraft: true } broadcast || !broadcasts.Schedule(broadcast.Id, due.UtcDateTime))
        {
            return null;
        }

        broadcast.DueUtc = due.UtcDateTime;
        return new BroadcastSent(broadcast, delivery.EnqueueAll(broadcast), due);
    }

    /// <summary>Per parent: queued, sent, failed or unreachable, with the name they gave the group or their number.</summary>
    public BroadcastStatus? Status(StaffAccount account, string broadcastId)
    {
        if (Find(account, broadcastId) is not { } broadcast || access.Find(account, broadcast.SeriesId) is not { } series)
        {
            return null;
        }

        var known = recipients.Of(series).ToDictionary(r => r.Chat.ToString(), StringComparer.Ordinal);
        var rows = outbox.InBatch(broadcast.Batch)
            .Select(e => known.TryGetValue(e.Chat.ToString(), out var r) ? new RecipientStatus(r.Name, r.Number, e.Status, r.Language) : new RecipientStatus(null, 0, e.Status))
            .OrderBy(r => r.Number == 0 ? int.MaxValue : r.Number)
            .ToList();
        return new BroadcastStatus(broadcast, rows);
    }

    private static string NewId() => RandomNumberGenerator.GetString(IdAlphabet, 10);
}

/// <summary>A broadcast handed to the outbox: for how many parents, and when it goes out.</summary>
public sealed record BroadcastSent(Broadcast Broadcast, int Recipients, DateTimeOffset Due);
