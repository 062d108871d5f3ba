using ParentBot.Core.Calendar;

namespace ParentBot.Tests.Visits;

public sealed class BrusselsLocalTimeTests
{
    [Fact]
    public void WallTime_InWinterAndSummer_HasTheRightOffset()
    {
        Assert.Equal(TimeSpan.FromHours(1), BrusselsLocalTime.ToInstant(new DateTime(2026, 3, 28, 14, 0, 0)).Offset);
        Assert.Equal(TimeSpan.FromHours(2), BrusselsLocalTime.ToInstant(new DateTime(2026, 3, 29, 14, 0, 0)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), BrusselsLocalTime.ToInstant(new DateTime(2026, 10, 25, 14, 0, 0)).Offset);
    }

    [Fact]
    public void SkippedTime_MovesForward_AndDoubledTime_IsTheEarlier()
    {
        var skipped = BrusselsLocalTime.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0));
        var doubled = BrusselsLocalTime.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), skipped.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), doubled.ToUniversalTime());
    }

    [Fact]
    public void TwoWorkingDays_FromFriday_EndOnTuesday()
    {
        var friday = BrusselsLocalTime.ToInstant(new DateTime(2026, 11, 27, 16, 0, 0));

        var due = BrusselsLocalTime.AddWorkingDays(friday, 2);

        Assert.Equal(new DateTime(2026, 12, 1, 16, 0, 0), BrusselsLocalTime.ToWall(due));
    }

    [Fact]
    public void SlotKey_RoundTrips()
    {
        var wall = new DateTime(2026, 11, 25, 14, 30, 0);

        Assert.Equal("202611251430", BrusselsLocalTime.Key(wall));
        Assert.True(BrusselsLocalTime.TryParseKey("202611251430", out var back));
        Assert.Equal(wall, back);
        Assert.False(BrusselsLocalTime.TryParseKey("2026-11-25", out _));
    }
}
