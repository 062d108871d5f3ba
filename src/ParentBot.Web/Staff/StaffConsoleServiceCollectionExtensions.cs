using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Accounts;
using ParentBot.Web.Staff.Auth;
using ParentBot.Web.Staff.Groups;
using ParentBot.Web.Staff.Visits;

namespace ParentBot.Web.Staff;

/// <summary>
/// The staff console under <c>/staff</c>: Razor Pages (from <c>src/ParentBot.Web/Staff/</c>), cookie sign-in,
/// antiforgery on every form, and strict headers (no scripts, nothing from elsewhere, no framing).
/// </summary>
public static class StaffConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddParentBotStaffConsole(this IServiceCollection services)
    {
        var assembly = typeof(StaffConsoleServiceCollectionExtensions).Assembly;
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Staff";
            o.Conventions.AuthorizeFolder("/", policy: StaffCookie.Scheme);
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Status");
        }).ConfigureApplicationPartManager(parts =>
        {
            // The host (or a test) may already list this assembly; adding it twice would register every page twice.
            if (!parts.ApplicationParts.Any(p => p.Name == assembly.GetName().Name))
            {
                foreach (var part in Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });

        // Parents write Arabic, Tigrinya, Cyrillic…: escape only what HTML needs (<, >, &, quotes), not every non-Latin letter.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAuthentication(StaffCookie.Scheme).AddCookie(StaffCookie.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(StaffCookie.Scheme)
            .Configure<IOptions<StaffOptions>, TimeProvider>((o, staff, time) => StaffCookie.Configure(o, staff.Value, time));
        services.AddAuthorizationBuilder().AddPolicy(StaffCookie.Scheme, p => p.AddAuthenticationSchemes(StaffCookie.Scheme).RequireAuthenticatedUser());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "parentbot.staff.af";
            o.Cookie.Path = "/staff";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddDataProtection().SetApplicationName("ParentBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<ConsoleKeyStore>())));
        services.AddSingleton<ConsoleKeyStore>();

        services.AddSingleton<StaffPasswords>();
        services.AddSingleton<StaffAccountService>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton(new ConsoleSection("console.nav.questions", "/staff/questions", 10, ConsoleSection.Everyone));
        services.AddVisitConsole();
        services.AddSingleton(new ConsoleSection("console.nav.content", "/staff/content", 60, ConsoleSection.Everyone));
        services.AddSingleton(new ConsoleSection("console.nav.telegram", "/staff/telegram", 80, ConsoleSection.Everyone));
        services.AddSingleton(new ConsoleSection("console.nav.accounts", "/staff/accounts", 90, ConsoleSection.Admins));
        services.AddSingleton(new ConsoleSection("console.nav.audit", "/staff/audit", 95, ConsoleSection.Admins));
        services.AddConsoleGroups();
        return services;
    }

    public static WebApplication MapParentBotStaffConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var css = Assembly.GetExecutingAssembly();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase), branch =>
        {
            branch.Use(async (context, next) =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
                await next(context).ConfigureAwait(false);
            });
            branch.UseStatusCodePagesWithReExecute("/staff/status/{0}", "?from={0}");
        });

        // Routing after the status pages, so a re-executed request (/staff/status/404) is routed again.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/staff/console.css", () =>
            css.GetManifestResourceStream("ParentBot.Web.wwwroot.console.css") is { } stream
                ? Results.Stream(stream, "text/css; charset=utf-8")
                : Results.NotFound());
        app.MapGet("/staff/poster.css", () =>
            css.GetManifestResourceStream("ParentBot.Web.wwwroot.poster.css") is { } stream
                ? Results.Stream(stream, "text/css; charset=utf-8")
                : Results.NotFound());
        app.MapRazorPages();
        return app;
    }
}
