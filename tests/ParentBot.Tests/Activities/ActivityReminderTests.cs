using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>"Remind me": one reminder the evening before at 18:00 Brussels time, through the outbox, once.</summary>
public sealed class ActivityReminderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task RemindMe_QueuesOneReminder_TheEveningBefore_At18InBrussels_EvenAcrossTheChangeToSummerTime()
    {
        await using var world = World(new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Once(world.Services, "after", ActivitySeed.MechelenVenue, "2027-03-29", "10:00", "11:30");
        var chat = await world.NewParentAsync("en");
        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");
        var remind = list.Button("act:r:after:20270329").Value;

        var first = await world.PressAsync(chat, remind);
        var second = await world.PressAsync(chat, remind);

        var queued = Queued(world, chat);
        var entry = Assert.Single(queued);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 16, 0, 0, TimeSpan.Zero), entry.Due);
        Assert.Equal("OK. I will remind you on Sunday 28 March 2027 at 18:00.", Assert.Single(first).Text);
        Assert.Equal("text:activities.remind-already", Assert.Single(second).Ref);
        Assert.StartsWith("🔔 Tomorrow: Outing after (Uitstap after)\n📅 Monday 29 March 2027, 10:00–11:30", entry.Message.Text, StringComparison.Ordinal);
        Assert.Equal("list", world.Turns.FindConversation(chat)!.State);
    }

    [Fact]
    public async Task RemindMe_AfterTheEveningBefore_SendsNothing_AndSaysWhy()
    {
        // Monday 23 November 2026 at 19:00 in Brussels: tomorrow's 18:00 reminder time has passed.
        await using var world = World(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero));
        ActivitySeed.Once(world.Services, "tomorrow", ActivitySeed.MechelenVenue, "2026-11-24");
        var chat = await world.NewParentAsync("en");
        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");

        var reply = await world.PressAsync(chat, list.Button("act:r:tomorrow:20261124").Value);

        Assert.Equal("text:activities.remind-too-late", Assert.Single(reply).Ref);
        Assert.Empty(Queued(world, chat));
    }

    [Theory]
    [InlineData("act:r:nope:20261201")]
    [InlineData("act:r:weekly:20261202")]
    [InlineData("act:r:weekly:2026-12-01")]
    [InlineData("act:x:weekly:20261201")]
    [InlineData("act:r:weekly")]
    [InlineData("act:r:weekly:20261201:extra")]
    public async Task ForgedOrMalformedValues_AreStale_AndQueueNothing(string value)
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Weekly(world.Services, "weekly", ActivitySeed.MechelenVenue, [DayOfWeek.Tuesday]);
        var chat = await world.NewParentAsync("en");

        var reply = await world.PressAsync(chat, value);

        Assert.Equal("text:common.stale-button", reply[0].Ref);
        Assert.Empty(Queued(world, chat));
    }

    [Fact]
    public async Task AnOldRemindButton_ForADateThatHasBegun_SaysSo()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Weekly(world.Services, "weekly", ActivitySeed.MechelenVenue, [DayOfWeek.Tuesday]);
        var chat = await world.NewParentAsync("en");
        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");
        var remind = list.Button("act:r:weekly:20261124").Value;

        world.Time.Advance(TimeSpan.FromDays(2));
        var reply = await world.PressAsync(chat, remind);

        Assert.Equal("text:activities.past", Assert.Single(reply).Ref);
        Assert.Empty(Queued(world, chat));
    }

    [Fact]
    public async Task MovingTown_TakesBackTheOldTownsQueuedReminders_ButNotSentOnesOtherTownsOrOtherParents()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Weekly(world.Services, "m-play", ActivitySeed.MechelenVenue, [DayOfWeek.Tuesday, DayOfWeek.Thursday]);
        ActivitySeed.Weekly(world.Services, "l-play", ActivitySeed.LierVenue, [DayOfWeek.Wednesday]);
        ActivitySeed.Weekly(world.Services, "g-play", ActivitySeed.GentVenue, [DayOfWeek.Friday]);
        var chat = await world.NewParentAsync("en");
        var other = await world.NewParentAsync("en", "2");
        var mechelen = await world.AnswerProfileAsync(chat, remember: true, birthMonth: null, town: "mechelen");
        await world.PressAsync(chat, mechelen.Button("act:r:m-play:20261124").Value);
        await world.PressAsync(chat, mechelen.Button("act:r:m-play:20261126").Value);
        await world.PressAsync(chat, "act:r:l-play:20261125");
        var otherList = await world.AnswerProfileAsync(other, remember: true, birthMonth: null, town: "mechelen");
        await world.PressAsync(other, otherList.Button("act:r:m-play:20261126").Value);
        var outbox = world.Services.GetRequiredService<OutboxStore>();
        const string sent = "activity-reminder:mechelen:m-play:2026-11-24:tg:1";
        outbox.MarkSent(sent, world.Time.GetUtcNow());

        var towns = await world.PressAsync(chat, mechelen.Button(":list:change-town").Value);
        var gent = await world.PressAsync(chat, towns.Button(":town:gent").Value);

        Assert.Equal(["activity-reminder:lier:l-play:2026-11-25:tg:1"], Queued(world, chat).Select(e => e.Key));
        Assert.Equal(OutboxStatus.Sent, outbox.Find(sent)!.Status);
        Assert.Null(outbox.Find("activity-reminder:mechelen:m-play:2026-11-26:tg:1"));
        Assert.Equal(OutboxStatus.Queued, outbox.Find("activity-reminder:mechelen:m-play:2026-11-26:tg:2")!.Status);
        Assert.Equal("You moved, so I cancelled your reminders for Mechelen: 1.", gent.Single(m => m.Ref == "text:activities.reminders-cancelled").Text);
        Assert.Equal(["g-play", "g-play"], gent.ActivityIds());
        Assert.Equal("gent", world.Turns.FindParent(chat)!.Town);
    }

    [Fact]
    public async Task Forget_ErasesTheQueuedReminders_AndMyDataCountedThem()
    {
        await using var world = World(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        ActivitySeed.Weekly(world.Services, "m-play", ActivitySeed.MechelenVenue, [DayOfWeek.Tuesday]);
        var chat = await world.NewParentAsync("en");
        var list = await world.AnswerProfileAsync(chat, remember: true, birthMonth: null, town: "mechelen");
        await world.PressAsync(chat, list.Button("act:r:m-play:20261124").Value);
        await world.PressAsync(chat, list.Button("act:r:m-play:20261201").Value);

        var mydata = await world.SendAsync(chat, "/mydata");
        var confirm = await world.SendAsync(chat, "/forget");
        await world.PressAsync(chat, confirm.Button(":confirm:erase").Value);

        Assert.Equal("Activity reminders I will send you: 2", mydata.Single(m => m.Ref == "text:activities.mydata-reminders").Text);
        Assert.Empty(Queued(world, chat));
        Assert.Null(world.Turns.FindParent(chat));
    }

    private static List<OutboxEntry> Queued(EngineWorld world, ParentBot.Core.Conversations.ChatKey chat)
    {
        var outbox = world.Services.GetRequiredService<OutboxStore>();
        return [.. outbox.QueuedKeys(chat, "activity-reminder:").Select(k => outbox.Find(k)!)];
    }

    private EngineWorld World(DateTimeOffset now)
    {
        var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(now));
        ActivitySeed.Venues(world.Services);
        return world;
    }
}
