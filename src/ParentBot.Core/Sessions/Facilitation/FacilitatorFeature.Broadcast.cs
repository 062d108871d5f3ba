using System.Globalization;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;

namespace ParentBot.Core.Sessions.Facilitation;

/// <summary>Broadcast: choose a template or own text, type the detail, preview per language, send now or later.</summary>
public sealed partial class FacilitatorFeature
{
    private const string LocalMinuteFormat = "yyyyMMddHHmm";

    private bool ShowTemplates(StaffAccount account, string seriesId, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series)
        {
            return false;
        }

        replies.Add(
            replies.Label("facilitator.choose-template"),
            [
                Row(new OutboundButton(replies.Label("facilitator.template-place"), "sg:t:" + series.Id + ":place")),
                Row(new OutboundButton(replies.Label("facilitator.template-bring"), "sg:t:" + series.Id + ":bring")),
                Row(new OutboundButton(replies.Label("facilitator.template-free-time"), "sg:p:" + series.Id)),
                Row(new OutboundButton(replies.Label("facilitator.template-cancelled"), "sg:c:" + series.Id)),
                Row(new OutboundButton(replies.Label("facilitator.template-text"), "sg:t:" + series.Id + ":text")),
                Row(BackTo(replies, series.Id)),
            ],
            "staff:sg:templates");
        return true;
    }

    private bool AskDetail(StaffAccount account, string seriesId, string kind, Flows.FlowContext context, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series || kind is not ("place" or "bring" or "text"))
        {
            return false;
        }

        replies.Add(Text(replies, "facilitator.ask-" + kind, ("language", NativeName(replies, account.Language))), [[BackTo(replies, series.Id)]], "staff:sg:ask");
        Await(context, kind + ":" + series.Id);
        return true;
    }

    private bool ShowFreeTimeDates(StaffAccount account, string seriesId, Replies replies)
    {
        if (groups.Find(account, seriesId) is not { } series)
        {
            return false;
        }

        var rows = Dates(series).Select(o => Row(new OutboundButton(When(replies, o.StartUtc), "sg:pd:" + series.Id + ":" + o.DateKey)))
            .Append(Row(BackTo(replies, series.Id))).ToList();
        replies.Add(replies.Label("facilitator.choose-date"), rows, "staff:sg:dates");
        return true;
    }

    private bool DraftFreeTime(StaffAccount account, string seriesId, string dateKey, Replies replies) =>
        SeriesSchedule.TryParseDateKey(dateKey, out var date)
        && broadcasts.Draft(account, seriesId, BroadcastTemplate.FreeTime, date: date) is { } draft
        && ShowPreview(account, draft.Id, replies);

    private bool DraftAndPreview(StaffAccount account, string seriesId, BroadcastTemplate template, string text, Replies replies) =>
        broadcasts.Draft(account, seriesId, template, text) is { } draft && ShowPreview(account, draft.Id, replies);

    /// <summary>One message per language the group's parents read, exactly as they will get it; then the choices.</summary>
    private bool ShowPreview(StaffAccount account, string broadcastId, Replies replies)
    {
        if (broadcasts.Find(account, broadcastId) is not { IsDraft: true } draft)
        {
            return false;
        }

        foreach (var language in broadcasts.LanguagesOf(account, draft.SeriesId))
        {
            var preview = broadcasts.Preview(account, draft.Id, language)!;
            replies.Add(Text(replies, "facilitator.preview-in", ("language", NativeName(replies, language))) + "\n\n" + preview.Text, [], "staff:sg:preview:" + language);
        }

        var choices = new List<IReadOnlyList<OutboundButton>>
        {
            Row(new OutboundButton(replies.Label("facilitator.send-now"), "sg:bs:" + draft.Id)),
            Row(new OutboundButton(replies.Label("facilitator.send-later"), "sg:bl:" + draft.Id)),
        };
        if (draft.Template == BroadcastTemplate.FreeText)
        {
            choices.Add(Row(new OutboundButton(replies.Label("facilitator.add-version"), "sg:ba:" + draft.Id)));
        }

        choices.Add(Row(new OutboundButton(replies.Label("facilitator.discard"), "sg:bx:" + draft.Id)));
        replies.Add(replies.Label("facilitator.preview-ask"), choices, "staff:sg:preview");
        return true;
    }

    private bool SendNow(StaffAccount account, string broadcastId, Replies replies)
    {
        if (broadcasts.Send(account, broadcastId) is not { } sent)
        {
            return false;
        }

        SayQueued(replies, "facilitator.sent-now", sent);
        return true;
    }

    private bool ShowSendTimes(StaffAccount account, string broadcastId, Replies replies)
    {
        if (broadcasts.Find(account, broadcastId) is not { IsDraft: true } draft || groups.Find(account, draft.SeriesId) is not { } series)
        {
            return false;
        }

        var rows = SendTimes(series).Select(at => Row(new OutboundButton(
                When(replies, at), "sg:bw:" + draft.Id + ":" + BrusselsClock.ToLocal(at).ToString(LocalMinuteFormat, CultureInfo.InvariantCulture))))
            .Append(Row(new OutboundButton(replies.Label("facilitator.discard"), "sg:bx:" + draft.Id)))
            .ToList();
        replies.Add(replies.Label("facilitator.choose-time"), rows, "staff:sg:times");
        return true;
    }

    /// <summary>This evening, tomorrow morning and evening, and the evening before the next meeting — whichever lie ahead.</summary>
    private List<DateTimeOffset> SendTimes(SessionSeries series)
    {
        var today = DateOnly.FromDateTime(BrusselsClock.ToLocal(Now).DateTime);
        var evening = new TimeOnly(18, 0);
        var candidates = new List<DateTimeOffset>
        {
            BrusselsClock.AtLocal(today, evening),
            BrusselsClock.AtLocal(today.AddDays(1), new TimeOnly(8, 0)),
            BrusselsClock.AtLocal(today.AddDays(1), evening),
        };
        if (Dates(series).FirstOrDefault() is { } next)
        {
            candidates.Add(BrusselsClock.AtLocal(next.Date.AddDays(-1), evening));
        }

        return [.. candidates.Where(at => at > Now).Distinct().Order()];
    }

    private bool SendAt(StaffAccount account, string broadcastId, string localMinute, Replies replies)
    {
        if (!DateTime.TryParseExact(localMinute, LocalMinuteFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        var at = BrusselsClock.AtLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        if (at <= Now || broadcasts.Send(account, broadcastId, at) is not { } sent)
        {
            return false;
        }

        SayQueued(replies, "facilitator.sent-later", sent);
        return true;
    }

    private static void SayQueued(Replies replies, string key, BroadcastSent sent)
    {
        replies.Add(
            Text(replies, key, ("count", sent.Recipients.ToString(replies.Localizer.CultureOf(replies.Language))), ("when", When(replies, sent.Due))),
            [
                Row(new OutboundButton(replies.Label("facilitator.status-button"), "sg:bst:" + sent.Broadcast.Id)),
                Row(BackTo(replies, sent.Broadcast.SeriesId)),
            ],
            "staff:sg:sent");
    }

    private bool ShowVersionLanguages(StaffAccount account, string broadcastId, Replies replies)
    {
        if (broadcasts.Find(account, broadcastId) is not { IsDraft: true, Template: BroadcastTemplate.FreeText } draft)
        {
            return false;
        }

        var rows = replies.Localizer.Languages.All.Where(l => l.Code != draft.OriginalLanguage)
            .Select(l => Row(new OutboundButton(l.NativeName, "sg:bv:" + draft.Id + ":" + l.Code)))
            .Append(Row(new OutboundButton(replies.Label("facilitator.discard"), "sg:bx:" + draft.Id)))
            .ToList();
        replies.Add(replies.Label("facilitator.choose-language"), rows, "staff:sg:languages");
        return true;
    }

    private bool AskVersion(StaffAccount account, string broadcastId, string language, Flows.FlowContext context, Replies replies)
    {
        if (broadcasts.Find(account, broadcastId) is not { IsDraft: true, Template: BroadcastTemplate.FreeText } draft
            || !replies.Localizer.Languages.TryGet(language, out var info))
        {
            return false;
        }

        replies.Add(Text(replies, "facilitator.ask-version", ("language", info.NativeName)), [], "staff:sg:ask");
        Await(context, "version:" + draft.Id + ":" + info.Code);
        return true;
    }

    private bool Discard(StaffAccount account, string broadcastId, Replies replies)
    {
        if (broadcasts.Find(account, broadcastId) is not { IsDraft: true } draft)
        {
            return false;
        }

        replies.Say("facilitator.discarded");
        return ShowGroup(account, draft.SeriesId, replies);
    }

    /// <summary>The next meetings that can still be changed: not over, not cancelled.</summary>
    private IEnumerable<Occurrence> Dates(SessionSeries series) => SeriesSchedule.Upcoming(series, Now, 60).Where(o => !o.Cancelled).Take(6);

    private static string NativeName(Replies replies, string language) =>
        replies.Localizer.Languages.TryGet(language, out var info) ? info.NativeName : language;
}
