using System.Collections.Concurrent;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Outbox;

/// <summary>
/// Writes delivery outcomes to the outbox on its own thread, as a group commit: whatever finished while one
/// transaction was being written goes into the next. A transaction is a flush to disk (milliseconds), so one
/// per message capped a broadcast below Telegram's limit and kept threads waiting on the write lock.
/// </summary>
/// <remarks>
/// The price is a wider window for a crash: an outcome not yet written is lost with the process, so a message
/// sent just before a crash stays queued and is sent once more after the restart. That was already so for a
/// crash between sending and marking; it now covers the few milliseconds of one group. Nothing is lost, and a
/// message marked sent is never sent again. A normal stop (<see cref="CompleteAsync"/>) writes everything first.
/// </remarks>
internal sealed class OutboxMarker : IDisposable
{
    private readonly BlockingCollection<OutboxOutcome> _pending = [];
    private readonly OutboxStore _store;
    private readonly Action<IReadOnlyList<OutboxOutcome>> _written;

    public OutboxMarker(OutboxStore store, Action<IReadOnlyList<OutboxOutcome>> written)
    {
        _store = store;
        _written = written;
        Writing = Task.Factory.StartNew(WriteAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Runs until <see cref="CompleteAsync"/>; faults if a write fails.</summary>
    public Task Writing { get; }

    public void Add(OutboxOutcome outcome) => _pending.Add(outcome);

    /// <summary>Writes what is pending, then stops.</summary>
    public Task CompleteAsync()
    {
        _pending.CompleteAdding();
        return Writing;
    }

    public void Dispose() => _pending.Dispose();

    private void WriteAll()
    {
        var group = new List<OutboxOutcome>();
        foreach (var first in _pending.GetConsumingEnumerable())
        {
            group.Add(first);
            while (_pending.TryTake(out var next))
            {
                group.Add(next);
            }

            _store.Record(group);
            _written(group);
            group.Clear();
        }
    }
}
