using Microsoft.Extensions.Hosting;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// At start, finishes queuing any broadcast a crash interrupted: the broadcast is stored as sent before its
/// entries are queued, and queuing is idempotent per parent.
/// </summary>
internal sealed class BroadcastResumer(BroadcastStore broadcasts, BroadcastDelivery delivery) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var broadcast in broadcasts.NotYetEnqueued())
        {
            delivery.EnqueueAll(broadcast);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
