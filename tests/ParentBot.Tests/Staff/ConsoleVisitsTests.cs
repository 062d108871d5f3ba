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
/// The console's visit requests over HTTP: the list per venue, decisions through the same review as Telegram (the
/// parent's message queued in their language, the audit log), another organisation's request, and roles.
/// </summary>
public sealed class ConsoleVisitsTests : IAsyncLifetime
{
    private ConsoleWorld _world = null!;
    private StaffAccount _mechelen = null!;
    private StaffAccount _facilitator = null!;
    private VisitBooking _own = null!;
    private VisitBooking _gents = null!;

    public async Task InitializeAsync()
    {
        _world = new ConsoleWorld();
        VisitTestData.Seed(_world.Services);
        _mechelen = _world.ReadyAccount("org-mechelen", "sara.console@mechelen.test");
        _facilitator = _world.ReadyAccount("org-mechelen", "fien.console@mechelen.test", StaffRole.Facilitator);
        _own = Request(VisitTestData.Zonneke, VisitTestData.FirstTime, "ar", VisitNeeds.Interpreter);
        _gents = Request(VisitTestData.KleineWereld, "202611260900", "en", VisitNeeds.None);
        await Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private VisitBooking Request(string venue, string time, string language, string needs)
    {
        var draft = new VisitDraft(VisitIds.New(), ChatKey.ForWeb("parent-" + venue), venue, time, "2025-03", needs, language, null);
        Assert.Equal(RequestOutcome.Sent, _world.Services.GetRequiredService<VisitRequests>().Request(draft));
        return Booking(draft.Id);
    }

    private VisitBooking Booking(string id) => _world.Services.GetRequiredService<VisitBookingStore>().Find(id)!;

    [Fact]
    public async Task HomePage_CountsTheOwnOrganisationsWaitingVisitRequests_ForReviewersOnly()
    {
        using var staff = await _world.LoggedInAsync(_mechelen);
        using var facilitator = await _world.LoggedInAsync(_facilitator);

        var home = await staff.GetAsync("/staff");
        var facilitatorsHome = await facilitator.GetAsync("/staff");

        // Mechelen has one request waiting; Gent's does not count.
        Assert.Matches("id=\"visits-waiting\">\\s*<strong class=\"big\">1</strong>\\s*<span>visit requests wait for an answer</span>", home.Html);
        Assert.DoesNotContain("visits-waiting", facilitatorsHome.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestList_ShowsTheOwnOrganisationsRequests_WithTimeAgeNeedsAndLanguageName()
    {
        using var client = await _world.LoggedInAsync(_mechelen);

        var list = await client.GetAsync("/staff/visits");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains($"/staff/visits/{_own.Id}", list.Html, StringComparison.Ordinal);
        Assert.Contains("Kinderopvang &#x27;t Zonneke", list.Html, StringComparison.Ordinal);
        Assert.Contains("Wednesday 25 November 2026, 14:00", list.Html, StringComparison.Ordinal);
        Assert.Contains("20 months", list.Html, StringComparison.Ordinal);
        Assert.Contains("an interpreter", list.Html, StringComparison.Ordinal);
        Assert.Contains("Arabic · العربية (ar)", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(_gents.Id, list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kleine Wereld", list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_MovesTheRequestToHistory_QueuesTheParentsMessage_AndIsAudited()
    {
        using var client = await _world.LoggedInAsync(_mechelen);

        var approved = await client.PostAsync($"/staff/visits/{_own.Id}", $"/staff/visits/{_own.Id}?handler=approve", new Dictionary<string, string>());
        var page = await client.GetAsync(approved.Location!.OriginalString);
        var open = await client.GetAsync("/staff/visits");
        var history = await client.GetAsync("/staff/visits?view=history");

        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Contains("Approved. The parent gets a confirmation", page.Html, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Approved, Booking(_own.Id).Status);
        Assert.Equal("notice:visit-approved", _world.Services.GetRequiredService<OutboxStore>().Find($"visit:{_own.Id}:2:p")!.Message.Ref);
        Assert.DoesNotContain(_own.Id, open.Html, StringComparison.Ordinal);
        Assert.Contains(_own.Id, history.Html, StringComparison.Ordinal);
        Assert.Contains(_world.Services.GetRequiredService<AuditStore>().InOrganisation("org-mechelen", 0, 100),
            e => e.Action == "visit.approve" && e.Subject == _own.Id && e.ActorId == _mechelen.Id);
    }

    [Fact]
    public async Task Decline_NeedsAReasonFromTheList_ThenTellsTheParent()
    {
        using var client = await _world.LoggedInAsync(_mechelen);
        var path = $"/staff/visits/{_own.Id}";

        var forged = await client.PostAsync(path, path + "?handler=decline", new Dictionary<string, string> { ["reason"] = "we-do-not-like-you" });
        var declined = await client.PostAsync(path, path + "?handler=decline", new Dictionary<string, string> { ["reason"] = DeclineReasons.Full });

        Assert.Equal(HttpStatusCode.OK, forged.Status);
        Assert.Contains("Choose a reason from the list.", forged.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        var booking = Booking(_own.Id);
        Assert.Equal((VisitStatus.Declined, DeclineReasons.Full), (booking.Status, booking.DeclineReason));
        Assert.NotNull(_world.Services.GetRequiredService<OutboxStore>().Find($"visit:{_own.Id}:2:p"));
    }

    [Fact]
    public async Task Propose_OffersOnlyFreeTimesOfTheSameVenue_AndMovesTheVisit()
    {
        using var client = await _world.LoggedInAsync(_mechelen);
        var path = $"/staff/visits/{_own.Id}";

        var page = await client.GetAsync(path);
        var proposed = await client.PostAsync(path, path + "?handler=propose", new Dictionary<string, string> { ["time"] = VisitTestData.SecondTime });

        Assert.Contains($"value=\"{VisitTestData.SecondTime}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{VisitTestData.FirstTime}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"202611260900\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, proposed.Status);
        var booking = Booking(_own.Id);
        Assert.Equal((VisitStatus.Proposed, VisitTestData.SecondTime), (booking.Status, booking.SlotKey));
    }

    [Fact]
    public async Task AnotherOrganisationsRequest_IsNotFound_AndCannotBeDecided()
    {
        using var client = await _world.LoggedInAsync(_mechelen);
        var path = $"/staff/visits/{_gents.Id}";

        var page = await client.GetAsync(path);
        var approve = await client.PostAsync($"/staff/visits/{_own.Id}", path + "?handler=approve", new Dictionary<string, string>());
        var decline = await client.PostAsync($"/staff/visits/{_own.Id}", path + "?handler=decline", new Dictionary<string, string> { ["reason"] = DeclineReasons.Full });

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Not found.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kleine Wereld", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, approve.Status);
        Assert.Equal(HttpStatusCode.NotFound, decline.Status);
        Assert.Equal(VisitStatus.Requested, Booking(_gents.Id).Status);
        Assert.Null(_world.Services.GetRequiredService<OutboxStore>().Find($"visit:{_gents.Id}:2:p"));
    }

    [Theory]
    [InlineData("/staff/visits")]
    [InlineData("/staff/venues")]
    [InlineData("/staff/venues/zonneke/hours")]
    public async Task Facilitators_CannotOpenVisitPages_NorSeeThemInTheNavigation(string path)
    {
        using var client = await _world.LoggedInAsync(_facilitator);

        var page = await client.GetAsync(path);
        var request = await client.GetAsync($"/staff/visits/{_own.Id}");
        var home = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal(HttpStatusCode.Forbidden, request.Status);
        Assert.DoesNotContain("href=\"/staff/visits\"", home.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/staff/venues\"", home.Html, StringComparison.Ordinal);
    }
}
