using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Outbox;

/// <summary>
/// The one dispatcher: takes due entries from the outbox, sends them through their channel — chats in
/// parallel, each chat in order — and marks each as sent, unreachable, failed, or due again later with
/// backoff. It is the error boundary per entry. After a restart it simply continues with what is queued.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboxStore store, IEnumerable<IChannelSender> senders, ParentStore parents, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    internal const int MaxAttempts = 8;
    private const int BatchSize = 500;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True while the dispatch loop runs (for /healthz).</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Something was queued: look now rather than at the next tick.</summary>
    public void Wake() => _signal.TrySetResult();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IsRunning = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var signal = _signal;
                var due = store.Due(time.GetUtcNow(), BatchSize);
                if (due.Count > 0)
                {
                    await DeliverAsync(due, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                await Task.WhenAny(signal.Task, Task.Delay(Idle, time, stoppingToken)).ConfigureAwait(false);
                Interlocked.CompareExchange(ref _signal, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), signal);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was not marked sent stays queued for the next start.
        }
        finally
        {
            IsRunning = false;
        }
    }

    private Task DeliverAsync(IReadOnlyList<OutboxEntry> due, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(due.GroupBy(e => e.Chat), new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = cancellationToken },
            async (chat, ct) =>
            {
                foreach (var entry in chat)
                {
                    await DeliverOneAsync(entry, ct).ConfigureAwait(false);
                }
            });

    private async Task DeliverOneAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (parents.Find(entry.Chat) is { Unreachable: true })
        {
            store.MarkFinal(entry.Key, OutboxStatus.Unreachable);
            return;
        }

        DeliveryResult result;
        try
        {
            result = _senders.TryGetValue(entry.Chat.Channel, out var sender)
                ? await sender.SendAsync(entry.Chat, entry.Message, cancellationToken).ConfigureAwait(false)
                : DeliveryResult.Rejected;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(logger, ex, entry.Key, entry.Chat);
            result = DeliveryResult.RetryLater;
        }

        Record(entry, result);
    }

    private void Record(OutboxEntry entry, DeliveryResult result)
    {
        switch (result)
        {
            case DeliveryResult.Sent:
                store.MarkSent(entry.Key, time.GetUtcNow());
                break;
            case DeliveryResult.Unreachable:
                store.MarkFinal(entry.Key, OutboxStatus.Unreachable);
                break;
            case DeliveryResult.RetryLater when entry.Attempts + 1 < MaxAttempts:
                store.Reschedule(entry.Key, time.GetUtcNow() + Backoff(entry.Attempts));
                break;
            default:
                store.MarkFinal(entry.Key, OutboxStatus.Failed);
                LogGaveUp(logger, entry.Key, entry.Chat, entry.Attempts + 1);
                break;
        }
    }

    /// <summary>5 s, 10 s, 20 s … up to 10 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, attempts)));

    [LoggerMessage(EventId = 60, Level = LogLevel.Error, Message = "Sending outbox entry {Key} to {Chat} failed; it will be retried")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string key, ChatKey chat);

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning, Message = "Gave up on outbox entry {Key} to {Chat} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string key, ChatKey chat, int attempts);
}
