using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParentBot.Core.Localization;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Editing;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.BrowserTests;

/// <summary>
/// The console's Groups and Broadcast pages in Chromium: a facilitator makes a group and prints its poster, a
/// message reaches a parent who joined in the web chat, and another organisation's facilitator gets nowhere.
/// </summary>
public sealed class GroupConsoleTests(ConsolePageHost host) : IClassFixture<ConsolePageHost>
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 10_000 };

    /// <summary>The chat page asks for pushed messages every 5 seconds; the status page reloads every 5.</summary>
    private static readonly LocatorAssertionsToHaveCountOptions Pushed = new() { Timeout = 30_000 };

    [Fact]
    public async Task Facilitator_MakesAGroup_AndSeesItsCodeAndPrintablePoster()
    {
        var nadia = host.ReadyAccount(ConsolePageHost.Mechelen, "nadia.poster@hvk.be", StaffRole.Facilitator);
        var page = await host.LogInAsync(nadia);

        await page.Locator("nav.sections").GetByRole(AriaRole.Link, new() { Name = "Groups" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New group" }).ClickAsync();
        await page.GetByLabel("Name of the group (as parents know it)").FillAsync("Babbelgroep <script>");
        await page.GetByLabel("Tuesday", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Thursday", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the group" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Babbelgroep <script>" })).ToBeVisibleAsync();
        var code = (await page.Locator("#invite-code").InnerTextAsync()).Trim();
        Assert.True(InviteCodes.LooksLikeCode(code, out _), code);
        var group = host.Services.GetRequiredService<SeriesStore>().FindByInviteCode(code)!;
        Assert.Equal([nadia.Id], group.Facilitators);

        await page.Locator("#poster-link").ClickAsync();
        await Assertions.Expect(page.Locator(".sheet .code")).ToHaveTextAsync(code);
        await Assertions.Expect(page.Locator(".sheet .scan li")).ToHaveCountAsync(3, Soon);
        // The image may still be loading when the text is there: wait (bounded) until it has loaded, big enough to scan.
        await page.WaitForFunctionAsync(
            "() => { const i = document.querySelector('img.qr'); return i !== null && i.complete && i.naturalWidth > 200; }",
            null,
            new() { Timeout = 10_000 });
        var qr = await page.Context.APIRequest.GetAsync(new Uri(host.BaseAddress, $"/staff/groups/{group.Id}/poster/qr").ToString());
        Assert.Equal(200, qr.Status);
        Assert.Equal("image/png", qr.Headers["content-type"]);
    }

    [Fact]
    public async Task Broadcast_ToAParentWhoJoinedInTheWebChat_ShowsSent_AndArrivesInTheirChat()
    {
        var nadia = host.ReadyAccount(ConsolePageHost.Mechelen, "nadia.broadcast@hvk.be", StaffRole.Facilitator);
        var group = NewGroup(nadia, "Koffie en Kletsen");
        var parent = await host.OpenPhonePageAsync($"/?lang=en&join={group.InviteCode}");
        await Assertions.Expect(parent.Locator(".msg.bot[data-ref='flow:join-group/confirm']")).ToHaveCountAsync(1, Soon);
        await parent.GetByRole(AriaRole.Button, new() { Name = "✅ Yes, join" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".msg.bot[data-ref='flow:join-group/name']")).ToHaveCountAsync(1, Soon);
        await parent.FillAsync("#input", "Amina Haddad");
        await parent.PressAsync("#input", "Enter");
        await Assertions.Expect(parent.Locator(".msg.bot[data-ref='flow:join-group/joined']")).ToHaveCountAsync(1, Soon);

        var staff = await host.LogInAsync(nadia);
        await staff.GotoAsync(new Uri(host.BaseAddress, $"/staff/groups/{group.Id}/broadcast").ToString());
        await staff.GetByLabel("Your message (in English (en)):").FillAsync("We meet in the garden tomorrow.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Show what parents will read" }).ClickAsync();
        await Assertions.Expect(staff.Locator("section.preview[data-language='en']")).ToContainTextAsync("We meet in the garden tomorrow.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        var row = staff.Locator("table.recipients tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1, Soon);
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("Amina");
        await Assertions.Expect(row).ToContainTextAsync("English (en)");
        await Assertions.Expect(staff.Locator("td.status[data-status='sent']")).ToHaveCountAsync(1, Pushed);

        var message = parent.Locator(".msg.bot[data-ref^='notice:bc:']");
        await Assertions.Expect(message).ToHaveCountAsync(1, Pushed);
        await Assertions.Expect(message).ToContainTextAsync("Koffie en Kletsen");
        await Assertions.Expect(message).ToContainTextAsync("We meet in the garden tomorrow.");
    }

    [Fact]
    public async Task FacilitatorOfAnotherOrganisation_OpeningTheGroupByUrl_GetsNotFound_AndNothingChanges()
    {
        var nadia = host.ReadyAccount(ConsolePageHost.Mechelen, "nadia.isolated@hvk.be", StaffRole.Facilitator);
        var group = NewGroup(nadia, "Only for Mechelen");
        var tom = host.ReadyAccount(ConsolePageHost.Gent, "tom.isolated@gent.be", StaffRole.Facilitator);
        var other = await host.LogInAsync(tom);

        foreach (var path in new[] { $"/staff/groups/{group.Id}", $"/staff/groups/{group.Id}/poster", $"/staff/groups/{group.Id}/poster/qr", $"/staff/groups/{group.Id}/broadcast" })
        {
            var response = await other.GotoAsync(new Uri(host.BaseAddress, path).ToString());
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Not found." })).ToBeVisibleAsync();
            Assert.DoesNotContain(group.InviteCode, await other.ContentAsync(), StringComparison.Ordinal);
        }

        await other.GotoAsync(new Uri(host.BaseAddress, "/staff/groups").ToString());
        Assert.DoesNotContain("Only for Mechelen", await other.ContentAsync(), StringComparison.Ordinal);
        var after = host.Services.GetRequiredService<SeriesStore>().Find(group.Id)!;
        Assert.Equal("Only for Mechelen", after.Name);
        Assert.Empty(after.Cancelled);
        Assert.Null(host.Services.GetRequiredService<BroadcastStore>().LatestSent(group.Id));
    }

    /// <summary>A group of the account's organisation at its first venue, meeting every day for a month from today.</summary>
    private SessionSeries NewGroup(StaffAccount facilitator, string name)
    {
        var venue = host.Services.GetRequiredService<VenueStore>().InOrganisation(facilitator.Organisation)[0];
        var today = host.Services.GetRequiredService<BrusselsClock>().Today;
        var result = host.Services.GetRequiredService<SeriesEditor>().Create(facilitator, new SeriesInput
        {
            Name = name,
            VenueId = venue.Id,
            Days = Enum.GetValues<DayOfWeek>(),
            Start = "09:00",
            End = "11:00",
            FirstDate = SeriesSchedule.FormatDate(today),
            LastDate = SeriesSchedule.FormatDate(today.AddMonths(1)),
            Capacity = 10,
            Languages = ["en", "nl"],
            Reminders = ["evening-before@18:00", "before:60"],
        });
        return result.Series ?? throw new InvalidOperationException(string.Join(", ", result.Problems));
    }
}
