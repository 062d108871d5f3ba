using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>
/// Hands session reminders to the outbox when they fall due. Planning at due time rather than ahead means a
/// parent who left, muted reminders, or said "I can't come", and a date cancelled since, simply get nothing —
/// no queued message has to be hunted down. Keys make it idempotent; after downtime only the latest reminder
/// still before the start goes out, never a stale "tomorrow" on the morning itself.
/// </summary>
public sealed partial class ReminderPlanner(
    SeriesStore series,
    EnrolmentStore enrolments,
    ParentStore parents,
    OutboxWriter outbox,
    SessionDescriber describer,
    Localizer localizer,
    TimeProvider time,
    ILogger<ReminderPlanner> logger) : BackgroundService
{
    internal static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                PlanDue();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPlanningFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Tick, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Enqueues every reminder due now; returns how many were new.</summary>
    public int PlanDue()
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(BrusselsClock.ToLocal(now).DateTime);
        var added = 0;
        foreach (var group in series.RunningOnOrAfter(SeriesSchedule.FormatDate(today)))
        {
            var leads = SeriesSchedule.LeadsOf(group);
            foreach (var occurrence in SeriesSchedule.Between(group, today, today.AddDays(2)).Where(o => !o.Cancelled && o.StartUtc > now))
            {
                var lead = leads.Where(l => l.DueFor(occurrence) <= now).MaxBy(l => l.DueFor(occurrence));
                if (lead is not null)
                {
                    added += Remind(group, occurrence, lead);
                }
            }
        }

        return added;
    }

    private int Remind(SessionSeries group, Occurrence occurrence, ReminderLead lead)
    {
        var added = 0;
        foreach (var enrolment in enrolments.OfSeries(group.Id).Where(e => !e.Muted))
        {
            var chat = ChatKey.Parse(enrolment.Chat);
            if (enrolments.FindAnswer(group.Id, occurrence.DateKey, chat) is { Coming: false })
            {
                continue;
            }

            var language = parents.Find(chat)?.Language ?? "en";
            if (outbox.Enqueue(chat, Message(group, occurrence, lead, language), $"rem:{group.Id}:{occurrence.DateKey}:{lead.Key}:{enrolment.Chat}"))
            {
                added++;
            }
        }

        return added;
    }

    private OutboundMessage Message(SessionSeries group, Occurrence occurrence, ReminderLead lead, string language)
    {
        var values = describer.DescribeOccurrence(group, occurrence, language);
        var text = localizer.Text(language, lead.EveningAt is null ? "sessions.reminder-soon" : "sessions.reminder-evening", values);
        if (group.Bring.Count > 0)
        {
            text += "\n" + localizer.Text(language, "sessions.bring-line", values);
        }

        IReadOnlyList<IReadOnlyList<OutboundButton>> buttons =
        [
            [
                new OutboundButton(localizer.Text(language, "sessions.coming-button"), AttendanceButtons.Value(group.Id, occurrence.DateKey, "y")),
                new OutboundButton(localizer.Text(language, "sessions.cant-come-button"), AttendanceButtons.Value(group.Id, occurrence.DateKey, "n")),
            ],
        ];
        return new OutboundMessage(text, localizer.DirectionOf(language), buttons, $"notice:reminder:{group.Id}:{occurrence.DateKey}");
    }

    [LoggerMessage(EventId = 90, Level = LogLevel.Error, Message = "Planning session reminders failed; trying again at the next tick")]
    private static partial void LogPlanningFailed(ILogger logger, Exception exception);
}
