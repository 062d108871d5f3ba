using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;

namespace ParentBot.Web.Staff.Visits;

/// <summary>
/// One visit request with Approve / Decline (a reason from the list) / Propose another time (a free time of the same
/// venue). Every decision goes through <see cref="VisitReview"/>, which checks the organisation, tells the parent in
/// their language through the outbox, and audits. Another organisation's request is 404.
/// </summary>
public sealed class RequestModel(VisitReview review, VenueStore venues, StaffStore staff) : VisitStaffPage
{
    public VisitBooking? Booking { get; private set; }

    public string VenueName { get; private set; } = string.Empty;

    public IReadOnlyList<VisitSlot> Times { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public static IReadOnlyList<string> Reasons => DeclineReasons.All;

    public IActionResult OnGet(string id, string? done)
    {
        Notice = done is "approved" or "declined" or "proposed" ? "console.visits.done." + done : null;
        return Show(id);
    }

    public IActionResult OnPostApprove(string id) => Decided(id, review.Approve(Me, id), "approved");

    public IActionResult OnPostDecline(string id, string? reason) => Decided(id, review.Decline(Me, id, reason ?? string.Empty), "declined");

    public IActionResult OnPostPropose(string id, string? time) => Decided(id, review.Propose(Me, id, time ?? string.Empty), "proposed");

    /// <summary>"Sara" for a colleague's step, "the parent" or "ParentBot" otherwise (never the parent's name: we do not have it).</summary>
    public string Who(string by) => by switch
    {
        "parent" => T("console.visits.by.parent"),
        _ when by.StartsWith("staff:", StringComparison.Ordinal) => staff.FindIn(by["staff:".Length..], Me.Organisation)?.DisplayName ?? T("console.visits.by.staff"),
        _ => T("console.visits.by.system"),
    };

    private IActionResult Decided(string id, ReviewOutcome outcome, string done)
    {
        if (outcome == ReviewOutcome.Done)
        {
            return Redirect($"/staff/visits/{Uri.EscapeDataString(id)}?done={done}");
        }

        // The request itself is not found (another organisation's, or no such id): 404. Anything else is said on the page.
        Problem = outcome switch
        {
            ReviewOutcome.NotWaiting => "console.visits.not-waiting",
            ReviewOutcome.Full => "console.visits.slot-full",
            _ => done == "declined" ? "console.visits.pick-reason" : "console.visits.time-gone",
        };
        return Show(id);
    }

    private IActionResult Show(string id)
    {
        Booking = review.Find(Me, id);
        if (Booking is null)
        {
            return NotFound();
        }

        VenueName = venues.Find(Booking.VenueId)?.Name ?? Booking.VenueId;
        Times = Booking.Status == VisitStatus.Requested ? review.ProposableTimes(Me, id) : [];
        return Page();
    }
}
