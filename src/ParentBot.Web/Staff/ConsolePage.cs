using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ParentBot.Core.Localization;
using ParentBot.Web.Staff.Accounts;

namespace ParentBot.Web.Staff;

/// <summary>
/// What every console page has: its texts in the staff member's language (from <c>dialogs/texts/console/</c>,
/// nl, fr or en; before login the browser's preference), and dates in Brussels time.
/// </summary>
public abstract class ConsolePage : PageModel
{
    private Localizer? _localizer;

    public virtual string Language => PreferredLanguage();

    protected Localizer Localizer => _localizer ??= HttpContext.RequestServices.GetRequiredService<Localizer>();

    public string T(string key) => Localizer.Text(Language, key);

    public string T(string key, params (string Name, string Value)[] values) =>
        Localizer.Text(Language, key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>A stored UTC time as staff in Belgium read it, in Brussels time and their language: "23/11/2026 10:00".</summary>
    public string When(DateTime utc) =>
        BrusselsClock.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("g", Localizer.CultureOf(Language));

    /// <summary>"العربية (ar)": the name a parent's language has in itself, with its code for those who cannot read it.</summary>
    public string LanguageName(string code) =>
        Localizer.Languages.TryGet(code, out var info) ? $"{info.NativeName} ({code})" : code;

    private string PreferredLanguage()
    {
        if (Auth.StaffCookie.AccountOf(HttpContext) is { } account)
        {
            return account.Language;
        }

        var accepted = HttpContext.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant());
        return accepted.FirstOrDefault(l => l is not null && StaffAccountService.Languages.Contains(l)) ?? "en";
    }
}
