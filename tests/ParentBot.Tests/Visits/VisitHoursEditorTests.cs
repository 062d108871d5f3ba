using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Visits;

/// <summary>The checks on weekly visit hours, closed days and one-off times, and who may change them (the clock: Monday 23 November 2026).</summary>
public sealed class VisitHoursEditorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static VisitHoursEditor Editor(EngineWorld world) => ActivatorUtilities.CreateInstance<VisitHoursEditor>(world.Services);

    [Theory]
    [InlineData("Funday", "09:00", "10:00", "30", "1", "console.hours.problem.day")]
    [InlineData("3", "09:00", "10:00", "30", "1", "console.hours.problem.day")]
    [InlineData("Friday", "9h", "10:00", "30", "1", "console.hours.problem.time")]
    [InlineData("Friday", "10:00", "09:00", "30", "1", "console.hours.problem.order")]
    [InlineData("Friday", "09:00", "09:20", "30", "1", "console.hours.problem.order")]
    [InlineData("Friday", "23:50", "23:59", "30", "1", "console.hours.problem.order")]
    [InlineData("Friday", "09:00", "10:00", "5", "1", "console.hours.problem.minutes")]
    [InlineData("Friday", "09:00", "10:00", "30", "0", "console.hours.problem.families")]
    [InlineData("Friday", "09:00", "10:00", "30", "-2", "console.hours.problem.families")]
    [InlineData("Wednesday", "15:30", "17:00", "30", "1", "console.hours.problem.overlap")]
    public async Task WrongWeeklyHours_AreRefused_WithTheReason(string day, string from, string until, string minutes, string families, string problem)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);

        var result = Editor(world).AddWeekly(VisitTestData.Sara(world.Services), VisitTestData.Zonneke, new WeeklyHoursInput(day, from, until, minutes, families));

        Assert.Equal(problem, Assert.Single(result.Problems).TextKey);
        Assert.Single(world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!.Weekly);
    }

    [Fact]
    public async Task HoursRightAfterOthers_OnTheSameDay_AreNoOverlap()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);

        var result = Editor(world).AddWeekly(VisitTestData.Sara(world.Services), VisitTestData.Zonneke, new WeeklyHoursInput("wednesday", "16:00", "17:00", "30", "1"));

        Assert.True(result.IsSaved);
        Assert.Equal(["14:00", "16:00"], world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!.Weekly.Select(h => h.From));
    }

    [Theory]
    [InlineData("25/12/2026", "console.hours.problem.date")]
    [InlineData("2026-11-22", "console.hours.problem.date-past")]
    public async Task WrongClosedDays_AreRefused(string date, string problem)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);

        var result = Editor(world).AddClosed(VisitTestData.Sara(world.Services), VisitTestData.Zonneke, new ClosedDayInput(date, null));

        Assert.Equal(problem, Assert.Single(result.Problems).TextKey);
        Assert.Empty(world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!.Closed);
    }

    [Fact]
    public async Task VenueWithoutASchedule_GetsItsFirstHours()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);

        var result = Editor(world).AddWeekly(VisitTestData.Sara(world.Services), "hvk-mechelen", new WeeklyHoursInput("Monday", "10:00", "11:00", "60", "4"));

        Assert.True(result.IsSaved);
        Assert.Equal(["202611301000", "202612071000", "202612141000"], world.Services.GetRequiredService<VisitSlots>().Free("hvk-mechelen").Select(s => s.Key));
    }

    [Fact]
    public async Task OtherOrganisationsAndFacilitators_FindNoVenue_AndChangeNothing()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var staff = world.Services.GetRequiredService<StaffStore>();
        var editor = Editor(world);
        var hours = new WeeklyHoursInput("Monday", "10:00", "11:00", "30", "1");

        var gent = editor.AddWeekly(VisitTestData.Gent(world.Services), VisitTestData.Zonneke, hours);
        var facilitator = editor.AddClosed(staff.Find("facilitator")!, VisitTestData.Zonneke, new ClosedDayInput("2026-12-24", null));

        Assert.Equal((false, false), (gent.Found, facilitator.Found));
        Assert.Null(editor.Venue(staff.Find("facilitator")!, VisitTestData.Zonneke));
        var schedule = world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!;
        Assert.Equal((1, 0), (schedule.Weekly.Count, schedule.Closed.Count));
        Assert.Empty(world.Services.GetRequiredService<AuditStore>().InOrganisation("org-gent", 0, 100));
    }

    [Fact]
    public async Task StaffAddingHoursAtTheSameTime_KeepEveryLine()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var editor = Editor(world);
        var sara = VisitTestData.Sara(world.Services);

        var results = await Task.WhenAll(Enumerable.Range(8, 10).Select(hour => Task.Run(() =>
            editor.AddWeekly(sara, VisitTestData.Zonneke, new WeeklyHoursInput("Monday", $"{hour:00}:00", $"{hour + 1:00}:00", "30", "1")))));

        Assert.All(results, r => Assert.True(r.IsSaved));
        Assert.Equal(11, world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!.Weekly.Count);
    }

    [Fact]
    public async Task OneOffTime_IsOfferedToParents_EvenOnAClosedDay_AndIsAudited()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var editor = Editor(world);
        var sara = VisitTestData.Sara(world.Services);
        Assert.True(editor.AddClosed(sara, VisitTestData.Zonneke, new ClosedDayInput("2026-12-05", null)).IsSaved);

        // Saturday 5 December 2026, 10:00 in Brussels: a morning for working parents.
        var result = editor.AddOneOff(sara, VisitTestData.Zonneke, new OneOffTimeInput("2026-12-05", "10:00", "45", "3"));

        Assert.True(result.IsSaved);
        var slot = Assert.Single(world.Services.GetRequiredService<VisitSlots>().Free(VisitTestData.Zonneke), s => s.Key == "202612051000");
        Assert.Equal(3, slot.Capacity);
        Assert.Contains(world.Services.GetRequiredService<AuditStore>().InOrganisation("org-mechelen", 0, 100), e => e.Action == VisitHoursEditor.OneOffEdited);
    }

    [Theory]
    [InlineData("05/12/2026", "10:00", "30", "1", "console.hours.problem.date")]
    [InlineData("2026-12-05", "10h", "30", "1", "console.hours.problem.time")]
    [InlineData("2026-11-23", "08:00", "30", "1", "console.hours.problem.date-past")]
    [InlineData("2026-12-05", "23:50", "30", "1", "console.hours.problem.order")]
    [InlineData("2026-12-05", "10:00", "300", "1", "console.hours.problem.minutes")]
    [InlineData("2026-12-05", "10:00", "30", "0", "console.hours.problem.families")]
    public async Task WrongOneOffTimes_AreRefused_WithTheReason(string date, string time, string minutes, string families, string problem)
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);

        var result = Editor(world).AddOneOff(VisitTestData.Sara(world.Services), VisitTestData.Zonneke, new OneOffTimeInput(date, time, minutes, families));

        Assert.Equal(problem, Assert.Single(result.Problems).TextKey);
        Assert.Empty(world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!.OneOff);
    }

    [Fact]
    public async Task OneOffTime_Twice_IsRefused_AnotherOrganisationCannotRemoveIt_ItsOwnStaffCan()
    {
        await using var world = new EngineWorld(_dir.DatabasePath);
        VisitTestData.Seed(world.Services);
        var editor = Editor(world);
        var sara = VisitTestData.Sara(world.Services);
        var input = new OneOffTimeInput("2026-12-05", "10:00", "30", "1");
        Assert.True(editor.AddOneOff(sara, VisitTestData.Zonneke, input).IsSaved);

        var twice = editor.AddOneOff(sara, VisitTestData.Zonneke, input);
        var byGent = editor.RemoveOneOff(VisitTestData.Gent(world.Services), VisitTestData.Zonneke, "2026-12-05 10:00");
        var store = world.Services.GetRequiredService<VisitScheduleStore>();
        var kept = store.Find(VisitTestData.Zonneke)!.OneOff.Count;
        var bySara = editor.RemoveOneOff(sara, VisitTestData.Zonneke, "2026-12-05 10:00");

        Assert.Equal("console.hours.problem.one-off-twice", Assert.Single(twice.Problems).TextKey);
        Assert.False(byGent.Found);
        Assert.Equal(1, kept);
        Assert.True(bySara.IsSaved);
        Assert.Empty(store.Find(VisitTestData.Zonneke)!.OneOff);
    }
}
