namespace ParentBot.Core.Delivery;

/// <summary>
/// Decides when the next message may go out so that both the global and the per-chat limit hold. Sends are
/// spaced by a generic cell-rate algorithm per bucket (each send reserves the next free slot; concurrent callers
/// get increasing slots), and in all they take one of <see cref="PacingOptions.GlobalPerSecond"/> places, each
/// held from its turn until a second after the platform answered. Waits use <see cref="TimeProvider"/>, so tests
/// drive it with a fake clock.
/// </summary>
/// <remarks>
/// Why places and not a rate a little under the limit: the platform counts a message in its own second when the
/// message arrives, which is somewhere between our send and its answer. Even spacing at the full rate lets one
/// late arrival and a prompt one a second later fall into the same platform second (a 429, and a second's pause);
/// a rate cut of a few percent only moves that line while costing those percent on every message. A place freed
/// a second after the answer can never be counted in one second with the message that held it, whatever the
/// network and the platform's load do. The price: each place carries one message per second plus one answer
/// time, so the rate is the limit divided by (1 s + answer time) — under 1% less with a near server, about 9% less
/// if answers take 100 ms — and no 429 of our own making (a real one costs everyone retry_after seconds).
/// </remarks>
public sealed class SendPacer
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    // Spacing alone would pass every delay on: one send late by some milliseconds (a busy machine, a slow answer)
    // pushes every later slot back by as much, for good. Letting the global bucket run this much ahead of its
    // even spacing lets the others keep their time; the places still hold the limit.
    private static readonly TimeSpan CatchUp = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider _time;
    private readonly PacingOptions _options;
    private readonly Lock _sync = new();
    private readonly Dictionary<string, DateTimeOffset> _chatNext = new(StringComparer.Ordinal);
    private readonly PriorityQueue<DateTimeOffset, DateTimeOffset> _freePlaces = new();
    private readonly Queue<(string Chat, TaskCompletionSource<DateTimeOffset> Turn)> _waiting = new();
    private DateTimeOffset _globalNext = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public SendPacer(TimeProvider time, PacingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _options = options;

        // A configured burst above the rate (tests on a fake clock) brings as many places.
        var places = Math.Max(1, Math.Max(options.GlobalBurst, (int)Math.Floor(options.GlobalPerSecond * Window.TotalSeconds)));
        for (var i = 0; i < places; i++)
        {
            _freePlaces.Enqueue(DateTimeOffset.MinValue, DateTimeOffset.MinValue);
        }
    }

    /// <summary>
    /// Waits until a message to <paramref name="chat"/> may be sent and reserves that turn. Dispose the turn when
    /// the platform answered, or the send failed: its place is free again a second later.
    /// </summary>
    public async Task<SendTurn> WaitTurnAsync(string chat, CancellationToken cancellationToken)
    {
        var sendAt = await TakePlaceAsync(chat, cancellationToken).ConfigureAwait(false);
        try
        {
            // Timers run on a millisecond tick and may fire a little early: wait until the clock says so.
            for (var wait = sendAt - _time.GetUtcNow(); wait > TimeSpan.Zero; wait = sendAt - _time.GetUtcNow())
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Nothing was sent: the place is free at once.
            Free(_time.GetUtcNow());
            throw;
        }

        return new SendTurn(this);
    }

    /// <summary>The platform said "too many requests, retry after …": nothing goes out before then.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_sync)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>The earliest slot not before <paramref name="notBefore"/> that keeps both rates, reserved.</summary>
    internal DateTimeOffset Reserve(string chat, DateTimeOffset notBefore = default)
    {
        var globalInterval = TimeSpan.FromSeconds(1 / _options.GlobalPerSecond);
        var chatInterval = TimeSpan.FromSeconds(1 / _options.PerChatPerSecond);
        lock (_sync)
        {
            var now = _time.GetUtcNow();
            var chatTat = _chatNext.TryGetValue(chat, out var t) ? t : DateTimeOffset.MinValue;
            var sendAt = Max(Max(now, notBefore), _pausedUntil);
            sendAt = Max(sendAt, Allowed(_globalNext, Max(globalInterval * (_options.GlobalBurst - 1), CatchUp)));
            sendAt = Max(sendAt, Allowed(chatTat, chatInterval * (_options.PerChatBurst - 1)));
            _globalNext = Max(_globalNext, sendAt) + globalInterval;
            _chatNext[chat] = Max(chatTat, sendAt) + chatInterval;
            if (_chatNext.Count > 10_000)
            {
                Sweep(now);
            }

            return sendAt;
        }
    }

    /// <summary>A turn's send is over (answered or failed).</summary>
    internal void Release() => Free(_time.GetUtcNow() + Window);

    private Task<DateTimeOffset> TakePlaceAsync(string chat, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            if (_freePlaces.TryDequeue(out var freeAt, out _))
            {
                return Task.FromResult(Reserve(chat, freeAt));
            }

            var turn = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((chat, turn));
            return WaitForPlaceAsync(turn, cancellationToken);
        }
    }

    private static async Task<DateTimeOffset> WaitForPlaceAsync(TaskCompletionSource<DateTimeOffset> turn, CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(() => turn.TrySetCanceled(cancellationToken)))
        {
            return await turn.Task.ConfigureAwait(false);
        }
    }

    /// <summary>A place is free from <paramref name="at"/>: to the longest waiting caller, or back to the pool.</summary>
    private void Free(DateTimeOffset at)
    {
        lock (_sync)
        {
            while (_waiting.TryDequeue(out var waiter))
            {
                // A caller that gave up (cancelled) loses the race here, and the place goes to the next one.
                if (!waiter.Turn.Task.IsCompleted && waiter.Turn.TrySetResult(Reserve(waiter.Chat, at)))
                {
                    return;
                }
            }

            _freePlaces.Enqueue(at, at);
        }
    }

    /// <summary>The earliest conforming time of a bucket whose next slot is <paramref name="tat"/>, with that much tolerance.</summary>
    private static DateTimeOffset Allowed(DateTimeOffset tat, TimeSpan tolerance) =>
        tat == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : tat - Max(tolerance, TimeSpan.Zero);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var idle in _chatNext.Where(kv => kv.Value < now).Select(kv => kv.Key).ToList())
        {
            _chatNext.Remove(idle);
        }
    }
}
