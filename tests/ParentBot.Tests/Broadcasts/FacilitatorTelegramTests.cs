using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core;
using ParentBot.Core.Outbox;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;
using static ParentBot.Tests.Broadcasts.GroupFixture;

namespace ParentBot.Tests.Broadcasts;

/// <summary>
/// A facilitator linked on Telegram runs their group through the real host, the real Telegram client and the
/// fake Bot API; parents receive what the outbox sends.
/// </summary>
public sealed class FacilitatorTelegramTests : TelegramWorld
{
    private const long Facilitator = 900;

    [Fact]
    public async Task FacilitatorCancelsADate_ParentsGetTheCancellationInArabicAndUkrainian()
    {
        var series = SetUpGroup();
        Parent(Host.Services, series, 101, "ar");
        Parent(Host.Services, series, 102, "uk");

        var groups = await PressAsync("sg:menu", 1);
        Assert.Contains("sg:g:" + SeriesId, groups[0].CallbackData);
        await PressAsync("sg:g:" + SeriesId, 1);
        var dates = await PressAsync("sg:c:" + SeriesId, 1);
        Assert.Contains($"sg:cd:{SeriesId}:{Tuesday}", dates[0].CallbackData);
        var confirm = await PressAsync($"sg:cd:{SeriesId}:{Tuesday}", 1);
        var done = await PressAsync(confirm[0].CallbackData[0], 2);

        Assert.StartsWith("Cancelled. 2 parents", done[0].Text, StringComparison.Ordinal);
        Assert.Contains("ملغى", Assert.Single(await Api.WaitForMessagesAsync(101, 1, Wait)).Text, StringComparison.Ordinal);
        Assert.Contains("скасовано", Assert.Single(await Api.WaitForMessagesAsync(102, 1, Wait)).Text, StringComparison.Ordinal);

        // Pressing "yes" again (an old message) tells nobody twice.
        var again = await PressAsync(confirm[0].CallbackData[0], 2);
        Assert.StartsWith("This date was already cancelled", again[0].Text, StringComparison.Ordinal);
        await SentinelAsync(199);
        Assert.Single(Api.MessagesTo(101));
        Assert.Single(Api.MessagesTo(102));
        Assert.All(Api.MessagesTo(Facilitator).SelectMany(m => m.CallbackData), d => Assert.InRange(Encoding.UTF8.GetByteCount(d), 1, 64));
    }

    [Fact]
    public async Task TemplateBroadcast_ReachesEachParentInTheirLanguage_ThroughA429Storm_AndABlockedParentShowsUnreachable()
    {
        var series = SetUpGroup();
        Parent(Host.Services, series, 201, "ar", name: "Amina");
        Parent(Host.Services, series, 202, "uk");
        Parent(Host.Services, series, 203, "nl");
        Api.BlockChat(203);

        await PressAsync("sg:b:" + SeriesId, 1);
        await PressAsync($"sg:t:{SeriesId}:bring", 1);
        var preview = await TypeAsync("fruit and a towel", 4);
        Assert.Equal(["Preview — Nederlands:", "Preview — العربية:", "Preview — Українська:"], preview.Take(3).Select(m => m.Text.Split('\n')[0]));
        var send = preview[3].CallbackData.Single(d => d.StartsWith("sg:bs:", StringComparison.Ordinal));
        var broadcastId = send["sg:bs:".Length..];

        Api.FailNextTooManyRequests("sendMessage", chatId: null, retryAfter: 1, times: 6);
        Api.EnqueueCallback(Facilitator, send);
        await AdvanceUntilAsync(() => Api.MessagesTo(201).Count == 1 && Api.MessagesTo(202).Count == 1
            && Service.Status(Sara, broadcastId)!.Count(OutboxStatus.Queued) == 0);

        Assert.Contains("fruit and a towel", Api.MessagesTo(201)[0].Text, StringComparison.Ordinal);
        Assert.Contains("أحضري", Api.MessagesTo(201)[0].Text, StringComparison.Ordinal);
        Assert.Contains("принесіть", Api.MessagesTo(202)[0].Text, StringComparison.Ordinal);
        Assert.Empty(Api.MessagesTo(203));
        var status = Service.Status(Sara, broadcastId)!;
        Assert.Equal((2, 1), (status.Count(OutboxStatus.Sent), status.Count(OutboxStatus.Unreachable)));

        var shown = await PressAsync("sg:s:" + SeriesId, 1);
        Assert.Contains("2 sent, 0 waiting, 0 failed, 1 unreachable", shown[0].Text, StringComparison.Ordinal);
        Assert.Contains("• Amina — sent", shown[0].Text, StringComparison.Ordinal);
        Assert.Contains("• parent 3 — unreachable", shown[0].Text, StringComparison.Ordinal);
        Assert.Contains(Api.Requests, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task FreeTextWithADutchVersion_ChosenOnTelegram_DutchParentGetsDutch_ArabicParentGetsOriginalAndNote()
    {
        var series = SetUpGroup();
        Parent(Host.Services, series, 301, "nl");
        Parent(Host.Services, series, 302, "ar");

        await PressAsync($"sg:t:{SeriesId}:text", 1);
        var preview = await TypeAsync("We bake cookies on Thursday.", 3);
        var addVersion = preview[2].CallbackData.Single(d => d.StartsWith("sg:ba:", StringComparison.Ordinal));
        var broadcastId = addVersion["sg:ba:".Length..];
        await PressAsync(addVersion, 1);
        await PressAsync($"sg:bv:{broadcastId}:nl", 1);
        var second = await TypeAsync("We bakken koekjes op donderdag.", 3);
        Assert.Contains("We bakken koekjes op donderdag.", second[0].Text, StringComparison.Ordinal);
        await PressAsync("sg:bs:" + broadcastId, 1);

        var dutch = Assert.Single(await Api.WaitForMessagesAsync(301, 1, Wait)).Text;
        var arabic = Assert.Single(await Api.WaitForMessagesAsync(302, 1, Wait)).Text;
        Assert.Contains("We bakken koekjes op donderdag.", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", dutch, StringComparison.Ordinal);
        Assert.Contains("We bake cookies on Thursday.", arabic, StringComparison.Ordinal);
        Assert.Contains("لم تتم ترجمة هذه الرسالة", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledBroadcast_IsNotSentBeforeItsTime()
    {
        var series = SetUpGroup();
        Parent(Host.Services, series, 401, "uk");
        var draft = Service.Draft(Sara, SeriesId, BroadcastTemplate.BringSomething, "fruit")!;
        var at = Host.Time.GetUtcNow().AddHours(2);
        Assert.NotNull(Service.Send(Sara, draft.Id, at));

        // A notice due now goes out first: the dispatcher has looked at the outbox and left the broadcast alone.
        await SentinelAsync(499);
        Assert.Empty(Api.MessagesTo(401));

        Host.Time.Advance(TimeSpan.FromHours(2));
        // The dispatcher may have read the clock just before it moved and armed its one-second idle wait just
        // after: move on a second at a time until it has looked again.
        await Poll.Eventually(() =>
        {
            if (Api.MessagesTo(401).Count > 0)
            {
                return true;
            }

            Host.Time.Advance(TimeSpan.FromSeconds(1));
            return false;
        });
        Assert.Contains("принесіть", Assert.Single(Api.MessagesTo(401)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrashWhileQueuingABroadcast_RestartQueuesTheRest_EveryParentGetsItOnce()
    {
        var series = SetUpGroup();
        for (var i = 0; i < 6; i++)
        {
            Parent(Host.Services, series, 500 + i, i % 2 == 0 ? "ar" : "uk");
        }

        await StopHostAsync();
        ServiceProvider? crashed = null;
        await Poll.Eventually(() => TryBuildWithoutHostedServices(out crashed));
        string broadcastId;
        long delivered;
        await using (crashed!)
        {
            // What Send does, cut short: stored as sent, three of six queued, the first of them already delivered.
            var service = crashed!.GetRequiredService<BroadcastService>();
            var sara = crashed!.GetRequiredService<StaffStore>().Find("st-a")!;
            var draft = service.Draft(sara, SeriesId, BroadcastTemplate.BringSomething, "fruit")!;
            broadcastId = draft.Id;
            Assert.True(crashed!.GetRequiredService<BroadcastStore>().Schedule(draft.Id, new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc)));
            draft = crashed!.GetRequiredService<BroadcastStore>().Find(draft.Id)!;
            var group = crashed!.GetRequiredService<SeriesStore>().Find(SeriesId)!;
            var firstHalf = crashed!.GetRequiredService<GroupRecipients>().Of(group).Take(3).ToList();
            foreach (var recipient in firstHalf)
            {
                Assert.True(crashed!.GetRequiredService<BroadcastDelivery>().EnqueueOne(draft, group, recipient));
            }

            delivered = long.Parse(firstHalf[0].Chat.Id, System.Globalization.CultureInfo.InvariantCulture);
            crashed!.GetRequiredService<OutboxStore>().MarkSent(Broadcast.KeyFor(draft.Id, firstHalf[0].Chat.ToString()), Host.Time.GetUtcNow());
        }

        StartHost();

        foreach (var chat in Enumerable.Range(500, 6).Where(c => c != delivered))
        {
            Assert.Single(await Api.WaitForMessagesAsync(chat, 1, Wait));
        }

        await Poll.Eventually(() => Store.InBatch(Broadcast.BatchOf(broadcastId)).Count(e => e.Status == OutboxStatus.Sent) == 6);
        Assert.Empty(Api.MessagesTo(delivered));
        Assert.Equal(5, Api.SentMessages.Count(m => m.ChatId is >= 500 and < 506));
        Assert.True(Host.Services.GetRequiredService<BroadcastStore>().Find(broadcastId)!.Enqueued);
    }

    [Fact]
    public async Task AnotherOrganisationsFacilitator_SeesNoGroup_AndAForgedButtonIsStale()
    {
        var series = SetUpGroup();
        Parent(Host.Services, series, 601, "ar");
        Assert.True(Host.Services.GetRequiredService<StaffStore>().Add(StaffMember("st-b", OrgB, 950, StaffRole.Admin)));

        Api.EnqueueCallback(950, "sg:menu");
        var groups = await Api.WaitForMessagesAsync(950, 1, Wait);
        Assert.DoesNotContain("sg:g:" + SeriesId, groups[0].CallbackData);
        Assert.StartsWith("You have no groups yet", groups[0].Text, StringComparison.Ordinal);

        foreach (var (forged, i) in new[] { $"sg:cy:{SeriesId}:{Tuesday}", "sg:w:" + SeriesId, "sg:b:" + SeriesId }.Select((f, i) => (f, i)))
        {
            Api.EnqueueCallback(950, forged);
            var replies = await Api.WaitForMessagesAsync(950, 1 + (2 * (i + 1)), Wait);
            Assert.Equal("This button is from an older message, or you cannot use it.", replies[^2].Text);
        }

        Assert.Empty(Host.Services.GetRequiredService<SeriesStore>().Find(SeriesId)!.Cancelled);
        Assert.Empty(Api.MessagesTo(601));
    }

    private StaffAccount Sara => Host.Services.GetRequiredService<StaffStore>().Find("st-a")!;

    private BroadcastService Service => Host.Services.GetRequiredService<BroadcastService>();

    private OutboxStore Store => Host.Services.GetRequiredService<OutboxStore>();

    [Fact]
    public async Task FacilitatorSeesMembers_RemovesOne_AndInvitesAParentInPerson()
    {
        var series = SetUpGroup();
        Parent(Host.Services, series, 601, "ar", name: "Amina");
        Parent(Host.Services, series, 602, "uk");

        var members = await PressAsync("sg:m:" + SeriesId, 1);
        Assert.Contains("2 of 20", members[0].Text, StringComparison.Ordinal);
        Assert.Contains("Amina", members[0].Text, StringComparison.Ordinal);
        var removeAmina = members[0].CallbackData.Single(d => d.StartsWith("sg:mr:", StringComparison.Ordinal)
            && members[0].InlineKeyboard!.InlineKeyboard.SelectMany(r => r).Single(b => b.CallbackData == d).Text.Contains("Amina", StringComparison.Ordinal));
        var confirm = await PressAsync(removeAmina, 1);
        var done = await PressAsync(confirm[0].CallbackData[0], 2);

        Assert.Contains("Amina", done[0].Text, StringComparison.Ordinal);
        Assert.Contains("1 of 20", done[1].Text, StringComparison.Ordinal);
        Assert.Contains("Mama Leert", Assert.Single(await Api.WaitForMessagesAsync(601, 1, Wait)).Text, StringComparison.Ordinal);

        // The old "remove" button is stale now, and the other parent stays.
        Assert.Contains("older message", (await PressAsync(confirm[0].CallbackData[0], 2))[0].Text, StringComparison.Ordinal);
        Assert.NotNull(Host.Services.GetRequiredService<EnrolmentStore>().Find(SeriesId, Core.Conversations.ChatKey.ForTelegram(602)));

        await PressAsync("sg:i:" + SeriesId, 1);
        var code = await TypeAsync("Fatima", 1);
        Assert.Contains("Fatima", code[0].Text, StringComparison.Ordinal);
        Assert.Matches("join-[A-Z0-9]{6}", code[0].Text);
    }

    private Core.Sessions.SessionSeries SetUpGroup()
    {
        var series = Series(facilitators: "st-a");
        Add(Host.Services, series, StaffMember("st-a", OrgA, Facilitator));
        return series;
    }

    /// <summary>Presses a button in the facilitator's chat and returns the <paramref name="expected"/> replies it brings.</summary>
    private async Task<IReadOnlyList<SentMessage>> PressAsync(string value, int expected)
    {
        var before = Api.MessagesTo(Facilitator).Count;
        Api.EnqueueCallback(Facilitator, value);
        return [.. (await Api.WaitForMessagesAsync(Facilitator, before + expected, Wait)).Skip(before)];
    }

    private async Task<IReadOnlyList<SentMessage>> TypeAsync(string text, int expected)
    {
        var before = Api.MessagesTo(Facilitator).Count;
        Api.EnqueueText(Facilitator, text);
        return [.. (await Api.WaitForMessagesAsync(Facilitator, before + expected, Wait)).Skip(before)];
    }

    /// <summary>A notice due now, queued after everything else: once it arrives, the dispatcher has dealt with what was due before it.</summary>
    private async Task SentinelAsync(long chat)
    {
        Host.Services.GetRequiredService<OutboxWriter>().Enqueue(
            Core.Conversations.ChatKey.ForTelegram(chat), new("now", Core.Localization.TextDirection.Ltr, [], null), "sentinel:" + chat);
        await Api.WaitForMessagesAsync(chat, 1, Wait);
    }

    /// <summary>Moves the fake clock a second at a time (retry_after waits on it) until <paramref name="done"/>.</summary>
    private async Task AdvanceUntilAsync(Func<bool> done)
    {
        await Poll.Eventually(() =>
        {
            Host.Time.Advance(TimeSpan.FromSeconds(1));
            return done();
        });
    }

    /// <summary>The core services on the test's database, none started: the state a process leaves when it dies mid-work.</summary>
    private bool TryBuildWithoutHostedServices(out ServiceProvider? provider)
    {
        provider = null;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ParentBot:Storage:Path"] = DatabasePath,
                ["ParentBot:Dialogs:Path"] = RepoPaths.Dialogs,
            }).Build();
            var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
            services.AddParentBotCore(configuration);
            provider = services.BuildServiceProvider();
            _ = provider.GetRequiredService<ParentBotDatabase>();
            return true;
        }
        catch (InstanceLockedException)
        {
            provider?.Dispose();
            provider = null;
            return false;
        }
    }
}
