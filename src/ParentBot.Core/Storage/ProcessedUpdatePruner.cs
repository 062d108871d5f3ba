using Microsoft.Extensions.Hosting;

namespace ParentBot.Core.Storage;

/// <summary>
/// Forgets handled update ids after a week, every six hours: platforms redeliver within hours, and the
/// collection would otherwise grow with every message ever received.
/// </summary>
internal sealed class ProcessedUpdatePruner(TurnStore store, TimeProvider time) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromHours(6);
    internal static readonly TimeSpan KeepFor = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                store.PruneHandled((time.GetUtcNow() - KeepFor).UtcDateTime);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
