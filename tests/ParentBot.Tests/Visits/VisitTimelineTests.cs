using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Core.Visits.Timeline;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>
/// What time does to visits. The visit is on Wednesday 25 November 2026 at 14:00 in Brussels (13:00 UTC); the
/// clock starts on Monday 23 November, 09:00 UTC.
/// </summary>
public sealed class VisitTimelineTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] ParentSteps = ["remind-day", "remind-today", "feedback", "expired"];
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<(ChatKey Parent, string Id)> ApprovedVisitAsync(EngineWorld world)
    {
        var parent = await world.NewParentAsync("en");
        await VisitTestData.BookAsync(world, parent);
        var id = world.Services.GetRequiredService<VisitBookingStore>().OfChat(parent).Single().Id;
        Assert.Equal(ReviewOutcome.Done, world.Services.GetRequiredService<VisitReview>().Approve(VisitTestData.Sara(world.Services), id));
        return (parent, id);
    }

    /// <summary>Moves the clock to <paramref name="utc"/> and takes the due steps, twice (a second run must add nothing).</summary>
    private static void At(EngineWorld world, DateTimeOffset utc)
    {
        world.Time.SetUtcNow(utc);
        var timeline = world.Services.GetRequiredService<VisitTimeline>();
        timeline.RunDue();
        timeline.RunDue();
    }

    private static IReadOnlyList<string?> NoticesTo(EngineWorld world, ChatKey chat, string id) =>
        [.. ParentSteps
            .Select(step => world.Services.GetRequiredService<OutboxStore>().Find($"visit:{id}:{step}:p"))
            .Where(e => e is not null && e.Chat == chat).Select(e => e!.Key)];

    [Fact]
    public async Task ConfirmedVisit_IsRemindedTheDayBefore_AndTwoHoursBefore_ThenAskedHowItWas()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(Start));
        VisitTestData.Seed(world.Services);
        var (parent, id) = await ApprovedVisitAsync(world);
        var outbox = world.Services.GetRequiredService<OutboxStore>();

        At(world, new DateTimeOffset(2026, 11, 24, 8, 59, 0, TimeSpan.Zero));
        Assert.Empty(NoticesTo(world, parent, id));
        At(world, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var day = outbox.Find($"visit:{id}:remind-day:p")!;
        Assert.StartsWith("Reminder: tomorrow, Wednesday 25 November 2026, at 14:00", day.Message.Text, StringComparison.Ordinal);
        At(world, new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("Today at 14:00", outbox.Find($"visit:{id}:remind-today:p")!.Message.Text, StringComparison.Ordinal);
        At(world, new DateTimeOffset(2026, 11, 25, 14, 30, 0, TimeSpan.Zero));

        Assert.Equal([$"visit:{id}:remind-day:p", $"visit:{id}:remind-today:p", $"visit:{id}:feedback:p"], NoticesTo(world, parent, id));
        var question = outbox.Find($"visit:{id}:feedback:p")!.Message;
        var thanks = await world.PressAsync(parent, question.Buttons[0].Single(b => b.Label == "🙂").Value);
        var help = await world.PressAsync(parent, thanks.Button(VisitButtons.Help(id, yes: true)).Value);
        Assert.Equal(["text:visits.notice.feedback-thanks", "notice:visit-help"], thanks.Refs());
        Assert.Equal("text:visits.notice.help-yes", Assert.Single(help).Ref);
        var booking = world.Services.GetRequiredService<VisitBookingStore>().Find(id)!;
        Assert.Equal((3, true, true), (booking.Feedback, booking.WantsHelp, booking.Settled));
        Assert.Contains("🙂", outbox.Find($"visit:{id}:2:feedback:sara")!.Message.Text, StringComparison.Ordinal);
        Assert.Contains("hulp bij de inschrijving", outbox.Find($"visit:{id}:2:help-yes:sara")!.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelledVisit_GetsNoReminderAndNoQuestion()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(Start));
        VisitTestData.Seed(world.Services);
        var (parent, id) = await ApprovedVisitAsync(world);
        Assert.True(world.Services.GetRequiredService<VisitRequests>().Cancel(parent, id));

        foreach (var day in new[] { 24, 25, 26 })
        {
            At(world, new DateTimeOffset(2026, 11, day, 12, 0, 0, TimeSpan.Zero));
        }

        Assert.Empty(NoticesTo(world, parent, id));
        Assert.True(world.Services.GetRequiredService<VisitBookingStore>().Find(id)!.Settled);
    }

    [Fact]
    public async Task ConfirmedTheEveningBefore_GetsOnlyTheReminderOnTheDay()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(Start));
        VisitTestData.Seed(world.Services);
        var parent = await world.NewParentAsync("en");
        await VisitTestData.BookAsync(world, parent);
        var id = world.Services.GetRequiredService<VisitBookingStore>().OfChat(parent).Single().Id;

        At(world, new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        world.Services.GetRequiredService<VisitReview>().Approve(VisitTestData.Sara(world.Services), id);
        At(world, new DateTimeOffset(2026, 11, 25, 11, 30, 0, TimeSpan.Zero));

        Assert.Equal([$"visit:{id}:remind-today:p"], NoticesTo(world, parent, id));
    }

    [Fact]
    public async Task UnansweredRequest_RemindsStaffAfterTwoWorkingDays_ThenExpiresKindly()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(Start));
        VisitTestData.Seed(world.Services);
        var parent = await world.NewParentAsync("en");
        await VisitTestData.BookAsync(world, parent);
        var id = world.Services.GetRequiredService<VisitBookingStore>().OfChat(parent).Single().Id;
        var outbox = world.Services.GetRequiredService<OutboxStore>();

        At(world, new DateTimeOffset(2026, 11, 25, 8, 59, 0, TimeSpan.Zero));
        Assert.Null(outbox.Find($"visit:{id}:1:overdue:sara"));
        At(world, new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var overdue = outbox.Find($"visit:{id}:1:overdue:sara")!;
        At(world, new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));

        Assert.StartsWith("⏰ Deze aanvraag wacht al 2 werkdagen", overdue.Message.Text, StringComparison.Ordinal);
        Assert.Contains(overdue.Message.Buttons.SelectMany(r => r), b => b.Value == VisitButtons.Approve(id));
        Assert.Equal([$"visit:{id}:expired:p"], NoticesTo(world, parent, id));
        Assert.Equal(VisitStatus.Expired, world.Services.GetRequiredService<VisitBookingStore>().Find(id)!.Status);
        Assert.Equal(ReviewOutcome.NotWaiting, world.Services.GetRequiredService<VisitReview>().Approve(VisitTestData.Sara(world.Services), id));
    }

    [Fact]
    public async Task Restart_BetweenTheReminders_NeitherLosesNorDoublesOne()
    {
        var time = new FakeTimeProvider(Start);
        ChatKey parent;
        string id;
        await using (var before = new EngineWorld(_dir.DatabasePath, time))
        {
            VisitTestData.Seed(before.Services);
            (parent, id) = await ApprovedVisitAsync(before);
            At(before, new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
        }

        await using var after = new EngineWorld(_dir.DatabasePath, time);
        At(after, new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        At(after, new DateTimeOffset(2026, 11, 25, 11, 5, 0, TimeSpan.Zero));

        Assert.Equal([$"visit:{id}:remind-day:p", $"visit:{id}:remind-today:p"], NoticesTo(after, parent, id));
    }

    [Fact]
    public async Task BackgroundTimeline_SendsTheReminder_WhenTheClockGetsThere()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(Start));
        VisitTestData.Seed(world.Services);
        var (_, id) = await ApprovedVisitAsync(world);
        var outbox = world.Services.GetRequiredService<OutboxStore>();

        await Poll.Eventually(() =>
        {
            // Each look moves the fake clock a minute past the reminder's time, so the service's timer ticks.
            if (world.Time.GetUtcNow() < new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero))
            {
                world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
            }

            world.Time.Advance(TimeSpan.FromMinutes(1));
            return outbox.Find($"visit:{id}:remind-day:p") is not null;
        });
    }
}
