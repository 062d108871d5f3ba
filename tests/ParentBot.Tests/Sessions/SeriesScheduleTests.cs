using ParentBot.Core.Sessions;

namespace ParentBot.Tests.Sessions;

public sealed class SeriesScheduleTests
{
    private static SessionSeries Tuesdays() => new()
    {
        Id = "s", Days = [DayOfWeek.Tuesday], Start = "09:00", End = "11:30",
        FirstDate = "2027-03-01", LastDate = "2027-11-30", Holidays = ["2027-04-06"], Cancelled = ["2027-04-13"],
    };

    [Fact]
    public void SessionsStayAtNineLocal_AcrossBothSummerTimeChanges()
    {
        var dates = SeriesSchedule.Between(Tuesdays(), new DateOnly(2027, 3, 20), new DateOnly(2027, 11, 5)).ToList();

        // Winter time (UTC+1) before 28 March 2027, summer time (UTC+2) until 31 October 2027.
        Assert.Equal(new DateTimeOffset(2027, 3, 23, 8, 0, 0, TimeSpan.Zero), dates.Single(d => d.Date == new DateOnly(2027, 3, 23)).StartUtc);
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 7, 0, 0, TimeSpan.Zero), dates.Single(d => d.Date == new DateOnly(2027, 3, 30)).StartUtc);
        Assert.Equal(new DateTimeOffset(2027, 10, 26, 7, 0, 0, TimeSpan.Zero), dates.Single(d => d.Date == new DateOnly(2027, 10, 26)).StartUtc);
        Assert.Equal(new DateTimeOffset(2027, 11, 2, 8, 0, 0, TimeSpan.Zero), dates.Single(d => d.Date == new DateOnly(2027, 11, 2)).StartUtc);
        Assert.All(dates, d => Assert.Equal(DayOfWeek.Tuesday, d.Date.DayOfWeek));
    }

    [Fact]
    public void Holidays_AreLeftOut_CancelledDates_StayMarked()
    {
        var dates = SeriesSchedule.Between(Tuesdays(), new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 30)).ToList();

        Assert.DoesNotContain(dates, d => d.Date == new DateOnly(2027, 4, 6));
        Assert.True(dates.Single(d => d.Date == new DateOnly(2027, 4, 13)).Cancelled);
        Assert.Equal([13, 20, 27], dates.Select(d => d.Date.Day));
    }

    [Fact]
    public void EveningBeforeReminder_IsSixPmLocal_TheDayBefore_EvenAcrossTheChange()
    {
        var occurrence = SeriesSchedule.On(Tuesdays(), new DateOnly(2027, 3, 30))!;

        // Monday 29 March 2027 18:00 in summer time is 16:00 UTC; one hour before 9:00 is 06:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 16, 0, 0, TimeSpan.Zero), ReminderLead.Parse("evening-before@18:00").DueFor(occurrence));
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 6, 0, 0, TimeSpan.Zero), ReminderLead.Parse("before:60").DueFor(occurrence));
        Assert.Throws<FormatException>(() => ReminderLead.Parse("tomorrow"));
    }
}
