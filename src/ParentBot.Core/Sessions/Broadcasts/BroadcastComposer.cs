using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// Writes what one parent reads: the group's name, then the message in their language — a filled template,
/// the facilitator's own translation, or the original with a note that it was not translated.
/// </summary>
public sealed class BroadcastComposer(Localizer localizer)
{
    public OutboundMessage Compose(Broadcast broadcast, SessionSeries series, string language)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        ArgumentNullException.ThrowIfNull(series);
        var body = broadcast.Template switch
        {
            BroadcastTemplate.PlaceChanged => localizer.Text(language, "broadcasts.place-changed", Values(("place", broadcast.Detail ?? string.Empty))),
            BroadcastTemplate.BringSomething => localizer.Text(language, "broadcasts.bring", Values(("item", broadcast.Detail ?? string.Empty))),
            BroadcastTemplate.FreeTime => FreeTime(broadcast, series, language),
            _ => FreeText(broadcast, language),
        };
        return Message(series, language, body, "notice:bc:" + broadcast.Id);
    }

    /// <summary>The notice that a meeting will not take place.</summary>
    public OutboundMessage Cancellation(SessionSeries series, Occurrence occurrence, string language) =>
        DateNotice(series, occurrence, language, "broadcasts.date-cancelled", "cxl");

    /// <summary>"Good news: the meeting on … takes place after all", for a cancellation taken back.</summary>
    public OutboundMessage Reinstatement(SessionSeries series, Occurrence occurrence, string language) =>
        DateNotice(series, occurrence, language, "broadcasts.date-reinstated", "rei");

    private OutboundMessage DateNotice(SessionSeries series, Occurrence occurrence, string language, string textKey, string kind)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        var body = localizer.Text(language, textKey, Values(
            ("date", localizer.Date(language, occurrence.StartUtc)), ("time", localizer.Time(language, occurrence.StartUtc))));
        return Message(series, language, body, $"notice:{kind}:{series.Id}:{occurrence.DateKey}");
    }

    private string FreeTime(Broadcast broadcast, SessionSeries series, string language)
    {
        var date = SeriesSchedule.ParseDate(broadcast.Date ?? series.FirstDate);
        var start = SeriesSchedule.On(series, date)?.StartUtc ?? BrusselsClock.AtLocal(date, SeriesSchedule.ParseTime(series.Start));
        return localizer.Text(language, "broadcasts.free-time", Values(("date", localizer.Date(language, start)), ("time", localizer.Time(language, start))));
    }

    private string FreeText(Broadcast broadcast, string language)
    {
        if (broadcast.Versions.TryGetValue(language, out var version))
        {
            return version;
        }

        var original = broadcast.Text ?? string.Empty;
        if (language == broadcast.OriginalLanguage)
        {
            return original;
        }

        var name = localizer.Languages.TryGet(broadcast.OriginalLanguage, out var info) ? info.NativeName : broadcast.OriginalLanguage;
        return original + "\n\n" + localizer.Text(language, "broadcasts.not-translated", Values(("language", name)));
    }

    private OutboundMessage Message(SessionSeries series, string language, string body, string reference)
    {
        var header = localizer.Text(language, "broadcasts.header", Values(("group", series.Name)));
        return new OutboundMessage(header + "\n\n" + body, localizer.DirectionOf(language), [], reference);
    }

    private static Dictionary<string, string> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
