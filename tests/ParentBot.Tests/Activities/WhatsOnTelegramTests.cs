using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Outbox;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>What's on through the real Telegram client and the fake Bot API: the list, "Remind me", and the reminder sent on time.</summary>
public sealed class WhatsOnTelegramTests : TelegramWorld
{
    private const long Chat = 700;

    [Fact]
    public async Task FamilyCentre_RemindMe_TheReminderArrivesTheEveningBefore()
    {
        ActivitySeed.Venues(Host.Services);
        ActivitySeed.Once(Host.Services, "trip", ActivitySeed.MechelenVenue, "2026-11-25", "10:00", "11:30");
        Api.EnqueueText(Chat, "/start");
        await Api.WaitForMessagesAsync(Chat, 1, Wait);
        Api.EnqueueCallback(Chat, "lang:en");
        await Api.WaitForMessagesAsync(Chat, 3, Wait);

        var consent = await PressAsync("f:main-menu:1:menu:family-centre", 4);
        var year = await PressAsync(consent.CallbackData[0], 5);
        var town = await PressAsync(year.CallbackData.Single(d => d.EndsWith(":year:skip", StringComparison.Ordinal)), 6);
        await PressAsync(town.CallbackData.Single(d => d.EndsWith(":town:mechelen", StringComparison.Ordinal)), 10);
        var activity = Api.MessagesTo(Chat).Single(m => m.CallbackData.Contains("act:r:trip:20261125"));
        var confirmation = await PressAsync("act:r:trip:20261125", 11);

        var key = "activity-reminder:mechelen:trip:2026-11-25:" + ChatKey.ForTelegram(Chat);
        var outbox = Host.Services.GetRequiredService<OutboxStore>();
        Assert.Equal(OutboxStatus.Queued, outbox.Find(key)!.Status);
        Assert.Equal("f:whats-on:1:consent:yes", consent.CallbackData[0]);
        Assert.StartsWith("Outing trip (Uitstap trip)\n", activity.Text, StringComparison.Ordinal);
        Assert.All(Api.MessagesTo(Chat).SelectMany(m => m.CallbackData), d => Assert.True(System.Text.Encoding.UTF8.GetByteCount(d) <= 64));
        Assert.Equal("OK. I will remind you on Tuesday 24 November 2026 at 18:00.", confirmation.Text);

        // Tuesday 24 November, 18:00 in Brussels.
        Host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 17, 0, 1, TimeSpan.Zero));
        var reminder = (await Api.WaitForMessagesAsync(Chat, 12, Wait))[11];

        Assert.StartsWith("🔔 Tomorrow: Outing trip (Uitstap trip)\n📅 Wednesday 25 November 2026, 10:00–11:30", reminder.Text, StringComparison.Ordinal);
        await Poll.Eventually(() => outbox.Find(key)!.Status == OutboxStatus.Sent);
    }

    private async Task<SentMessage> PressAsync(string data, int messagesAfter)
    {
        Api.EnqueueCallback(Chat, data);
        return (await Api.WaitForMessagesAsync(Chat, messagesAfter, Wait))[messagesAfter - 1];
    }
}
