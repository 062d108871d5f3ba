using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Accounts;

namespace ParentBot.Web.Staff.Auth;

/// <summary>
/// The console's session cookie. It carries only the account id, a stamp of the password and when the session
/// began; organisation and role are read from the database on every request, so a change takes effect at once.
/// A session ends after <see cref="StaffOptions.SessionIdleMinutes"/> without requests (sliding), after
/// <see cref="StaffOptions.SessionMaxHours"/> in any case, or when the password changes.
/// </summary>
public static class StaffCookie
{
    public const string Scheme = "ParentBot.Staff";
    public const string CookieName = "parentbot.staff";
    private const string StampClaim = "stamp";
    private const string SinceClaim = "since";

    public static ClaimsPrincipal PrincipalFor(StaffAccount account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id),
                new Claim(StampClaim, StaffPasswords.StampOf(account)),
                new Claim(SinceClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ],
            Scheme));
    }

    /// <summary>The account of this request, once the cookie was accepted.</summary>
    public static StaffAccount? AccountOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[typeof(StaffAccount)] as StaffAccount;
    }

    internal static void Configure(CookieAuthenticationOptions o, StaffOptions staff, TimeProvider time)
    {
        o.TimeProvider = time;
        o.Cookie.Name = CookieName;
        o.Cookie.Path = "/staff";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromMinutes(staff.SessionIdleMinutes);
        o.SlidingExpiration = true;
        o.LoginPath = "/staff/login";
        o.LogoutPath = "/staff/logout";
        o.AccessDeniedPath = "/staff/status/403";
        o.ReturnUrlParameter = "returnUrl";
        o.Events.OnValidatePrincipal = ValidateAsync;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<StaffOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var principal = context.Principal;
        var account = principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? services.GetRequiredService<StaffStore>().Find(id) : null;
        var since = long.TryParse(principal?.FindFirstValue(SinceClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
        if (account is null
            || principal!.FindFirstValue(StampClaim) != StaffPasswords.StampOf(account)
            || now - since > TimeSpan.FromHours(options.SessionMaxHours))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme).ConfigureAwait(false);
            return;
        }

        context.HttpContext.Items[typeof(StaffAccount)] = account;
    }
}
