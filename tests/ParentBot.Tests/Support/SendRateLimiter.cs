using System.Diagnostics;

namespace ParentBot.Tests.Support;

/// <summary>
/// Sliding one-second windows, one for all sends and one per chat, on <see cref="Stopwatch"/> timestamps.
/// Not thread-safe: the server calls it under its lock.
/// </summary>
internal sealed class SendRateLimiter(int globalPerSecond, int perChatPerSecond)
{
    private readonly Queue<long> _global = new();
    private readonly Dictionary<long, Queue<long>> _perChat = [];

    public bool TryAcquire(long? chatId, long timestamp)
    {
        var windowStart = timestamp - Stopwatch.Frequency;
        Prune(_global, windowStart);
        Queue<long>? chat = null;
        if (chatId is long id)
        {
            if (!_perChat.TryGetValue(id, out chat))
            {
                chat = new Queue<long>();
                _perChat[id] = chat;
            }

            Prune(chat, windowStart);
        }

        if (_global.Count >= globalPerSecond || chat?.Count >= perChatPerSecond)
        {
            return false;
        }

        _global.Enqueue(timestamp);
        chat?.Enqueue(timestamp);
        return true;
    }

    private static void Prune(Queue<long> window, long windowStart)
    {
        while (window.Count > 0 && window.Peek() <= windowStart)
        {
            window.Dequeue();
        }
    }
}
