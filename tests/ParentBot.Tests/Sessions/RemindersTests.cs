using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Sessions;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Sessions;

/// <summary>Reminders planned at due time from the series, and the answers under them.</summary>
public sealed class RemindersTests : IAsyncLifetime
{
    // Monday 23 November 2026, 17:59 in Brussels (UTC+1): one minute before the evening reminder for Tuesday.
    private static readonly DateTimeOffset MondayEvening = new(2026, 11, 23, 16, 59, 0, TimeSpan.Zero);

    private readonly TempDirectory _dir = new();
    private EngineWorld _world = null!;
    private ChatKey _amina;
    private ChatKey _olena;

    public async Task InitializeAsync()
    {
        _world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(MondayEvening));
        SessionFixtures.MothersGroup(_world.Services);
        _amina = await JoinAsync("ar", "21", "Amina");
        _olena = await JoinAsync("uk", "22", "Olena");
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        _dir.Dispose();
    }

    private ReminderPlanner Planner => _world.Services.GetRequiredService<ReminderPlanner>();

    private OutboxStore Outbox => _world.Services.GetRequiredService<OutboxStore>();

    private async Task<ChatKey> JoinAsync(string language, string id, string name)
    {
        var chat = await _world.NewParentAsync(language, id);
        var confirm = await _world.SendAsync(chat, "MAMA26");
        await _world.PressAsync(chat, confirm.Button(":confirm:join").Value);
        await _world.SendAsync(chat, name);
        return chat;
    }

    private static string Key(string date, string lead, ChatKey chat) => $"rem:mama:{date}:{lead}:{chat}";

    [Fact]
    public void EveningReminder_GoesAtSixPm_InTheParentsLanguage_WithAnswerButtons_Once()
    {
        Planner.PlanDue();
        Assert.Null(Outbox.Find(Key("20261124", "e1800", _amina)));

        _world.Time.Advance(TimeSpan.FromMinutes(1));
        Planner.PlanDue();
        Planner.PlanDue();

        var arabic = Outbox.Find(Key("20261124", "e1800", _amina))!.Message;
        Assert.Contains("Mama Leert", arabic.Text, StringComparison.Ordinal);
        Assert.Contains("09:00", arabic.Text, StringComparison.Ordinal);
        Assert.Contains("2026", arabic.Text, StringComparison.Ordinal);
        Assert.Contains("مشروب لطفلك", arabic.Text, StringComparison.Ordinal);
        Assert.Equal(["att:mama:20261124:y", "att:mama:20261124:n"], arabic.Buttons.Single().Select(b => b.Value));
        Assert.Contains("Teststraat", Outbox.Find(Key("20261124", "e1800", _olena))!.Message.Text, StringComparison.Ordinal);
        Assert.Equal(TextDirection.Rtl, arabic.Direction);
    }

    [Fact]
    public void AfterTheChangeToSummerTime_RemindersKeepTheirLocalHours()
    {
        // Monday 29 March 2027, 17:59 in Brussels, now UTC+2 (summer time began on Sunday the 28th).
        _world.Time.SetUtcNow(new DateTimeOffset(2027, 3, 29, 15, 59, 0, TimeSpan.Zero));
        Planner.PlanDue();
        Assert.Null(Outbox.Find(Key("20270330", "e1800", _amina)));

        _world.Time.Advance(TimeSpan.FromMinutes(1));
        Planner.PlanDue();
        var evening = Outbox.Find(Key("20270330", "e1800", _amina))!;

        // Tuesday 30 March, 08:00 in Brussels (06:00 UTC): one hour before the session at 09:00 local.
        _world.Time.SetUtcNow(new DateTimeOffset(2027, 3, 30, 5, 59, 0, TimeSpan.Zero));
        Planner.PlanDue();
        Assert.Null(Outbox.Find(Key("20270330", "b60", _amina)));
        _world.Time.Advance(TimeSpan.FromMinutes(1));
        Planner.PlanDue();

        Assert.Contains("09:00", evening.Message.Text, StringComparison.Ordinal);
        Assert.Contains("09:00", Outbox.Find(Key("20270330", "b60", _amina))!.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterDowntime_OnlyTheLatestDueReminder_GoesOut()
    {
        // Down from Monday 17:59 until Tuesday 08:30 local: the "tomorrow" reminder would be wrong now.
        _world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 7, 30, 0, TimeSpan.Zero));
        Planner.PlanDue();

        Assert.Null(Outbox.Find(Key("20261124", "e1800", _amina)));
        Assert.NotNull(Outbox.Find(Key("20261124", "b60", _amina)));
    }

    [Fact]
    public async Task CantCome_TellsTheFacilitatorAtOnce_WithTheReason_AndStopsTheNextReminder()
    {
        _world.Time.Advance(TimeSpan.FromMinutes(1));
        Planner.PlanDue();

        var thanks = await _world.PressAsync(_amina, "att:mama:20261124:n");
        Assert.Contains(thanks, m => m.Ref == "notice:cant-come");
        var notice = Outbox.Find($"cant:mama:20261124:{_amina}:fac-1:0")!;
        Assert.Equal("tg:9001", notice.Chat.ToString());
        Assert.Contains("Amina", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains("dinsdag 24 november 2026", notice.Message.Text, StringComparison.Ordinal);

        await _world.PressAsync(_amina, thanks.Button(":rs").Value);
        Assert.Contains("ziek kind", Outbox.Find($"cant:mama:20261124:{_amina}:fac-1:sick")!.Message.Text, StringComparison.Ordinal);
        Assert.Equal(AbsenceReason.SickChild, _world.Services.GetRequiredService<EnrolmentStore>().FindAnswer("mama", "20261124", _amina)!.Reason);

        _world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));
        Planner.PlanDue();
        Assert.Null(Outbox.Find(Key("20261124", "b60", _amina)));
        Assert.NotNull(Outbox.Find(Key("20261124", "b60", _olena)));
    }

    [Fact]
    public async Task AnswerButtons_FromStrangers_ForgedDates_OrPastSessions_AreRefused()
    {
        var stranger = await _world.NewParentAsync("en", "23");

        Assert.Contains(await _world.PressAsync(stranger, "att:mama:20261124:n"), m => m.Ref == "text:common.stale-button");
        Assert.Contains(await _world.PressAsync(_amina, "att:mama:20261125:n"), m => m.Ref == "text:common.stale-button");
        Assert.Contains(await _world.PressAsync(_amina, "att:other:20261124:n"), m => m.Ref == "text:common.stale-button");
        Assert.Contains(await _world.PressAsync(_amina, "att:mama:20261124:rs"), m => m.Ref == "text:common.stale-button");

        _world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        Assert.Contains(await _world.PressAsync(_amina, "att:mama:20261124:y"), m => m.Ref == "text:sessions.answer-too-late");
        Assert.Null(Outbox.Find($"cant:mama:20261124:{stranger}:fac-1:0"));
        Assert.Null(Outbox.Find($"cant:mama:20261124:{_amina}:fac-1:0"));
    }

    [Fact]
    public void MutedParents_AndCancelledDates_GetNoReminder()
    {
        _world.Services.GetRequiredService<EnrolmentStore>().SetMuted("mama", _olena, muted: true);
        _world.Services.GetRequiredService<SeriesStore>().CancelDate("mama", "2026-11-26");

        _world.Time.Advance(TimeSpan.FromMinutes(1));
        Planner.PlanDue();
        Assert.NotNull(Outbox.Find(Key("20261124", "e1800", _amina)));
        Assert.Null(Outbox.Find(Key("20261124", "e1800", _olena)));

        _world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero));
        Planner.PlanDue();
        Assert.Null(Outbox.Find(Key("20261126", "e1800", _amina)));
    }

    [Fact]
    public async Task ThePlanner_RunsByItself_OnTheClock()
    {
        await Poll.Eventually(() =>
        {
            _world.Time.Advance(TimeSpan.FromSeconds(5));
            return Outbox.Find(Key("20261124", "e1800", _amina)) is not null;
        });

        Assert.True(_world.Time.GetUtcNow() >= MondayEvening.AddMinutes(1));
    }
}
