using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParentBot.Core.Conversations;
using ParentBot.Core.Storage;
using ParentBot.Core.Visits;

namespace ParentBot.BrowserTests;

/// <summary>
/// Visit requests and visit hours in the console, in Chromium, on the demo data: approving a parent's request
/// reaches the parent's web chat; another organisation's request is not found; new hours are offered at once.
/// </summary>
public sealed class VisitConsoleTests(ConsolePageHost host) : IClassFixture<ConsolePageHost>
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 10_000 };

    /// <summary>The chat page asks for pushed messages every 5 seconds.</summary>
    private static readonly LocatorAssertionsToHaveCountOptions Pushed = new() { Timeout = 20_000 };

    [Fact]
    public async Task StaffApproveARequestInTheConsole_TheParentsWebChatGetsTheConfirmation()
    {
        var sara = host.ReadyAccount(ConsolePageHost.Mechelen, "sara.visits@hvk.be");
        var parent = await host.OpenPhonePageAsync("/?lang=en");
        await Assertions.Expect(parent.Locator(".msg.bot[data-ref='flow:main-menu/menu']")).ToHaveCountAsync(1, Soon);
        var session = await parent.EvaluateAsync<string>("localStorage.getItem('parentbot.session')");
        var booking = Request(ChatKey.ForWeb(session), "mech-zonneke");

        var staff = await host.LogInAsync(sara);
        await staff.Locator("nav.sections").GetByRole(AriaRole.Link, new() { Name = "Visit requests" }).ClickAsync();
        await staff.Locator($"tr[data-id='{booking.Id}'] a").ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Approved. The parent gets a confirmation")).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("#visit-status")).ToHaveTextAsync("approved");

        var confirmation = parent.Locator(".msg.bot[data-ref='notice:visit-approved']");
        await Assertions.Expect(confirmation).ToHaveCountAsync(1, Pushed);
        await Assertions.Expect(confirmation).ToContainTextAsync("Kinderopvang 't Zonneke (demo)");
        Assert.Equal(VisitStatus.Approved, host.Services.GetRequiredService<VisitBookingStore>().Find(booking.Id)!.Status);
    }

    [Fact]
    public async Task AnotherOrganisationsRequest_OpenedByUrl_IsNotFound_AndStaysWaiting()
    {
        var sara = host.ReadyAccount(ConsolePageHost.Mechelen, "sara.visits.url@hvk.be");
        var gentRequest = Request(ChatKey.ForWeb("gent-parent-visit"), "gent-hvk");
        var staff = await host.LogInAsync(sara);

        var response = await staff.GotoAsync(new Uri(host.BaseAddress, $"/staff/visits/{gentRequest.Id}").ToString());

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Not found." })).ToBeVisibleAsync();
        Assert.Equal(0, await staff.GetByRole(AriaRole.Button, new() { Name = "Approve" }).CountAsync());
        var stored = host.Services.GetRequiredService<VisitBookingStore>().Find(gentRequest.Id)!;
        Assert.Equal((VisitStatus.Requested, 1), (stored.Status, stored.History.Count));
    }

    [Fact]
    public async Task NewWeeklyHours_AreOfferedAtOnce()
    {
        var sara = host.ReadyAccount(ConsolePageHost.Mechelen, "sara.hours@hvk.be");
        var staff = await host.LogInAsync(sara);
        await staff.Locator("nav.sections").GetByRole(AriaRole.Link, new() { Name = "Venues and visit hours" }).ClickAsync();
        await staff.Locator("tr[data-id='lier-hvk'] a[href$='/hours']").ClickAsync();
        await Assertions.Expect(staff.Locator("#offered li", new() { HasText = "Sunday" })).ToHaveCountAsync(0);

        var form = staff.Locator("#add-weekly");
        await form.GetByLabel("Day", new() { Exact = true }).SelectOptionAsync("Sunday");
        await form.GetByLabel("From", new() { Exact = true }).FillAsync("10:00");
        await form.GetByLabel("Until", new() { Exact = true }).FillAsync("11:00");
        await form.GetByLabel("Minutes per visit").FillAsync("30");
        await form.GetByLabel("Families at the same time").FillAsync("2");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

        await Assertions.Expect(staff.GetByText("Saved. Parents are offered the new times from now on.")).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("#offered li", new() { HasText = "Sunday" }).First).ToContainTextAsync("10:00");
        Assert.Contains(host.Services.GetRequiredService<VisitSlots>().Free("lier-hvk"), s => BrusselsWall(s.Start).DayOfWeek == DayOfWeek.Sunday);
    }

    [Fact]
    public async Task VisitPagesOnAPhone_HaveNoSidewaysScrolling()
    {
        var sara = host.ReadyAccount(ConsolePageHost.Mechelen, "sara.visits.phone@hvk.be");
        var request = Request(ChatKey.ForWeb("phone-parent-visit"), "mech-hvk");
        var page = await host.OpenPhonePageAsync("/staff/login");
        await page.GetByLabel("E-mail").FillAsync(sara.Email);
        await page.GetByLabel("Password").FillAsync(ConsolePageHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello" })).ToBeVisibleAsync();

        var wide = new List<string>();
        foreach (var path in new[] { "/staff/visits", $"/staff/visits/{request.Id}", "/staff/venues", "/staff/venues/mech-hvk", "/staff/venues/mech-hvk/hours" })
        {
            await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
            if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"))
            {
                wide.Add(path);
            }
        }

        Assert.Empty(wide);
    }

    private static DateTime BrusselsWall(DateTimeOffset instant) => Core.Localization.BrusselsClock.ToLocal(instant).DateTime;

    /// <summary>A request as the booking flow sends it, for the first free time of the venue.</summary>
    private VisitBooking Request(ChatKey chat, string venue)
    {
        var slot = host.Services.GetRequiredService<VisitSlots>().Free(venue)[0];
        var draft = new VisitDraft(VisitIds.New(), chat, venue, slot.Key, "2025-03", VisitNeeds.Interpreter, "en", null);
        Assert.Equal(RequestOutcome.Sent, host.Services.GetRequiredService<VisitRequests>().Request(draft));
        return host.Services.GetRequiredService<VisitBookingStore>().Find(draft.Id)!;
    }
}
