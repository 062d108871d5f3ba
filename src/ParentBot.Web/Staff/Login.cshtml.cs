using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Web.Staff.Auth;

namespace ParentBot.Web.Staff;

/// <summary>Sign-in with e-mail and password; a one-time password leads straight to choosing one's own.</summary>
public sealed class LoginModel(StaffSignIn signIn, TimeProvider time) : ConsolePage
{
    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var (outcome, account) = signIn.Check(Email ?? string.Empty, Password ?? string.Empty);
        if (outcome != SignInOutcome.Success || account is null)
        {
            Problem = outcome == SignInOutcome.LockedOut ? "console.login.locked" : "console.login.wrong";
            return Page();
        }

        await HttpContext.SignInAsync(StaffCookie.Scheme, StaffCookie.PrincipalFor(account, time.GetUtcNow()),
            new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
        if (account.MustChangePassword)
        {
            return RedirectToPage("/Password");
        }

        return ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/staff", StringComparison.OrdinalIgnoreCase)
            ? LocalRedirect(url)
            : Redirect("/staff");
    }
}
