namespace ParentBot.Core.Delivery;

/// <summary>
/// Decides when the next message may go out so that both the global and the per-chat limit hold
/// (a generic cell-rate algorithm per bucket: each send reserves the next free slot). Concurrent callers
/// get increasing slots. Waits use <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
public sealed class SendPacer(TimeProvider time, PacingOptions options)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, DateTimeOffset> _chatNext = new(StringComparer.Ordinal);
    private DateTimeOffset _globalNext = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until a message to <paramref name="chat"/> may be sent, and reserves that slot.</summary>
    public async Task WaitTurnAsync(string chat, CancellationToken cancellationToken)
    {
        var sendAt = Reserve(chat);
        var wait = sendAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
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

    internal DateTimeOffset Reserve(string chat)
    {
        var globalInterval = TimeSpan.FromSeconds(1 / options.GlobalPerSecond);
        var chatInterval = TimeSpan.FromSeconds(1 / options.PerChatPerSecond);
        lock (_sync)
        {
            var now = time.GetUtcNow();
            var chatTat = _chatNext.TryGetValue(chat, out var t) ? t : DateTimeOffset.MinValue;
            var sendAt = Max(now, _pausedUntil);
            sendAt = Max(sendAt, Allowed(_globalNext, globalInterval, options.GlobalBurst));
            sendAt = Max(sendAt, Allowed(chatTat, chatInterval, options.PerChatBurst));
            _globalNext = Max(_globalNext, sendAt) + globalInterval;
            _chatNext[chat] = Max(chatTat, sendAt) + chatInterval;
            if (_chatNext.Count > 10_000)
            {
                Sweep(now);
            }

            return sendAt;
        }
    }

    private static DateTimeOffset Allowed(DateTimeOffset tat, TimeSpan interval, int burst) =>
        tat == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : tat - (interval * (Math.Max(burst, 1) - 1));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var idle in _chatNext.Where(kv => kv.Value < now).Select(kv => kv.Key).ToList())
        {
            _chatNext.Remove(idle);
        }
    }
}
