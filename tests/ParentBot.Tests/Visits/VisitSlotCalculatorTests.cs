using ParentBot.Core.Visits;

namespace ParentBot.Tests.Visits;

public sealed class VisitSlotCalculatorTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WeeklyHours_GiveOneTimePerVisitLength_EndingByTheClosingTime()
    {
        var schedule = VisitTestData.Weekly("v", DayOfWeek.Wednesday, "14:00", "15:45", 2);

        var slots = VisitSlotCalculator.Between(schedule, Monday, Monday.AddDays(7));

        Assert.Equal(["202611251400", "202611251430", "202611251500"], slots.Select(s => s.Key));
        Assert.All(slots, s => Assert.Equal((TimeSpan.FromMinutes(30), 2), (s.End - s.Start, s.Capacity)));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero), slots[0].Start);
    }

    [Fact]
    public void ClosedDays_HaveNoWeeklyTimes_ButAOneOffTimeStillCounts()
    {
        var schedule = VisitTestData.Weekly("v", DayOfWeek.Wednesday, "14:00", "15:00", 1);
        schedule.Closed.Add("2026-11-25");
        schedule.OneOff.Add(new OneOffVisitTime { Start = "2026-11-25 10:00", Minutes = 45, Families = 3 });

        var slots = VisitSlotCalculator.Between(schedule, Monday, Monday.AddDays(14));

        Assert.Equal(["202611251000", "202612021400", "202612021430"], slots.Select(s => s.Key));
        Assert.Equal((3, TimeSpan.FromMinutes(45)), (slots[0].Capacity, slots[0].End - slots[0].Start));
    }

    [Fact]
    public void SummerTime_KeepsTheWallClockTime_AndMovesTheInstant()
    {
        var schedule = VisitTestData.Weekly("v", DayOfWeek.Friday, "10:00", "10:30", 1);
        var from = new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.Zero);

        var slots = VisitSlotCalculator.Between(schedule, from, from.AddDays(14));

        Assert.Equal(new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero), slots[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 8, 0, 0, TimeSpan.Zero), slots[1].Start);
    }

    [Fact]
    public void Find_KnowsOnlyTheTimesOfTheSchedule()
    {
        var schedule = VisitTestData.Weekly("v", DayOfWeek.Wednesday, "14:00", "15:00", 1);

        Assert.NotNull(VisitSlotCalculator.Find(schedule, "202611251430"));
        Assert.Null(VisitSlotCalculator.Find(schedule, "202611251415"));
        Assert.Null(VisitSlotCalculator.Find(schedule, "202611261400"));
        Assert.Null(VisitSlotCalculator.Find(schedule, "not-a-time"));
    }

    [Fact]
    public void BadHours_GiveNoTimes_InsteadOfFailing()
    {
        var schedule = new VisitSchedule
        {
            Id = "v",
            Weekly = [new WeeklyVisitHours { Day = DayOfWeek.Wednesday, From = "25:00", Until = "26:00" }, new WeeklyVisitHours { Day = DayOfWeek.Wednesday, From = "23:30", Until = "23:59", Minutes = 60 }],
            OneOff = [new OneOffVisitTime { Start = "tomorrow" }],
        };

        Assert.Empty(VisitSlotCalculator.Between(schedule, Monday, Monday.AddDays(7)));
    }
}
