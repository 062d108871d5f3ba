using ParentBot.Core.Calendar;
using ParentBot.Core.Conversations;
using ParentBot.Core.Outbox;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Messages;

/// <summary>
/// What parents are told about their visit, in their language: the confirmation (with a calendar file), a
/// decline with its reason and a way on, a proposed time, reminders, and the question after the visit.
/// </summary>
public sealed class ParentVisitMessages(VisitFormat format, VenueStore venues, ParentStore parents)
{
    private const double NearbyKm = 25;

    /// <summary>The parent's language now (they may have changed it since the request), else the request's.</summary>
    public string LanguageOf(VisitBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return booking.Chat is { } chat && parents.Find(ChatKey.Parse(chat))?.Language is { } language ? language : booking.Language;
    }

    public OutboundMessage Confirmed(VisitBooking booking, DateTimeOffset now)
    {
        var language = LanguageOf(booking);
        var venue = venues.Find(booking.VenueId);
        var message = Message(language, "visits.notice.approved", ValuesOf(booking, venue, language), ChangeButtons(booking, language), "notice:visit-approved");
        return message with { Attachment = IcsFile.Attachment(CalendarEntryOf(booking, venue, language, now), "visit.ics") };
    }

    public OutboundMessage Declined(VisitBooking booking)
    {
        var language = LanguageOf(booking);
        var venue = venues.Find(booking.VenueId);
        var values = ValuesOf(booking, venue, language);
        values["reason"] = format.Text(language, "visits.reason." + (booking.DeclineReason ?? DeclineReasons.Other));
        var centre = venue is null ? null : NearestFamilyCentre(venue);
        var suggestion = centre is null
            ? format.Text(language, "visits.notice.suggest")
            : format.Text(language, "visits.notice.suggest-centre", VisitFormat.Values(("centre", centre.Name)));
        var text = format.Text(language, "visits.notice.declined", values) + "\n" + suggestion;
        return Message(language, text, [[Button(language, "visits.act.another", VisitButtons.AnotherTime(booking.Id))],
            [Button(language, "visits.act.other-place", VisitButtons.NewBooking)]], "notice:visit-declined");
    }

    public OutboundMessage Proposed(VisitBooking booking, DateTimeOffset requested)
    {
        var language = LanguageOf(booking);
        var values = ValuesOf(booking, venues.Find(booking.VenueId), language);
        values["new-date"] = values["date"];
        values["new-time"] = values["time"];
        values["date"] = format.Date(language, requested);
        values["time"] = format.Time(language, requested);
        return Message(language, "visits.notice.proposed", values,
            [[Button(language, "visits.act.accept", VisitButtons.Accept(booking.Id)), Button(language, "visits.act.reject", VisitButtons.Reject(booking.Id))]],
            "notice:visit-proposed");
    }

    public OutboundMessage Expired(VisitBooking booking)
    {
        var language = LanguageOf(booking);
        return Message(language, "visits.notice.expired", ValuesOf(booking, venues.Find(booking.VenueId), language),
            [[Button(language, "visits.act.another", VisitButtons.AnotherTime(booking.Id))]], "notice:visit-expired");
    }

    /// <summary>The day before (<paramref name="today"/> false) or a few hours before.</summary>
    public OutboundMessage Reminder(VisitBooking booking, bool today)
    {
        var language = LanguageOf(booking);
        return Message(language, today ? "visits.notice.remind-today" : "visits.notice.remind-day",
            ValuesOf(booking, venues.Find(booking.VenueId), language), ChangeButtons(booking, language), "notice:visit-reminder");
    }

    public OutboundMessage AskFeedback(VisitBooking booking)
    {
        var language = LanguageOf(booking);
        IReadOnlyList<OutboundButton> row = [.. new[] { (3, "good"), (2, "ok"), (1, "bad") }
            .Select(f => Button(language, "visits.feedback." + f.Item2, VisitButtons.Feedback(booking.Id, f.Item1)))];
        return Message(language, "visits.notice.feedback", ValuesOf(booking, venues.Find(booking.VenueId), language), [row], "notice:visit-feedback");
    }

    /// <summary>After the smiley: would they like help with the next step (registration)?</summary>
    public OutboundMessage AskHelp(VisitBooking booking, string language) =>
        Message(language, "visits.notice.help", ValuesOf(booking, venues.Find(booking.VenueId), language),
            [[Button(language, "visits.help.yes", VisitButtons.Help(booking.Id, yes: true)), Button(language, "visits.help.no", VisitButtons.Help(booking.Id, yes: false))]],
            "notice:visit-help");

    /// <summary>The outbox entry taking <paramref name="message"/> to the booking's parent; <paramref name="step"/> makes its key unique.</summary>
    public static OutboxEntry ToParent(VisitBooking booking, OutboundMessage message, string step, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new OutboxEntry($"visit:{booking.Id}:{step}:p", ChatKey.Parse(booking.Chat!), message, now, null, OutboxStatus.Queued, 0);
    }

    /// <summary>Name, address, map link, date and time of the visit, for any visit text.</summary>
    public Dictionary<string, string> ValuesOf(VisitBooking booking, Venue? venue, string language)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return VisitFormat.Values(
            ("venue", venue?.Name ?? booking.VenueId),
            ("address", venue?.Address ?? string.Empty),
            ("map", venue?.MapLink ?? string.Empty),
            ("date", format.Date(language, booking.Start)),
            ("time", format.Time(language, booking.Start)));
    }

    private CalendarEntry CalendarEntryOf(VisitBooking booking, Venue? venue, string language, DateTimeOffset now)
    {
        var values = ValuesOf(booking, venue, language);
        return new CalendarEntry(
            $"visit-{booking.Id}@parentbot", booking.Sequence, format.Text(language, "visits.notice.calendar-title", values),
            format.Text(language, "visits.notice.calendar-text", values), venue?.Address ?? string.Empty, booking.Start, booking.End, now);
    }

    /// <summary>A family centre near the declined venue (not itself), to suggest; none further than a short trip.</summary>
    private Venue? NearestFamilyCentre(Venue from) => venues.OfType(VenueType.FamilyCentre)
        .Where(v => v.Id != from.Id)
        .Select(v => (Venue: v, Km: MunicipalityCatalog.DistanceKm(from.Latitude, from.Longitude, v.Latitude, v.Longitude)))
        .Where(c => c.Km <= NearbyKm)
        .MinBy(c => c.Km).Venue;

    private IReadOnlyList<IReadOnlyList<OutboundButton>> ChangeButtons(VisitBooking booking, string language) =>
        [[Button(language, "visits.act.cancel", VisitButtons.Cancel(booking.Id)), Button(language, "visits.act.another", VisitButtons.AnotherTime(booking.Id))]];

    private OutboundButton Button(string language, string key, string value) => new(format.Text(language, key), value);

    private OutboundMessage Message(
        string language, string key, IReadOnlyDictionary<string, string> values, IReadOnlyList<IReadOnlyList<OutboundButton>> buttons, string reference) =>
        Message(language, format.Text(language, key, values), buttons, reference);

    private OutboundMessage Message(string language, string text, IReadOnlyList<IReadOnlyList<OutboundButton>> buttons, string reference) =>
        new(text, format.Localizer.DirectionOf(language), buttons, reference);
}
