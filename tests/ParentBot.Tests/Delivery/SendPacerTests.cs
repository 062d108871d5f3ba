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
    public void ManyChats_AreSpacedByTheGlobalLimit_WithATenthOfASecondToCatchUp()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time, new PacingOptions { GlobalPerSecond = 30, PerChatPerSecond = 1 });

        var slots = Enumerable.Range(0, 61).Select(i => (pacer.Reserve($"tg:{i}") - Start).TotalSeconds).ToList();

        Assert.Equal(0.0, slots[3], precision: 3);
        Assert.Equal(1.9, slots[^1], precision: 3);
        Assert.Equal(1 / 30.0, slots[^1] - slots[^2], precision: 3);
    }

    [Fact]
    public async Task APlace_IsFreeASecondAfterTheAnswer_NotAtTheNextEvenSlot()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time, new PacingOptions { GlobalPerSecond = 2, PerChatPerSecond = 1000 });
        var first = await pacer.WaitTurnAsync("tg:1", CancellationToken.None);
        var second = pacer.WaitTurnAsync("tg:2", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(0.4));
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        time.Advance(TimeSpan.FromSeconds(0.1));
        first.Dispose();
        var third = pacer.WaitTurnAsync("tg:3", CancellationToken.None);

        // Even spacing alone would let the third go at 0.9 s; the first's place is taken until 1.5 s.
        time.Advance(TimeSpan.FromSeconds(0.99));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.01));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ACallerThatGivesUpWaiting_LeavesThePlaceToTheNext()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = new SendPacer(time, new PacingOptions { GlobalPerSecond = 1, PerChatPerSecond = 1000 });
        var first = await pacer.WaitTurnAsync("tg:1", CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var quitter = pacer.WaitTurnAsync("tg:2", giveUp.Token);
        var patient = pacer.WaitTurnAsync("tg:3", CancellationToken.None);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => quitter);
        first.Dispose();
        time.Advance(TimeSpan.FromSeconds(1));

        (await patient.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
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
