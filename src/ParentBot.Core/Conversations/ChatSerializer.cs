namespace ParentBot.Core.Conversations;

/// <summary>
/// One turn at a time per chat, any number of chats at once. A chat's gate exists only while someone
/// holds or waits for it, so memory does not grow with the number of parents.
/// </summary>
public sealed class ChatSerializer
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    public async Task<IDisposable> EnterAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        var key = chat.ToString();
        Gate gate;
        lock (_sync)
        {
            if (!_gates.TryGetValue(key, out gate!))
            {
                gate = new Gate();
                _gates[key] = gate;
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Release(key, gate, entered: false);
            throw;
        }

        return new Lease(this, key, gate);
    }

    /// <summary>How many chats currently have a gate (for tests: it returns to zero when idle).</summary>
    public int ActiveChats
    {
        get
        {
            lock (_sync)
            {
                return _gates.Count;
            }
        }
    }

    private void Release(string key, Gate gate, bool entered)
    {
        if (entered)
        {
            gate.Semaphore.Release();
        }

        lock (_sync)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(ChatSerializer owner, string key, Gate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(key, gate, entered: true);
            }
        }
    }
}
