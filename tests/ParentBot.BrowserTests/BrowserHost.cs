using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace ParentBot.BrowserTests;

/// <summary>
/// The whole host on a real loopback socket (a temp database, the real dialogs) and Debian's Chromium
/// driven by Playwright — no browser download: CI installs the <c>chromium</c> package.
/// </summary>
public abstract class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/lib/chromium/chromium";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "parentbot-browser", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _factory = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ParentBot:Storage:Path", Path.Combine(_dir, "parentbot.db"));
            b.UseSetting("ParentBot:Dialogs:Path", FindDialogs());

            // Not the default 5080: hosts of several test classes run side by side (UseKestrel(0) picks the port).
            b.UseSetting("urls", "http://127.0.0.1:0");
            Configure(b);
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A phone-sized page (360×640), as most parents will see it.</summary>
    public async Task<IPage> OpenPhonePageAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 640 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Temp files of a failed run; the OS cleans temp.
        }
    }

    /// <summary>Settings a kind of test needs on top of the temp database and the real dialogs.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    private static string FindDialogs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs");
            if (File.Exists(Path.Combine(dir.FullName, "ParentBot.sln")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("ParentBot.sln not found above the test binaries");
    }
}
