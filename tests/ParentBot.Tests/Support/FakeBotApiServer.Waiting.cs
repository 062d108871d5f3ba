using System.Globalization;
using System.Text;

namespace ParentBot.Tests.Support;

/// <summary>Waiting for what the bot sends, without sleeping: waiters are checked after every call.</summary>
public sealed partial class FakeBotApiServer
{
    private readonly List<Waiter> _waiters = [];

    /// <summary>
    /// Completes as soon as at least <paramref name="count"/> messages have been delivered to
    /// <paramref name="chatId"/> (counting those already there) and returns all of them; throws a
    /// <see cref="TimeoutException"/> saying what did arrive otherwise.
    /// </summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(
        long chatId, int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return WaitUntilAsync<IReadOnlyList<SentMessage>>(
            () =>
            {
                var messages = _sentMessages.Where(m => m.ChatId == chatId).ToList();
                return messages.Count >= count ? messages : null;
            },
            timeout,
            () => DescribeMissingMessages(chatId, count, timeout),
            cancellationToken);
    }

    /// <summary>The first call of <paramref name="method"/> (matching <paramref name="match"/>), received before or after this call.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(
        string method, TimeSpan timeout, Func<RecordedRequest, bool>? match = null, CancellationToken cancellationToken = default) =>
        (await WaitForRequestsAsync(method, 1, timeout, match, cancellationToken))[0];

    /// <summary>Completes once <paramref name="count"/> calls of <paramref name="method"/> (matching <paramref name="match"/>) were received.</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(
        string method,
        int count,
        TimeSpan timeout,
        Func<RecordedRequest, bool>? match = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return WaitUntilAsync<IReadOnlyList<RecordedRequest>>(
            () =>
            {
                var found = _requests
                    .Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && (match is null || match(r)))
                    .ToList();
                return found.Count >= count ? found : null;
            },
            timeout,
            () => DescribeMissingRequests(method, count, timeout),
            cancellationToken);
    }

    /// <summary>Waits until <paramref name="probe"/> (run under the lock) returns non-null.</summary>
    private async Task<T> WaitUntilAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken)
        where T : class
    {
        var waiter = new Waiter(probe);
        lock (_gate)
        {
            if (probe() is { } ready)
            {
                return ready;
            }

            _waiters.Add(waiter);
        }

        try
        {
            return (T)await waiter.Done.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            string description;
            lock (_gate)
            {
                description = describe();
            }

            throw new TimeoutException(description);
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private void SignalWaiters()
    {
        List<(Waiter Waiter, object Result)> ready = [];
        lock (_gate)
        {
            foreach (var waiter in _waiters)
            {
                if (waiter.Probe() is { } result)
                {
                    ready.Add((waiter, result));
                }
            }

            foreach (var (waiter, _) in ready)
            {
                _waiters.Remove(waiter);
            }
        }

        foreach (var (waiter, result) in ready)
        {
            waiter.Done.TrySetResult(result);
        }
    }

    private string DescribeMissingMessages(long chatId, int count, TimeSpan timeout)
    {
        var text = new StringBuilder();
        var mine = _sentMessages.Where(m => m.ChatId == chatId).ToList();
        text.Append(CultureInfo.InvariantCulture, $"Expected {count} message(s) to chat {chatId} within {timeout}, but {mine.Count} arrived");
        text.Append(mine.Count == 0 ? "." : ": " + string.Join("; ", mine.Select(Describe)) + ".");
        var failed = _requests.Where(r => r.ChatId == chatId && !r.Succeeded).ToList();
        if (failed.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Failed calls for that chat: {string.Join(", ", failed.Select(r => $"{r.Method} → {r.StatusCode} {r.Description}"))}.");
        }

        var others = _sentMessages.Where(m => m.ChatId != chatId).ToList();
        text.Append(CultureInfo.InvariantCulture, $" Messages to other chats: {others.Count}");
        text.Append(others.Count == 0 ? "." : " (" + string.Join("; ", others.TakeLast(5).Select(Describe)) + ").");
        return text.ToString();
    }

    private string DescribeMissingRequests(string method, int count, TimeSpan timeout)
    {
        var matching = _requests.Count(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase));
        var seen = _requests.GroupBy(r => r.Method, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Expected {count} matching {method} call(s) within {timeout}; {matching} {method} call(s) arrived in all. Calls received: {(_requests.Count == 0 ? "none" : string.Join(", ", seen))}.");
    }

    private sealed class Waiter(Func<object?> probe)
    {
        public Func<object?> Probe { get; } = probe;

        public TaskCompletionSource<object> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
