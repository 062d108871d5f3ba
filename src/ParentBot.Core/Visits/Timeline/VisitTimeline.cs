using Microsoft.Extensions.Options;
using ParentBot.Core.Calendar;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Timeline;

/// <summary>
/// What time does to bookings, done when its time has come (planned lazily, so a cancelled visit sends nothing
/// and nothing is queued to take back): reminders the day before and a few hours before, the question after the
/// visit, a reminder to staff when a request waits too long, expiry of a request nobody answered, and telling staff
/// when a parent who asked to be forgotten had a visit planned. Each step is marked done in the same transaction
/// as its notice is queued, so a restart neither loses nor doubles one.
/// </summary>
public sealed class VisitTimeline(
    VisitLedger ledger, VisitBookingStore bookings, ParentVisitMessages parentMessages, StaffVisitMessages staffMessages, IOptions<VisitOptions> options)
{
    internal const string DayBefore = "remind-day";
    internal const string HoursBefore = "remind-today";
    internal const string StaffReminder = "staff-overdue";
    internal const string AfterVisit = "feedback";

    /// <summary>The day-before reminder goes at this Brussels hour, not in the night.</summary>
    private const int DayBeforeHour = 10;
    private static readonly TimeSpan HoursBeforeVisit = TimeSpan.FromHours(2);
    private static readonly TimeSpan AskAfter = TimeSpan.FromHours(1);

    /// <summary>After a long outage, an old question is not asked any more.</summary>
    private static readonly TimeSpan AskUntil = TimeSpan.FromDays(2);

    /// <summary>Takes every step that is due now; returns how many bookings changed.</summary>
    public int RunDue()
    {
        var changed = 0;
        foreach (var id in bookings.Unsettled().Select(b => b.Id))
        {
            if (ledger.Write(tx => Step(tx, id, ledger.Now)))
            {
                changed++;
            }
        }

        return changed;
    }

    private bool Step(VisitTransaction tx, string id, DateTimeOffset now)
    {
        if (tx.Find(id) is not { Settled: false } booking)
        {
            return false;
        }

        if (booking.Forgotten)
        {
            if (booking.Holds && booking.Start > now)
            {
                tx.EnqueueAll(staffMessages.Tell(booking, "forgotten", now));
            }

            tx.Delete(booking.Id);
            return true;
        }

        var changed = booking.Status switch
        {
            VisitStatus.Requested or VisitStatus.Proposed => Waiting(booking, tx, now),
            VisitStatus.Approved => Planned(booking, tx, now),
            _ => Settle(booking),
        };
        if (changed)
        {
            tx.Save(booking);
        }

        return changed;
    }

    private bool Waiting(VisitBooking booking, VisitTransaction tx, DateTimeOffset now)
    {
        if (now >= booking.Start)
        {
            booking.Move(VisitStatus.Expired, "system", now);
            tx.Enqueue(ParentVisitMessages.ToParent(booking, parentMessages.Expired(booking), "expired", now));
            return true;
        }

        var days = options.Value.AnswerWithinWorkingDays;
        if (booking.Status == VisitStatus.Requested && !booking.Done.Contains(StaffReminder)
            && now >= BrusselsLocalTime.AddWorkingDays(new DateTimeOffset(DateTime.SpecifyKind(booking.CreatedUtc, DateTimeKind.Utc)), days))
        {
            booking.Done.Add(StaffReminder);
            tx.EnqueueAll(staffMessages.Overdue(booking, days, now));
            return true;
        }

        return false;
    }

    private bool Planned(VisitBooking booking, VisitTransaction tx, DateTimeOffset now)
    {
        var decided = booking.DecidedUtc is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : booking.Start;
        var dayBefore = BrusselsLocalTime.ToInstant(BrusselsLocalTime.ToWall(booking.Start).Date.AddDays(-1).AddHours(DayBeforeHour));
        var hoursBefore = booking.Start - HoursBeforeVisit;

        // Each reminder is sent in its own window only, and only if the visit was confirmed before it opened
        // (a parent confirmed an hour ago needs no "tomorrow" message).
        var changed = Remind(booking, tx, now, DayBefore, dayBefore, hoursBefore, decided, today: false)
            | Remind(booking, tx, now, HoursBefore, hoursBefore, booking.Start, decided, today: true);
        if (now >= booking.End + AskAfter && !booking.Done.Contains(AfterVisit))
        {
            booking.Done.Add(AfterVisit);
            booking.Settled = true;
            if (now < booking.End + AskUntil)
            {
                tx.Enqueue(ParentVisitMessages.ToParent(booking, parentMessages.AskFeedback(booking), AfterVisit, now));
            }

            changed = true;
        }

        return changed;
    }

    private bool Remind(
        VisitBooking booking, VisitTransaction tx, DateTimeOffset now, string step, DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset decided, bool today)
    {
        if (now < opens || booking.Done.Contains(step))
        {
            return false;
        }

        booking.Done.Add(step);
        if (now < closes && decided < opens)
        {
            tx.Enqueue(ParentVisitMessages.ToParent(booking, parentMessages.Reminder(booking, today), step, now));
        }

        return true;
    }

    private static bool Settle(VisitBooking booking)
    {
        booking.Settled = true;
        return true;
    }
}
