using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Conversations;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;
using ParentBot.Tests.Support;
using ParentBot.Tests.Visits;

namespace ParentBot.Tests.Staff;

/// <summary>
/// The console's venues and visit hours over HTTP: venue data checked field by field, hours and closed days that
/// change what parents are offered without ever dropping a booked visit, audit, and another organisation's venue.
/// </summary>
public sealed class ConsoleVenuesTests : IAsyncLifetime
{
    private ConsoleWorld _world = null!;
    private StaffAccount _sara = null!;

    public Task InitializeAsync()
    {
        _world = new ConsoleWorld();
        VisitTestData.Seed(_world.Services);
        _sara = _world.ReadyAccount("org-mechelen", "sara.venues@mechelen.test");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static Dictionary<string, string> VenueFields(string name = "Kinderopvang 't Zonneke", string postcode = "2800") => new()
    {
        ["Name"] = name, ["Address"] = "Proefplein 12", ["Postcode"] = postcode, ["Municipality"] = "mechelen", ["Languages"] = "nl",
        ["MinAgeMonths"] = "3", ["MaxAgeMonths"] = "36", ["Latitude"] = "51,0236", ["Longitude"] = "4.4712",
        ["DescriptionNl"] = "Een plek voor kinderen.", ["DescriptionEn"] = "A place for little children.", ["AccessibilityEn"] = "Step-free entrance.",
    };

    private IReadOnlyList<string> Offered(string venue) => [.. _world.Services.GetRequiredService<VisitSlots>().Free(venue).Select(s => s.Key)];

    [Fact]
    public async Task VenueList_ShowsOnlyTheOwnOrganisationsVenues()
    {
        using var client = await _world.LoggedInAsync(_sara);

        var list = await client.GetAsync("/staff/venues");

        Assert.Contains("/staff/venues/zonneke", list.Html, StringComparison.Ordinal);
        Assert.Contains("/staff/venues/regenboog/hours", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("kleine-wereld", list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditedVenue_IsSavedAndAudited_AndOutdatedTranslationsGo()
    {
        using var client = await _world.LoggedInAsync(_sara);
        var venues = _world.Services.GetRequiredService<VenueStore>();
        var before = venues.Find(VisitTestData.Zonneke)!;
        before.Description["ar"] = "مكان للأطفال";
        venues.Save(before);

        var saved = await client.PostAsync("/staff/venues/zonneke", "/staff/venues/zonneke", VenueFields("Kinderopvang Zonneke"));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var venue = venues.Find(VisitTestData.Zonneke)!;
        Assert.Equal(("Kinderopvang Zonneke", "Proefplein 12", 36, 51.0236), (venue.Name, venue.Address, venue.MaxAgeMonths, venue.Latitude));
        Assert.Equal(["nl"], venue.Languages);
        Assert.Equal(["en", "nl"], venue.Description.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("A place for little children.", venue.Description["en"]);
        Assert.Contains(_world.Services.GetRequiredService<AuditStore>().InOrganisation("org-mechelen", 0, 100), e => e.Action == "venue.edit" && e.Subject == "zonneke");
    }

    [Fact]
    public async Task WrongVenueData_IsRefused_WithAMessageBesideEachField_AndNothingChanges()
    {
        using var client = await _world.LoggedInAsync(_sara);
        var fields = VenueFields(name: " ", postcode: "9000");
        fields["MinAgeMonths"] = "40";
        fields["Latitude"] = "4.47";

        var refused = await client.PostAsync("/staff/venues/zonneke", "/staff/venues/zonneke", fields);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Not saved.", refused.Html, StringComparison.Ordinal);
        Assert.Contains("Fill in the name.", refused.Html, StringComparison.Ordinal);
        Assert.Contains("This postcode is not one of the chosen town&#x27;s postcodes.", refused.Html, StringComparison.Ordinal);
        Assert.Contains("The youngest age must not be above the oldest age.", refused.Html, StringComparison.Ordinal);
        Assert.Contains("The latitude must be a number between 49.4 and 51.6", refused.Html, StringComparison.Ordinal);
        Assert.Equal("Kinderopvang 't Zonneke", _world.Services.GetRequiredService<VenueStore>().Find(VisitTestData.Zonneke)!.Name);
    }

    [Fact]
    public async Task AnotherOrganisationsVenue_IsNotFound_AndCannotBeChanged()
    {
        using var client = await _world.LoggedInAsync(_sara);

        var page = await client.GetAsync("/staff/venues/kleine-wereld");
        var hours = await client.GetAsync("/staff/venues/kleine-wereld/hours");
        var edit = await client.PostAsync("/staff/venues/zonneke", "/staff/venues/kleine-wereld", VenueFields("Taken over"));
        var addHours = await client.PostAsync("/staff/venues/zonneke/hours", "/staff/venues/kleine-wereld/hours?handler=addWeekly",
            new Dictionary<string, string> { ["day"] = "Monday", ["from"] = "09:00", ["until"] = "10:00", ["minutes"] = "30", ["families"] = "1" });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [page.Status, hours.Status, edit.Status, addHours.Status]);
        Assert.Equal("Kinderopvang De Kleine Wereld", _world.Services.GetRequiredService<VenueStore>().Find(VisitTestData.KleineWereld)!.Name);
        Assert.Single(_world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.KleineWereld)!.Weekly);
    }

    [Fact]
    public async Task NewWeeklyHours_AreOfferedToParents_AndAudited()
    {
        using var client = await _world.LoggedInAsync(_sara);

        var added = await client.PostAsync("/staff/venues/zonneke/hours", "/staff/venues/zonneke/hours?handler=addWeekly",
            new Dictionary<string, string> { ["day"] = "Friday", ["from"] = "09:00", ["until"] = "10:00", ["minutes"] = "30", ["families"] = "3" });
        var page = await client.GetAsync("/staff/venues/zonneke/hours");

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains("202611270900", Offered(VisitTestData.Zonneke));
        Assert.Contains("202611270930", Offered(VisitTestData.Zonneke));
        Assert.Contains("data-key=\"202611270900\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(_world.Services.GetRequiredService<AuditStore>().InOrganisation("org-mechelen", 0, 100), e => e.Action == "visit-hours.edit" && e.Subject == "zonneke");
    }

    [Fact]
    public async Task OneOffTime_FromTheForm_IsListedAndOffered_AndAWrongOneIsExplained()
    {
        using var client = await _world.LoggedInAsync(_sara);

        var added = await client.PostAsync("/staff/venues/zonneke/hours", "/staff/venues/zonneke/hours?handler=addOneOff",
            new Dictionary<string, string> { ["date"] = "2026-12-05", ["time"] = "10:00", ["minutes"] = "30", ["families"] = "2" });
        var wrong = await client.PostAsync("/staff/venues/zonneke/hours", "/staff/venues/zonneke/hours?handler=addOneOff",
            new Dictionary<string, string> { ["date"] = "2026-12-05", ["time"] = "10h", ["minutes"] = "30", ["families"] = "2" });
        var page = await client.GetAsync("/staff/venues/zonneke/hours");

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains("202612051000", Offered(VisitTestData.Zonneke));
        Assert.Contains("data-field=\"time\"", wrong.Html, StringComparison.Ordinal);
        Assert.Contains("Saturday 5 December 2026, 10:00", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedHoursWithABookedVisit_KeepTheVisit_ShownAsStillBooked()
    {
        using var client = await _world.LoggedInAsync(_sara);
        var draft = new VisitDraft(VisitIds.New(), ChatKey.ForWeb("parent-kept"), VisitTestData.Zonneke, VisitTestData.FirstTime, "2025-03", VisitNeeds.None, "en", null);
        Assert.Equal(RequestOutcome.Sent, _world.Services.GetRequiredService<VisitRequests>().Request(draft));
        var key = VisitHoursEditor.KeyOf(_world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!.Weekly.Single());

        var removed = await client.PostAsync("/staff/venues/zonneke/hours", "/staff/venues/zonneke/hours?handler=removeWeekly", new Dictionary<string, string> { ["key"] = key });
        var page = await client.GetAsync("/staff/venues/zonneke/hours");
        var approved = await client.PostAsync($"/staff/visits/{draft.Id}", $"/staff/visits/{draft.Id}?handler=approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Empty(Offered(VisitTestData.Zonneke));
        Assert.Contains($"/staff/visits/{draft.Id}", page.Html, StringComparison.Ordinal);
        Assert.Contains("no longer in the visit hours, still booked", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        var booking = _world.Services.GetRequiredService<VisitBookingStore>().Find(draft.Id)!;
        Assert.Equal((VisitStatus.Approved, VisitTestData.FirstTime), (booking.Status, booking.SlotKey));
    }

    [Fact]
    public async Task ClosedDay_WithANote_TakesItsTimesAway_AndCanBeRemovedAgain()
    {
        using var client = await _world.LoggedInAsync(_sara);
        var path = "/staff/venues/zonneke/hours";

        var closed = await client.PostAsync(path, path + "?handler=addClosed", new Dictionary<string, string> { ["date"] = "2026-11-25", ["note"] = "<b>Team day</b>" });
        var page = await client.GetAsync(path);
        var offeredWhileClosed = Offered(VisitTestData.Zonneke);
        var reopened = await client.PostAsync(path, path + "?handler=removeClosed", new Dictionary<string, string> { ["date"] = "2026-11-25" });

        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        Assert.DoesNotContain(VisitTestData.FirstTime, offeredWhileClosed);
        Assert.Contains("&lt;b&gt;Team day&lt;/b&gt;", page.Html, StringComparison.Ordinal);
        Assert.Contains("Wednesday 25 November 2026", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reopened.Status);
        Assert.Contains(VisitTestData.FirstTime, Offered(VisitTestData.Zonneke));
        Assert.Empty(_world.Services.GetRequiredService<VisitScheduleStore>().Find(VisitTestData.Zonneke)!.ClosedNotes);
    }
}
