using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ParentBot.Core.Visits.Timeline;

/// <summary>Runs <see cref="VisitTimeline"/> every minute on the injected clock; the error boundary for each run.</summary>
internal sealed partial class VisitTimelineService(VisitTimeline timeline, TimeProvider time, ILogger<VisitTimelineService> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                RunOnce();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not done is due again at the next start.
        }
    }

    private void RunOnce()
    {
        try
        {
            var changed = timeline.RunDue();
            if (changed > 0)
            {
                LogRan(logger, changed);
            }
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 90, Level = LogLevel.Debug, Message = "Visit timeline: {Changed} booking(s) moved on")]
    private static partial void LogRan(ILogger logger, int changed);

    [LoggerMessage(EventId = 91, Level = LogLevel.Error, Message = "Visit timeline run failed; it runs again in a minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
