using Microsoft.Playwright;

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
}
