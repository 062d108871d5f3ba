using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Delivery;

namespace ParentBot.Tests.Delivery;

public sealed class SendPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OneChat_GetsItsBurst_ThenOneMessageASecond()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time, new PacingOptions { GlobalPerSecond = 1000, GlobalBurst = 10, PerChatPerSecond = 1, PerChatBurst = 3 });

        var slots = Enumerable.Range(0, 5).Select(_ => pacer.Reserve("tg:1") - Start).ToList();


        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], slots);
    }

    [Fact]
    public void ManyChats_AreSpacedByTheGlobalLimit()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time, new PacingOptions { GlobalPerSecond = 30, PerChatPerSecond = 1 });

        var last = Enumerable.Range(0, 61).Select(i => pacer.Reserve($"tg:{i}")).ToList()[^1];

        Assert.Equal(2.0, (last - Start).TotalSeconds, precision: 3);
    }

    [Fact]
    public async Task WaitTurn_WaitsOnTheClock_AndPauseHoldsEveryone()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time, new PacingOptions { GlobalPerSecond = 1000, PerChatPerSecond = 1000 });
        pacer.PauseUntil(Start.AddSeconds(7));

        var waiting = pacer.WaitTurnAsync("tg:2", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
