using ParentBot.Core.Conversations;
using ParentBot.Core.Outbox;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits.Messages;

/// <summary>
/// What the staff of a venue's organisation are told on Telegram about visit requests, each in their own language
/// (nl, fr or en): a new request with Approve / Decline / Propose buttons, a reminder when it waits too long, and
/// what the parent did later. Only linked staff whose role reviews visits get them; never a parent's name.
/// </summary>
public sealed class StaffVisitMessages(VisitFormat format, VenueStore venues, StaffStore staff)
{
    private const string Part = "visits-staff.";

    /// <summary>The request as staff read it: venue, time, the child's age, the parent's language and needs.</summary>
    public string Card(VisitBooking booking, string language)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var values = ValuesOf(booking, language);
        values["child"] = Child(booking, language);
        values["language"] = format.Text(language, Part + "language." + booking.Language);
        values["needs"] = format.Text(language, Part + "needs." + booking.Needs);
        return format.Text(language, Part + "request", values);
    }

    public IReadOnlyList<IReadOnlyList<OutboundButton>> ReviewButtons(VisitBooking booking, string language)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return
        [
            [Button(language, "approve", VisitButtons.Approve(booking.Id)), Button(language, "decline", VisitButtons.Decline(booking.Id))],
            [Button(language, "propose", VisitButtons.Propose(booking.Id))],
            [new OutboundButton(format.Text(language, "staff.menu-button"), StaffChat.MenuValue)],
        ];
    }

    /// <summary>A new request; when it replaces an earlier visit ("another time"), staff are told which.</summary>
    public IReadOnlyList<OutboxEntry> NewRequest(VisitBooking booking, VisitBooking? replaced, DateTimeOffset now) =>
        ToReviewers(booking, "new", now, language =>
        {
            var text = Card(booking, language);
            if (replaced is not null)
            {
                text += "\n" + format.Text(language, Part + "replaces", ValuesOf(replaced, language));
            }

            return Message(language, text, ReviewButtons(booking, language));
        });

    /// <summary>A request nobody answered within the promised working days.</summary>
    public IReadOnlyList<OutboxEntry> Overdue(VisitBooking booking, int workingDays, DateTimeOffset now) =>
        ToReviewers(booking, "overdue", now, language =>
        {
            var line = format.Text(language, Part + "overdue", VisitFormat.Values(("days", workingDays.ToString(format.Localizer.CultureOf(language)))));
            return Message(language, line + "\n" + Card(booking, language), ReviewButtons(booking, language));
        });

    /// <summary>
    /// Something the parent did (or that happened) to a visit: <paramref name="what"/> is the text under
    /// <c>visits-staff.told.</c> (cancelled, accepted, rejected, forgotten, feedback, help-yes, help-no).
    /// </summary>
    public IReadOnlyList<OutboxEntry> Tell(VisitBooking booking, string what, DateTimeOffset now) =>
        ToReviewers(booking, what, now, language =>
        {
            var values = ValuesOf(booking, language);
            values["score"] = booking.Feedback is { } score ? format.Text(language, "visits.feedback." + ScoreName(score)) : string.Empty;
            return Message(language, format.Text(language, Part + "told." + what, values), []);
        });

    public static string ScoreName(int score) => score switch
    {
        >= 3 => "good",
        2 => "ok",
        _ => "bad",
    };

    private List<OutboxEntry> ToReviewers(VisitBooking booking, string step, DateTimeOffset now, Func<string, OutboundMessage> message)
    {
        var key = $"visit:{booking.Id}:{booking.History.Count}:{step}";
        return staff.InOrganisation(booking.Organisation)
            .Where(a => a.CanReviewVisits && a.Chat is not null)
            .Select(a => new OutboxEntry($"{key}:{a.Id}", ChatKey.Parse(a.Chat!), message(a.Language), now, null, OutboxStatus.Queued, 0))
            .ToList();
    }

    private Dictionary<string, string> ValuesOf(VisitBooking booking, string language) => VisitFormat.Values(
        ("venue", venues.Find(booking.VenueId)?.Name ?? booking.VenueId),
        ("date", format.Date(language, booking.Start)),
        ("time", format.Time(language, booking.Start)));

    private string Child(VisitBooking booking, string language)
    {
        if (booking.Birth is null)
        {
            return "-";
        }

        var months = VisitFormat.MonthsOld(booking.Birth, booking.Start);
        var culture = format.Localizer.CultureOf(language);
        return months switch
        {
            < 0 => format.Text(language, Part + "child.due", VisitFormat.Values(("month", format.Month(language, booking.Birth)))),
            < 24 => format.Text(language, Part + "child.months", VisitFormat.Values(("count", months.ToString(culture)))),
            _ => format.Text(language, Part + "child.years", VisitFormat.Values(("years", (months / 12).ToString(culture)), ("months", (months % 12).ToString(culture)))),
        };
    }

    private OutboundButton Button(string language, string key, string value) => new(format.Text(language, Part + key), value);

    private OutboundMessage Message(string language, string text, IReadOnlyList<IReadOnlyList<OutboundButton>> buttons) =>
        new(text, format.Localizer.DirectionOf(language), buttons, "notice:visit-staff");
}
