using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParentBot.Core.Conversations;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.BrowserTests;

/// <summary>The staff console in Chromium: signing in, answering a parent who waits in the web chat, and another organisation's URL.</summary>
public sealed class StaffConsoleTests(ConsolePageHost host) : IClassFixture<ConsolePageHost>
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 10_000 };

    /// <summary>The chat page asks for pushed messages every 5 seconds.</summary>
    private static readonly LocatorAssertionsToHaveCountOptions Pushed = new() { Timeout = 20_000 };

    [Fact]
    public async Task FirstLogin_WithTheOneTimePassword_AsksForAnOwnPassword_ThenOpensTheConsole()
    {
        var (_, oneTime) = host.NewAccount(ConsolePageHost.Mechelen, "first@hvk.be", StaffRole.Admin);
        var page = await host.OpenDesktopPageAsync("/staff");

        await page.GetByLabel("E-mail").FillAsync("first@hvk.be");
        await page.GetByLabel("Password").FillAsync(oneTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You logged in with a one-time password.")).ToBeVisibleAsync();
        await page.GetByLabel("Current password").FillAsync(oneTime);
        await page.GetByLabel("New password (at least 10 characters)").FillAsync("my very own password");
        await page.GetByLabel("New password again").FillAsync("my very own password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello first" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.sections a")).ToHaveCountAsync(9, Soon);
        Assert.EndsWith("/staff", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffAnswerInTheConsole_ArrivesInTheParentsWebChat_WithANoteThatAPersonWroteIt()
    {
        var sara = host.ReadyAccount(ConsolePageHost.Mechelen, "sara@hvk.be");
        var parent = await host.OpenPhonePageAsync("/?lang=en");
        await Assertions.Expect(parent.Locator(".msg.bot[data-ref='flow:main-menu/menu']")).ToHaveCountAsync(1, Soon);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Ask a person" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".msg.bot[data-ref='flow:ask-person/intro']")).ToHaveCountAsync(1, Soon);
        await parent.FillAsync("#input", "Can I bring my baby of 4 months to the Dutch class?");
        await parent.PressAsync("#input", "Enter");
        await Assertions.Expect(parent.Locator(".msg.bot[data-ref='flow:ask-person/sent']")).ToHaveCountAsync(1, Soon);

        var staff = await host.LogInAsync(sara);
        await staff.Locator("nav.sections").GetByRole(AriaRole.Link, new() { Name = "Questions from parents" }).ClickAsync();
        await staff.GetByText("Can I bring my baby of 4 months to the Dutch class?").ClickAsync();
        await staff.GetByLabel("Your answer").FillAsync("Yes! Babies under 6 months stay with you in the class.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send to the parent" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Your answer is on its way to the parent's chat.")).ToBeVisibleAsync();

        var answer = parent.Locator(".msg.bot[data-ref='notice:staff-answer']");
        await Assertions.Expect(answer).ToHaveCountAsync(1, Pushed);
        await Assertions.Expect(answer).ToContainTextAsync("A message from sara of Huis van het Kind Mechelen (demo). A person wrote this, not the bot:");
        await Assertions.Expect(answer).ToContainTextAsync("Yes! Babies under 6 months stay with you in the class.");
        await Assertions.Expect(answer.GetByRole(AriaRole.Button, new() { Name = "Answer" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnotherOrganisationsQuestion_OpenedByUrl_IsNotFound()
    {
        var sara = host.ReadyAccount(ConsolePageHost.Mechelen, "sara.url@hvk.be");
        var gentThread = host.Services.GetRequiredService<QuestionStore>()
            .AddFromParent(ChatKey.ForWeb("gent-parent"), ConsolePageHost.Gent, "en", "A question only Gent may read", DateTime.UnixEpoch.AddYears(56));
        var staff = await host.LogInAsync(sara);

        var response = await staff.GotoAsync(new Uri(host.BaseAddress, $"/staff/questions/{gentThread.Id}").ToString());

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Not found." })).ToBeVisibleAsync();
        Assert.DoesNotContain("only Gent may read", await staff.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleOnAPhone_HasNoSidewaysScrolling()
    {
        var sara = host.ReadyAccount(ConsolePageHost.Mechelen, "sara.phone@hvk.be");
        var page = await host.OpenPhonePageAsync("/staff/login");
        await page.GetByLabel("E-mail").FillAsync(sara.Email);
        await page.GetByLabel("Password").FillAsync(ConsolePageHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/staff/questions").ToString());

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

        Assert.False(overflow);
    }
}
