using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParentBot.Core.Conversations;
using ParentBot.Core.Localization;
using ParentBot.Core.Outbox;

namespace ParentBot.BrowserTests;

public sealed class ChatPageTests(ChatPageHost host) : IClassFixture<ChatPageHost>
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task NewVisitor_PicksArabic_AndSeesRightToLeftMenu()
    {
        var page = await host.OpenPhonePageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();

        var menu = page.Locator(".msg.bot[data-ref='flow:main-menu/menu']");
        await Assertions.Expect(menu).ToHaveCountAsync(1, Soon);
        Assert.Equal("rtl", await menu.GetAttributeAsync("dir"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
        Assert.Equal(8, await menu.Locator("button").CountAsync());
    }

    [Fact]
    public async Task TypedQuestion_GetsTheAnswerBubble_AndDidThisHelp()
    {
        var page = await host.OpenPhonePageAsync("/?lang=nl");
        await Assertions.Expect(page.Locator(".msg.bot[data-ref='flow:main-menu/menu']")).ToHaveCountAsync(1, Soon);

        await page.FillAsync("#input", "vanaf welke leeftijd mag mijn kind naar de kleuterschool");
        await page.PressAsync("#input", "Enter");

        await Assertions.Expect(page.Locator(".msg.bot[data-ref='kb:preschool-age']")).ToHaveCountAsync(1, Soon);
        await Assertions.Expect(page.Locator(".msg.bot[data-ref='flow:question/feedback'] button")).ToHaveCountAsync(3, Soon);
        await Assertions.Expect(page.Locator(".msg.me")).ToHaveTextAsync("vanaf welke leeftijd mag mijn kind naar de kleuterschool");
    }

    [Fact]
    public async Task ParentText_IsShownAsText_NeverAsHtml()
    {
        var page = await host.OpenPhonePageAsync("/?lang=en");
        await Assertions.Expect(page.Locator(".msg.bot[data-ref='flow:main-menu/menu']")).ToHaveCountAsync(1, Soon);

        await page.FillAsync("#input", "<img src=x onerror=\"document.body.dataset.pwned=1\">");
        await page.PressAsync("#input", "Enter");

        await Assertions.Expect(page.Locator(".msg.me")).ToHaveTextAsync("<img src=x onerror=\"document.body.dataset.pwned=1\">");
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-pwned"));
        Assert.Equal(0, await page.Locator(".log img").CountAsync());
    }

    [Fact]
    public async Task PhoneScreen_HasNoSidewaysScrolling_AndBigButtons()
    {
        var page = await host.OpenPhonePageAsync();
        await Assertions.Expect(page.Locator(".row button").First).ToBeVisibleAsync(new() { Timeout = 10_000 });

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        var smallest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('.row button')].map(b => b.getBoundingClientRect().height))");

        Assert.False(overflow);
        Assert.True(smallest >= 44, $"smallest button is {smallest}px high");
    }

    [Fact]
    public async Task PosterLink_WithAJoinCode_OpensTheGroupInvitation_InTheChosenLanguage()
    {
        // The demo data (on by default) has the group "Mama Leert Mechelen (demo)" with code MAMA26.
        var page = await host.OpenPhonePageAsync("/?lang=ar&join=MAMA26");

        var invitation = page.Locator(".msg.bot[data-ref='flow:join-group/confirm']");
        await Assertions.Expect(invitation).ToHaveCountAsync(1, Soon);
        Assert.Contains("Mama Leert", await invitation.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("rtl", await invitation.GetAttributeAsync("dir"));

        await invitation.Locator("button").First.ClickAsync();
        await Assertions.Expect(page.Locator(".msg.bot[data-ref='flow:join-group/name']")).ToHaveCountAsync(1, Soon);
    }

    [Fact]
    public async Task LaterNoticeWithAFile_ShowsADownloadLink_AsText()
    {
        var page = await host.OpenPhonePageAsync("/?lang=en");
        await Assertions.Expect(page.Locator(".msg.bot[data-ref='flow:main-menu/menu']")).ToHaveCountAsync(1, Soon);
        var session = await page.EvaluateAsync<string>("localStorage.getItem('parentbot.session')");
        var file = new MessageAttachment("<b>visit</b>.ics", "text/calendar", System.Text.Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

        host.Services.GetRequiredService<OutboxWriter>().Enqueue(
            ChatKey.ForWeb(session), new OutboundMessage("Your visit is confirmed.", TextDirection.Ltr, [], "notice:visit-approved", file), "browser-file:1");

        var link = page.Locator(".msg.bot[data-ref='notice:visit-approved'] a.attachment");
        await Assertions.Expect(link).ToHaveCountAsync(1, Soon);
        Assert.Equal("📎 <b>visit</b>.ics", await link.TextContentAsync());
        Assert.Equal(0, await page.Locator(".msg.bot b").CountAsync());
        Assert.Equal("<b>visit</b>.ics", await link.GetAttributeAsync("download"));
        var content = await page.EvaluateAsync<string>("fetch(document.querySelector('a.attachment').href).then(r => r.text())");
        Assert.Equal("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", content);
    }
}
