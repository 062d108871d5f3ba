using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Activities;
using ParentBot.Core.Activities.Calendar;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>"Add to my calendar": the .ics file of one date, at its Brussels time, and the same details as text beside it.</summary>
public sealed class ActivityCalendarTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task CalendarFile_HasTheBrusselsTimeZone_AndKeeps10OClockAfterTheChangeToSummerTime()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero)));
        ActivitySeed.Venues(world.Services);
        ActivitySeed.Once(world.Services, "after", ActivitySeed.MechelenVenue, "2027-03-29", "10:00", "11:30");
        var occurrence = world.Services.GetRequiredService<ActivityFinder>().Find("after", new DateOnly(2027, 3, 29))!;

        var file = world.Services.GetRequiredService<IActivityCalendar>().Make(occurrence, "en");

        var ics = Encoding.UTF8.GetString(file.Content.Span);
        Assert.Equal("after-2027-03-29.ics", file.FileName);
        Assert.Equal("text/calendar", file.MediaType);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Brussels", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Brussels:20270329T100000", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Brussels:20270329T113000", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Outing after (Uitstap after)", ics, StringComparison.Ordinal);
        var parsed = Ical.Net.Calendar.Load(ics)!.Events.Single();
        Assert.Equal(new DateTime(2027, 3, 29, 8, 0, 0, DateTimeKind.Utc), parsed.Start!.AsUtc);
    }

    [Fact]
    public async Task CalendarButton_SendsTheFile_WithTheDateTimeAndPlacePlainlyBesideIt()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero)));
        ActivitySeed.Venues(world.Services);
        ActivitySeed.Once(world.Services, "after", ActivitySeed.MechelenVenue, "2027-03-29", "10:00", "11:30");
        var chat = await world.NewParentAsync("en");
        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");

        var reply = await world.PressAsync(chat, list.Button("act:c:after:20270329").Value);

        var message = Assert.Single(reply);
        Assert.Equal(
            "Write this in your calendar:\nOuting after (Uitstap after)\n📅 Monday 29 March 2027, 10:00–11:30\n📍 Huis van het Kind Mechelen (test), Teststraat 1, 2800 mechelen",
            message.Text);
        Assert.Equal("after-2027-03-29.ics", message.Attachment?.FileName);
        Assert.Contains("DTSTART;TZID=Europe/Brussels:20270329T100000", Encoding.UTF8.GetString(message.Attachment!.Content.Span), StringComparison.Ordinal);
    }
}
