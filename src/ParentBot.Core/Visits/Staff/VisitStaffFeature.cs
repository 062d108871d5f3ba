using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Staff;

/// <summary>
/// "Visit requests" for linked staff on Telegram: the requests of their organisation waiting for an answer, and
/// Approve / Decline (with a reason from a list) / Propose another time on each — the same decisions as the staff
/// console, through <see cref="VisitReview"/>, which refuses another organisation's ids.
/// </summary>
public sealed class VisitStaffFeature(VisitReview review, StaffVisitMessages messages, VisitFormat format, VenueStore venues) : IStaffFeature
{
    private const int MaxTimes = 8;
    private const string Part = "visits-staff.";

    public string Prefix => VisitButtons.StaffPrefix;

    public string MenuLabel => Part + "menu";

    public bool IsFor(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.CanReviewVisits;
    }

    public Task<bool> HandleButtonAsync(string value, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(replies);
        var handled = VisitButtons.Parts(value, Prefix) switch
        {
            ["menu"] => List(account, replies),
            ["o", var id] => Show(account, replies, id),
            ["ok", var id] => Answer(account, replies, id, review.Approve(account, id), "approved"),
            ["no", var id] => Reasons(account, replies, id),
            ["nr", var id, var reason] => Answer(account, replies, id, review.Decline(account, id, reason), "declined"),
            ["pt", var id] => Times(account, replies, id),
            ["ps", var id, var key] => Answer(account, replies, id, review.Propose(account, id, key), "proposed"),
            _ => false,
        };
        return Task.FromResult(handled);
    }

    public Task HandleTextAsync(string text, StaffAccount account, FlowContext context, Replies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        replies.Say("staff.use-buttons");
        return Task.CompletedTask;
    }

    private bool List(StaffAccount account, Replies replies)
    {
        var waiting = review.Waiting(account);
        var rows = waiting.Select(b => (IReadOnlyList<OutboundButton>)[new OutboundButton(
            $"{format.ButtonTime(replies.Language, b.Start)} · {venues.Find(b.VenueId)?.Name ?? b.VenueId}", VisitButtons.Open(b.Id))]).ToList();
        rows.Add([StaffChat.MenuButton(replies)]);
        var text = waiting.Count == 0
            ? replies.Label(Part + "none")
            : format.Text(replies.Language, Part + "list", VisitFormat.Values(("count", waiting.Count.ToString(format.Localizer.CultureOf(replies.Language)))));
        replies.Add(text, rows, "staff:visits");
        return true;
    }

    private bool Show(StaffAccount account, Replies replies, string id)
    {
        if (review.Find(account, id) is not { } booking)
        {
            return false;
        }

        if (booking.Status != VisitStatus.Requested)
        {
            return Say(replies, "not-waiting");
        }

        replies.Add(messages.Card(booking, replies.Language), messages.ReviewButtons(booking, replies.Language), "staff:visit");
        return true;
    }

    private bool Reasons(StaffAccount account, Replies replies, string id)
    {
        if (review.Find(account, id) is not { } booking)
        {
            return false;
        }

        var rows = DeclineReasons.All
            .Select(r => (IReadOnlyList<OutboundButton>)[new OutboundButton(replies.Label(Part + "reason." + r), VisitButtons.DeclineFor(booking.Id, r))])
            .Append([StaffChat.MenuButton(replies)]);
        replies.Add(replies.Label(Part + "reasons"), [.. rows], "staff:visit-reasons");
        return true;
    }

    private bool Times(StaffAccount account, Replies replies, string id)
    {
        if (review.Find(account, id) is not { } booking)
        {
            return false;
        }

        var times = review.ProposableTimes(account, id).Take(MaxTimes)
            .Select(s => (IReadOnlyList<OutboundButton>)[new OutboundButton(format.ButtonTime(replies.Language, s.Start), VisitButtons.ProposeAt(booking.Id, s.Key))])
            .ToList();
        times.Add([StaffChat.MenuButton(replies)]);
        replies.Add(replies.Label(Part + (times.Count > 1 ? "times" : "no-times")), times, "staff:visit-times");
        return true;
    }

    private bool Answer(StaffAccount account, Replies replies, string id, ReviewOutcome outcome, string done) => outcome switch
    {
        ReviewOutcome.Done => Say(replies, "done." + done),
        ReviewOutcome.NotWaiting => Say(replies, "not-waiting"),
        ReviewOutcome.Full => Say(replies, "slot-full") && Times(account, replies, id),
        _ => false,
    };

    private static bool Say(Replies replies, string key)
    {
        replies.Add(replies.Label(Part + key), [[StaffChat.MenuButton(replies)]], "staff:" + key);
        return true;
    }
}
