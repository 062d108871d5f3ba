using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Broadcasts;
using ParentBot.Core.Sessions.Editing;
using ParentBot.Core.Sessions.Facilitation;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;
using static ParentBot.Tests.Broadcasts.GroupFixture;

namespace ParentBot.Tests.Sessions;

/// <summary>Making and changing groups from the console, over a real LiteDB file and a fake clock (Monday 23 November 2026).</summary>
public sealed class SeriesEditorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task ValidGroupByAFacilitator_IsMadeInTheirOrganisation_WithThemRunningIt_AndAFreshCode()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-a", OrgA, "Mechelen");
        var sara = StaffSeed.Account(world.Services, OrgA, "sara@a.be", StaffRole.Facilitator);
        var editor = world.Services.GetRequiredService<SeriesEditor>();

        var first = editor.Create(sara, Input());
        var second = editor.Create(sara, Input() with { Name = "Papa Praat" });

        var saved = world.Services.GetRequiredService<SeriesStore>().Find(first.Series!.Id)!;
        Assert.Empty(first.Problems);
        Assert.Equal(OrgA, saved.Organisation);
        Assert.Equal([sara.Id], saved.Facilitators);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], saved.Days);
        Assert.True(InviteCodes.LooksLikeCode(saved.InviteCode, out _));
        Assert.NotEqual(saved.InviteCode, second.Series!.InviteCode);
        Assert.Equal(saved.Id, world.Services.GetRequiredService<SeriesStore>().FindByInviteCode(saved.InviteCode)!.Id);
        Assert.Equal("Mama Leert", Assert.Single(world.Services.GetRequiredService<FacilitatedSeries>().Of(sara), s => s.Id == saved.Id).Name);
        Assert.Equal(new DateOnly(2026, 12, 1), SeriesSchedule.Upcoming(saved, world.Time.GetUtcNow(), 1)[0].Date);
    }

    [Fact]
    public async Task WrongFields_AreEachNamed_AndNothingIsSaved()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-b", OrgB, "Gent");
        var sara = StaffSeed.Account(world.Services, OrgA, "sara@a.be", StaffRole.Admin);
        var tom = StaffSeed.Account(world.Services, OrgB, "tom@b.be", StaffRole.Facilitator);
        var input = Input() with
        {
            Name = " ",
            VenueId = "v-b",
            Facilitators = [tom.Id],
            Start = "11:00",
            End = "10:00",
            FirstDate = "2027-01-10",
            LastDate = "2027-01-01",
            Capacity = 0,
            Languages = [],
            Reminders = ["before:abc"],
        };

        var result = world.Services.GetRequiredService<SeriesEditor>().Create(sara, input);

        Assert.Null(result.Series);
        Assert.Equal(
            ["name", "venue", "facilitator", "end-before-start", "last-before-first", "capacity", "languages", "reminder"],
            result.Problems.Select(p => p["console.groups.problem.".Length..]));
        Assert.Empty(world.Services.GetRequiredService<SeriesStore>().All());
    }

    [Fact]
    public async Task DaysThatNeverFallInThePeriod_AreRefused()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-a", OrgA, "Mechelen");
        var sara = StaffSeed.Account(world.Services, OrgA, "sara@a.be", StaffRole.Admin);

        // 1 and 2 December 2026 are a Tuesday and a Wednesday: no Thursday in between.
        var result = world.Services.GetRequiredService<SeriesEditor>().Create(sara, Input() with { Days = [DayOfWeek.Thursday], FirstDate = "2026-12-01", LastDate = "2026-12-02" });

        Assert.Equal(["console.groups.problem.no-meeting"], result.Problems);
    }

    [Fact]
    public async Task Holidays_InThePeriod_AreKeptAndLeaveThatMeetingOut_OthersAreRefused()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-a", OrgA, "Mechelen");
        var sara = StaffSeed.Account(world.Services, OrgA, "sara@a.be", StaffRole.Admin);
        var editor = world.Services.GetRequiredService<SeriesEditor>();

        var outside = editor.Create(sara, Input() with { Holidays = ["2099-01-05"] });
        var notADate = editor.Create(sara, Input() with { Holidays = ["22/12/2026"] });
        var made = editor.Create(sara, Input() with { Holidays = [" 2026-12-03", "2026-12-01", "2026-12-01"] });

        Assert.Equal(["console.groups.problem.holiday"], outside.Problems);
        Assert.Equal(["console.groups.problem.holiday"], notADate.Problems);
        var saved = world.Services.GetRequiredService<SeriesStore>().Find(made.Series!.Id)!;
        Assert.Equal(["2026-12-01", "2026-12-03"], saved.Holidays);
        Assert.Equal(new DateOnly(2026, 12, 8), SeriesSchedule.Upcoming(saved, world.Time.GetUtcNow(), 1)[0].Date);
    }

    [Fact]
    public async Task NoReminderChosen_IsRefused_BecauseEmptyWouldMeanTheDefaults()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-a", OrgA, "Mechelen");
        var sara = StaffSeed.Account(world.Services, OrgA, "sara@a.be", StaffRole.Admin);

        var result = world.Services.GetRequiredService<SeriesEditor>().Create(sara, Input() with { Reminders = [] });

        Assert.Equal(["console.groups.problem.reminder-none"], result.Problems);
    }

    [Fact]
    public async Task Editing_KeepsCodeCancelledDatesAndMembers_AndRefusesFewerPlacesThanMembers()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-a", OrgA, "Mechelen");
        var sara = StaffSeed.Account(world.Services, OrgA, "sara@a.be", StaffRole.Facilitator);
        var editor = world.Services.GetRequiredService<SeriesEditor>();
        var group = editor.Create(sara, Input()).Series!;
        world.Services.GetRequiredService<SeriesStore>().CancelDate(group.Id, "2026-12-03");
        Parent(world.Services, group, 1, "ar");
        Parent(world.Services, group, 2, "uk");

        var tooSmall = editor.Update(sara, group.Id, Input() with { Capacity = 1 });
        var renamed = editor.Update(sara, group.Id, Input() with { Name = "Mama Leert 2", Facilitators = [] });

        Assert.Equal(["console.groups.problem.capacity-members"], tooSmall.Problems);
        var saved = world.Services.GetRequiredService<SeriesStore>().Find(group.Id)!;
        Assert.Equal("Mama Leert 2", saved.Name);
        Assert.Equal(group.InviteCode, saved.InviteCode);
        Assert.Equal(["2026-12-03"], saved.Cancelled);
        Assert.Equal([sara.Id], saved.Facilitators); // a facilitator cannot edit themselves out of their own group
        Assert.Equal(2, world.Services.GetRequiredService<EnrolmentStore>().OfSeries(group.Id).Count);
        Assert.True(renamed.Saved);
    }

    [Fact]
    public async Task AnotherOrganisationsGroup_IsNotFound_ForEditing_AndStaysAsItWas()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-a", OrgA, "Mechelen");
        StaffSeed.FamilyCentre(world.Services, "v-b", OrgB, "Gent");
        var sara = StaffSeed.Account(world.Services, OrgA, "sara@a.be", StaffRole.Admin);
        var tom = StaffSeed.Account(world.Services, OrgB, "tom@b.be", StaffRole.Admin);
        var group = world.Services.GetRequiredService<SeriesEditor>().Create(sara, Input()).Series!;

        var result = world.Services.GetRequiredService<SeriesEditor>().Update(tom, group.Id, Input() with { Name = "Taken over", VenueId = "v-b" });

        Assert.True(result.IsNotFound);
        Assert.Equal("Mama Leert", world.Services.GetRequiredService<SeriesStore>().Find(group.Id)!.Name);
    }

    [Fact]
    public async Task StaffRole_CannotMakeAGroup()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        StaffSeed.FamilyCentre(world.Services, "v-a", OrgA, "Mechelen");
        var lies = StaffSeed.Account(world.Services, OrgA, "lies@a.be", StaffRole.Staff);

        Assert.True(world.Services.GetRequiredService<SeriesEditor>().Create(lies, Input()).IsNotFound);
        Assert.Empty(world.Services.GetRequiredService<SeriesStore>().All());
    }

    [Fact]
    public async Task CancelledMeeting_TakenBack_IsInTheScheduleAgain_OnlyForTheGroupsOwnPeople()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        var tom = StaffMember("st-b", OrgB, 901, StaffRole.Admin);
        Add(world.Services, series, sara, tom);
        var cancellation = world.Services.GetRequiredService<SessionCancellation>();
        var tuesday = new DateOnly(2026, 11, 24);
        cancellation.Cancel(sara, series.Id, tuesday);

        var byOther = cancellation.Uncancel(tom, series.Id, tuesday);
        var byOwn = cancellation.Uncancel(sara, series.Id, tuesday);
        var again = cancellation.Uncancel(sara, series.Id, tuesday);

        Assert.False(byOther);
        Assert.True(byOwn);
        Assert.False(again);
        Assert.False(SeriesSchedule.On(world.Services.GetRequiredService<SeriesStore>().Find(series.Id)!, tuesday)!.Cancelled);
    }

    [Fact]
    public async Task MeetingCancelledAgain_AfterItWasTakenBack_IsToldAgain_ButOnlyOncePerCancellationAndTakingBack()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        Add(world.Services, series, sara);
        var amina = Parent(world.Services, series, 1, "ar");
        var cancellation = world.Services.GetRequiredService<SessionCancellation>();
        var tuesday = new DateOnly(2026, 11, 24);

        cancellation.Cancel(sara, series.Id, tuesday);
        cancellation.Uncancel(sara, series.Id, tuesday);
        cancellation.Cancel(sara, series.Id, tuesday);
        cancellation.Cancel(sara, series.Id, tuesday);
        cancellation.Uncancel(sara, series.Id, tuesday);
        cancellation.Uncancel(sara, series.Id, tuesday);
        cancellation.Cancel(sara, series.Id, tuesday);

        var outbox = world.Services.GetRequiredService<OutboxStore>().OfChat(amina);
        var notices = outbox.Where(e => e.Message.Ref == $"notice:cxl:{series.Id}:{Tuesday}").ToList();
        var reinstated = outbox.Where(e => e.Message.Ref == $"notice:rei:{series.Id}:{Tuesday}").ToList();
        Assert.Equal(3, notices.Count);
        Assert.Equal(2, reinstated.Count);
        Assert.Contains("gaat toch door", reinstated[0].Message.Text, StringComparison.Ordinal);
        Assert.Contains("خبر سار", reinstated[0].Message.Text, StringComparison.Ordinal);
        Assert.True(SeriesSchedule.On(world.Services.GetRequiredService<SeriesStore>().Find(series.Id)!, tuesday)!.Cancelled);
    }

    [Fact]
    public async Task AnswersForAChosenDate_SplitComingCannotAndSilent()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        var series = Series(facilitators: "st-a");
        var sara = StaffMember("st-a", OrgA, 900);
        Add(world.Services, series, sara);
        var amina = Parent(world.Services, series, 1, "ar", "Amina");
        var olena = Parent(world.Services, series, 2, "uk");
        Parent(world.Services, series, 3, "nl");
        var store = world.Services.GetRequiredService<EnrolmentStore>();
        store.Answer(new Attendance { Id = Attendance.IdOf(series.Id, "20261126", amina.ToString()), SeriesId = series.Id, Date = "20261126", Chat = amina.ToString(), Coming = true });
        store.Answer(new Attendance
        {
            Id = Attendance.IdOf(series.Id, "20261126", olena.ToString()), SeriesId = series.Id, Date = "20261126", Chat = olena.ToString(), Reason = AbsenceReason.SickChild,
        });

        var thursday = world.Services.GetRequiredService<WhoIsComing>().On(sara, series.Id, new DateOnly(2026, 11, 26))!;
        var wednesday = world.Services.GetRequiredService<WhoIsComing>().On(sara, series.Id, new DateOnly(2026, 11, 25));

        Assert.Equal("Amina", Assert.Single(thursday.Coming).Name);
        Assert.Equal((2, AbsenceReason.SickChild), (Assert.Single(thursday.CannotCome).Parent.Number, Assert.Single(thursday.CannotCome).Reason));
        Assert.Equal(3, Assert.Single(thursday.NoAnswer).Number);
        Assert.Null(wednesday);
    }

    public void Dispose() => _dir.Dispose();

    private static SeriesInput Input() => new()
    {
        Name = "Mama Leert",
        VenueId = "v-a",
        Days = [DayOfWeek.Thursday, DayOfWeek.Tuesday],
        Start = "09:00",
        End = "11:30",
        FirstDate = "2026-12-01",
        LastDate = "2027-03-31",
        Capacity = 12,
        Languages = ["ar", "nl"],
        Bring = new Dictionary<string, string> { ["nl"] = "Een handdoek" },
        Reminders = ["evening-before@18:00", "before:60"],
    };
}
