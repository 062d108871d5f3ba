using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Outbox;

/// <summary>
/// The one dispatcher: takes due entries from the outbox, sends them through their channel — chats in
/// parallel, each chat in order — and records each as sent, unreachable, failed, or due again later with
/// backoff. It is the error boundary per entry. After a restart it simply continues with what is queued.
/// </summary>
/// <remarks>
/// A pipeline rather than batches: the workers never wait for the slowest chat of a batch, because the store
/// is read again whenever the entries in hand run low (<see cref="OutboxLanes"/>), and outcomes are written in
/// groups on their own thread (<see cref="OutboxMarker"/>) while sending goes on.
/// </remarks>
public sealed partial class OutboxDispatcher(
    OutboxStore store, IEnumerable<IChannelSender> senders, ParentStore parents, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    internal const int MaxAttempts = 8;
    private const int Parallelism = 64;

    // In hand at most: well over what the channels' pacing lets out in a second or two. Refilled at half, so the
    // workers never run dry while the store is read.
    private const int InHand = 500;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True while the dispatch loop runs (for /healthz).</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Something was queued: look now rather than at the next tick.</summary>
    public void Wake() => _wake.TrySetResult();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var lanes = new OutboxLanes();
        using var marker = new OutboxMarker(store, lanes.Settle);
        var workers = Enumerable.Range(0, Parallelism).Select(_ => WorkAsync(lanes, marker, stop.Token)).ToArray();
        IsRunning = true;
        try
        {
            await FeedAsync(lanes, Task.WhenAny([.. workers, marker.Writing]).Unwrap(), stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was not sent stays queued for the next start.
        }
        finally
        {
            IsRunning = false;
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

            // Whatever was sent is recorded before we go, so that a restart does not send it again.
            await marker.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Keeps the lanes filled from the store: when they run low, when woken, and once a second.</summary>
    private async Task FeedAsync(OutboxLanes lanes, Task stopped, CancellationToken cancellationToken)
    {
        Task? tick = null;
        var look = true;
        var drained = false;
        while (true)
        {
            var wake = _wake;
            var progress = lanes.Progress;
            if (look || (!drained && lanes.Outstanding <= InHand / 2))
            {
                drained = Refill(lanes);
            }

            tick ??= Task.Delay(Idle, time, cancellationToken);
            var woke = await Task.WhenAny(wake.Task, progress, tick, stopped).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (woke == stopped)
            {
                await stopped.ConfigureAwait(false);
                throw new InvalidOperationException("the outbox workers or writer stopped on their own");
            }

            look = woke == tick || wake.Task.IsCompleted;
            if (woke == tick)
            {
                tick = null;
            }

            if (wake.Task.IsCompleted)
            {
                Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wake);
            }
        }
    }

    /// <summary>Takes on due entries up to <see cref="InHand"/>; true when the store had no more due now.</summary>
    private bool Refill(OutboxLanes lanes)
    {
        lanes.ForgetSettled();
        var outstanding = lanes.Outstanding;
        var room = InHand - outstanding;
        if (room <= 0)
        {
            return false;
        }

        // The entries in hand are still queued in the store and may come first: ask for that many more.
        return lanes.Admit(store.Due(time.GetUtcNow(), outstanding + room), room) < room;
    }

    private async Task WorkAsync(OutboxLanes lanes, OutboxMarker marker, CancellationToken cancellationToken)
    {
        await foreach (var chat in lanes.Ready.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            while (lanes.TryNext(chat, out var entry))
            {
                // Once sent, the outcome is recorded even if we are stopping now.
                marker.Add(await DeliverOneAsync(entry, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    private async Task<OutboxOutcome> DeliverOneAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (parents.Find(entry.Chat) is { Unreachable: true })
        {
            return new OutboxOutcome(entry.Key, OutboxStatus.Unreachable, time.GetUtcNow());
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

        return Outcome(entry, result);
    }

    private OutboxOutcome Outcome(OutboxEntry entry, DeliveryResult result)
    {
        var now = time.GetUtcNow();
        switch (result)
        {
            case DeliveryResult.Sent:
                return new OutboxOutcome(entry.Key, OutboxStatus.Sent, now);
            case DeliveryResult.Unreachable:
                return new OutboxOutcome(entry.Key, OutboxStatus.Unreachable, now);
            case DeliveryResult.RetryLater when entry.Attempts + 1 < MaxAttempts:
                return new OutboxOutcome(entry.Key, OutboxStatus.Queued, now, now + Backoff(entry.Attempts));
            default:
                LogGaveUp(logger, entry.Key, entry.Chat, entry.Attempts + 1);
                return new OutboxOutcome(entry.Key, OutboxStatus.Failed, now);
        }
    }

    /// <summary>5 s, 10 s, 20 s … up to 10 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, attempts)));

    [LoggerMessage(EventId = 60, Level = LogLevel.Error, Message = "Sending outbox entry {Key} to {Chat} failed; it will be retried")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string key, ChatKey chat);

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning, Message = "Gave up on outbox entry {Key} to {Chat} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string key, ChatKey chat, int attempts);
}
