using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using ParentBot.Core.Conversations;

namespace ParentBot.Core.Outbox;

/// <summary>
/// The entries the dispatcher has taken on and not yet seen recorded, with one queue (lane) per chat: a chat's
/// entries go one after another, chats go in parallel. A lane is offered to the workers once, when it opens;
/// the worker that takes it keeps it until it is empty, so entries added to a busy lane simply follow.
/// </summary>
/// <remarks>
/// An entry stays taken until its outcome is written <em>and</em> the next look at the store has begun
/// (<see cref="ForgetSettled"/>): a look that started before the write may still see it queued, and must not
/// take it again.
/// </remarks>
internal sealed class OutboxLanes
{
    private readonly Lock _sync = new();
    private readonly Dictionary<ChatKey, Queue<OutboxEntry>> _lanes = [];
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly List<string> _settled = [];
    private readonly Channel<ChatKey> _ready = Channel.CreateUnbounded<ChatKey>(new UnboundedChannelOptions { SingleWriter = true });
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Chats whose lane has just opened, for the workers to take.</summary>
    public ChannelReader<ChatKey> Ready => _ready.Reader;

    /// <summary>Entries taken whose outcome is not written yet.</summary>
    public int Outstanding
    {
        get
        {
            lock (_sync)
            {
                return _taken.Count - _settled.Count;
            }
        }
    }

    /// <summary>Completes when outcomes were written after this was read.</summary>
    public Task Progress
    {
        get
        {
            lock (_sync)
            {
                return _progress.Task;
            }
        }
    }

    /// <summary>Takes on up to <paramref name="room"/> of <paramref name="due"/> (in their order) that are not taken yet.</summary>
    public int Admit(IEnumerable<OutboxEntry> due, int room)
    {
        var admitted = 0;
        lock (_sync)
        {
            foreach (var entry in due)
            {
                if (admitted == room)
                {
                    break;
                }

                if (!_taken.Add(entry.Key))
                {
                    continue;
                }

                admitted++;
                if (_lanes.TryGetValue(entry.Chat, out var lane))
                {
                    lane.Enqueue(entry);
                }
                else
                {
                    _lanes[entry.Chat] = new Queue<OutboxEntry>([entry]);
                    _ready.Writer.TryWrite(entry.Chat);
                }
            }
        }

        return admitted;
    }

    /// <summary>The chat's next entry; false (and the lane closed) when it has none left.</summary>
    public bool TryNext(ChatKey chat, [MaybeNullWhen(false)] out OutboxEntry entry)
    {
        lock (_sync)
        {
            if (_lanes.TryGetValue(chat, out var lane) && lane.TryDequeue(out entry))
            {
                return true;
            }

            _lanes.Remove(chat);
            entry = null;
            return false;
        }
    }

    /// <summary>These outcomes are written: their entries may be taken on again once the next look begins.</summary>
    public void Settle(IEnumerable<OutboxOutcome> written)
    {
        TaskCompletionSource progress;
        lock (_sync)
        {
            _settled.AddRange(written.Select(o => o.Key));
            progress = _progress;
            _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        progress.TrySetResult();
    }

    /// <summary>Called before reading the store: whatever was written by now, that read sees as written.</summary>
    public void ForgetSettled()
    {
        lock (_sync)
        {
            foreach (var key in _settled)
            {
                _taken.Remove(key);
            }

            _settled.Clear();
        }
    }
}
