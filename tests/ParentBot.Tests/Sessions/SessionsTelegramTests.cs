using ParentBot.Tests.Support;

namespace ParentBot.Tests.Sessions;

/// <summary>The whole loop over the real Telegram client and the fake Bot API: join, reminder, "I can't come", facilitator notice.</summary>
public sealed class SessionsTelegramTests : TelegramWorld
{
    [Fact]
    public async Task ParentJoinsByDeepLink_GetsTheEveningReminder_AndCantCome_ReachesTheFacilitator()
    {
        SessionFixtures.MothersGroup(Host.Services, facilitatorChat: "tg:9001");

        Api.EnqueueText(801, "/start join-MAMA26", "ar");
        var languagePrompt = (await Api.WaitForMessagesAsync(801, 1, Wait))[^1];
        Assert.Contains("lang:ar", languagePrompt.CallbackData);
        Api.EnqueueCallback(801, "lang:ar");
        var confirm = (await Api.WaitForMessagesAsync(801, 3, Wait))[^1];
        Assert.Contains("Mama Leert", confirm.Text, StringComparison.Ordinal);
        Api.EnqueueCallback(801, confirm.CallbackData.Single(d => d.EndsWith(":confirm:join", StringComparison.Ordinal)));
        await Api.WaitForMessagesAsync(801, 4, Wait);
        Api.EnqueueText(801, "Amina <b>", "ar");
        // Joined, then the menu.
        await Api.WaitForMessagesAsync(801, 6, Wait);
        var before = Api.MessagesTo(801).Count;

        // Monday 23 November 2026 18:00 in Brussels is 17:00 UTC; the planner ticks on the fake clock.
        Host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
        await Poll.Eventually(() =>
        {
            Host.Time.Advance(TimeSpan.FromSeconds(5));
            return Api.MessagesTo(801).Count > before;
        });
        var reminder = Api.MessagesTo(801)[^1];
        Assert.Contains("Mama Leert", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["att:mama:20261124:y", "att:mama:20261124:n"], reminder.CallbackData);

        Api.EnqueueCallback(801, "att:mama:20261124:n");
        var notice = (await Api.WaitForMessagesAsync(9001, 1, Wait))[^1];
        Assert.Contains("Amina &lt;b&gt;", notice.Text, StringComparison.Ordinal);
        Assert.Contains("kan niet komen", notice.Text, StringComparison.Ordinal);
    }
}
