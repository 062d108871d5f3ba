using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Outbox;

/// <summary>The dispatcher's pipeline on a real outbox file, with a channel whose sends the test holds and releases.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly HeldSender _sender = new();
    private ParentBotDatabase _database = null!;
    private OutboxStore _store = null!;
    private OutboxDispatcher _dispatcher = null!;

    public async Task InitializeAsync()
    {
        _database = new ParentBotDatabase(Options.Create(new StorageOptions { Path = _dir.DatabasePath }));
        _store = new OutboxStore(_database);
        _dispatcher = new OutboxDispatcher(_store, [_sender], new ParentStore(_database), _time, NullLogger<OutboxDispatcher>.Instance);
        await _dispatcher.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _sender.ReleaseAll();
        await _dispatcher.StopAsync(CancellationToken.None);
        _dispatcher.Dispose();
        _database.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task EntriesQueuedWhileTheirChatIsBusy_FollowInOrder_OtherChatsDoNotWait_NothingTwice()
    {
        _sender.Hold("first");
        Enqueue(1, "first");
        await _sender.Started("first").WaitAsync(Wait);

        // The busy entry is still queued in the store: the look these trigger must not take it again.
        Enqueue(1, "second");
        Enqueue(2, "other chat");
        await _sender.Finished("other chat").WaitAsync(Wait);
        Assert.False(_sender.Started("second").IsCompleted);

        _sender.Release("first");
        await _sender.Finished("second").WaitAsync(Wait);
        await Poll.Eventually(() => _store.CountQueued("test") == 0);

        Assert.Equal("first, second", _sender.SentTo(1));
        Assert.Equal("other chat", _sender.SentTo(2));
        Assert.All(_store.InBatch("test"), e => Assert.Equal(OutboxStatus.Sent, e.Status));
    }

    [Fact]
    public async Task SentJustAsTheDispatcherStops_IsStillMarkedSent()
    {
        Task? stopping = null;
        _sender.OnSend = _ => stopping = _dispatcher.StopAsync(CancellationToken.None);

        Enqueue(3, "last words");
        await _sender.Finished("last words").WaitAsync(Wait);
        await stopping!.WaitAsync(Wait);

        Assert.Equal(OutboxStatus.Sent, _store.Find("last words")!.Status);
    }

    private void Enqueue(long chat, string text)
    {
        _store.Enqueue(new OutboxEntry(
            text, ChatKey.ForTelegram(chat), new OutboundMessage(text, TextDirection.Ltr, [], "notice:test"), _time.GetUtcNow(), "test", OutboxStatus.Queued, 0));
        _dispatcher.Wake();
    }

    /// <summary>A channel that sends at once, except messages the test holds until it releases them.</summary>
    private sealed class HeldSender : IChannelSender
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _started = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<(string Chat, string Text)> _sent = new();

        public string Channel => ChatKey.Telegram;

        public Action<string>? OnSend { get; set; }

        public void Hold(string text) => Signal(_held, text);

        public void Release(string text) => Signal(_held, text).TrySetResult();

        public void ReleaseAll()
        {
            foreach (var held in _held.Values)
            {
                held.TrySetResult();
            }
        }

        public Task Started(string text) => Signal(_started, text).Task;

        public Task Finished(string text) => Signal(_finished, text).Task;

        public string SentTo(long chat) =>
            string.Join(", ", _sent.Where(s => s.Chat == ChatKey.ForTelegram(chat).ToString()).Select(s => s.Text));

        public async Task<DeliveryResult> SendAsync(ChatKey chat, OutboundMessage message, CancellationToken cancellationToken)
        {
            Signal(_started, message.Text).TrySetResult();
            if (_held.TryGetValue(message.Text, out var held))
            {
                await held.Task.WaitAsync(cancellationToken);
            }

            _sent.Enqueue((chat.ToString(), message.Text));
            OnSend?.Invoke(message.Text);
            Signal(_finished, message.Text).TrySetResult();
            return DeliveryResult.Sent;
        }

        private static TaskCompletionSource Signal(ConcurrentDictionary<string, TaskCompletionSource> signals, string text) =>
            signals.GetOrAdd(text, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
