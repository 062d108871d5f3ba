using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParentBot.Core.Localization;
using ParentBot.Core.Storage;
using ParentBot.Tests.Support;

namespace ParentBot.Tests.Activities;

/// <summary>The demo activities of dialogs/demo/activities.yaml, loaded into a new database when ParentBot:Demo is true.</summary>
public sealed class DemoActivitiesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task DemoOn_LoadsActivitiesAtTheDemoVenues_InEveryLanguage_AndSaysTheyAreDemo()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)), demo: true);
        var activities = world.Services.GetRequiredService<ActivityStore>().All();
        var venues = world.Services.GetRequiredService<VenueStore>();
        var languages = world.Services.GetRequiredService<LanguageCatalog>().All.Select(l => l.Code).ToList();

        Assert.True(activities.Count >= 8);
        Assert.All(activities, a =>
        {
            Assert.True(a.Demo);
            Assert.NotNull(venues.Find(a.Venue));
            Assert.Equal(languages.Order(StringComparer.Ordinal), a.Title.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(languages.Order(StringComparer.Ordinal), a.Description.Keys.Order(StringComparer.Ordinal));
            Assert.True(Encoding.UTF8.GetByteCount($"act:r:{a.Id}:20261124") <= 64);
        });

        // A one-off demo activity is set in days after loading, so a new demo always has something on.
        Assert.Equal("2026-12-04", activities.Single(a => a.Id == "mech-farm-outing").Date);
        Assert.Contains(activities, a => a.Weekdays.Count > 0 && a.MaxAgeMonths < 72);
        Assert.Contains(activities, a => !a.Free);
    }

    [Fact]
    public async Task DemoOn_MechelenShowsItsDemoActivities_EachMarkedAsDemo()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)), demo: true);
        var chat = await world.NewParentAsync("ti");

        var list = await world.AnswerProfileAsync(chat, remember: false, birthMonth: null, town: "mechelen");

        // Monday 10:00 in Brussels: this morning's chat morning has begun, so the list starts on Tuesday.
        Assert.Equal(["mech-playgroup", "mech-playgroup", "mech-baby-massage", "mech-parents-coffee", "mech-playgroup"], list.ActivityIds());
        Assert.All(list.Where(m => m.Ref!.StartsWith("activity:", StringComparison.Ordinal)), m =>
            Assert.EndsWith(world.Services.GetText("ti", "activities.demo"), m.Text, StringComparison.Ordinal));
        Assert.Contains("ጉጅለ ጸወታ (Speelgroep)", list.First(m => m.Ref == "activity:mech-playgroup").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoOff_LoadsNoActivities()
    {
        await using var world = new EngineWorld(_dir.DatabasePath, demo: false);

        Assert.Empty(world.Services.GetRequiredService<ActivityStore>().All());
    }
}
