using System.Text;
using ParentBot.Core.Calendar;

namespace ParentBot.Tests.Visits;

public sealed class IcsFileTests
{
    private static CalendarEntry Entry(DateTimeOffset start) => new(
        "visit-ab12cd34@parentbot", 1, "Visit: Kinderopvang 't Zonneke", "You come with your child.\nNo obligation.",
        "Proefplein 12, 2800 Mechelen", start, start.AddMinutes(30), new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(2026, 3, 27, 9)]   // winter time: 10:00 in Brussels is 09:00 UTC
    [InlineData(2026, 3, 30, 8)]   // summer time: 10:00 in Brussels is 08:00 UTC
    [InlineData(2026, 10, 26, 9)]  // winter time again
    public void Entry_ParsesBack_AtTheSameBrusselsTime_AcrossSummerTime(int year, int month, int day, int utcHour)
    {
        var start = new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero);

        var parsed = Ical.Net.Calendar.Load(IcsFile.Write(Entry(start)))!;

        var visit = Assert.Single(parsed.Events);
        Assert.Equal("Europe/Brussels", visit.DtStart!.TzId);
        Assert.Equal(10, visit.DtStart.Hour);
        Assert.Equal(start.UtcDateTime, visit.DtStart.AsUtc);
        Assert.Equal(start.AddMinutes(30).UtcDateTime, visit.DtEnd!.AsUtc);
        Assert.Equal("visit-ab12cd34@parentbot", visit.Uid);
        Assert.Equal(1, visit.Sequence);
        Assert.Equal("Proefplein 12, 2800 Mechelen", visit.Location);
        Assert.Equal("You come with your child.\nNo obligation.", visit.Description);
    }

    [Fact]
    public void File_CarriesTheBrusselsTimeZone_AndTheStampFromOurClock()
    {
        var text = IcsFile.Write(Entry(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero)));

        var zone = Assert.Single(Ical.Net.Calendar.Load(text)!.TimeZones);
        Assert.Equal("Europe/Brussels", zone.TzId);
        Assert.Contains("DTSTART;TZID=Europe/Brussels:20261125T140000", text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20260301T080000Z", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachment_IsAnIcsFileInUtf8()
    {
        var file = IcsFile.Attachment(Entry(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero)) with { Summary = "Визит: 't Zonneke" }, "visit.ics");

        Assert.Equal("text/calendar", file.MediaType);
        Assert.Equal("visit.ics", file.FileName);
        Assert.Equal("Визит: 't Zonneke", Ical.Net.Calendar.Load(Encoding.UTF8.GetString(file.Content.Span))!.Events.Single().Summary);
    }
}
