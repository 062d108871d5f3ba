using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Staff;
using ParentBot.Web.Staff.Auth;

namespace ParentBot.Web.Staff;

/// <summary>Ends the session (a POST with the antiforgery token, so another site cannot log staff out).</summary>
public sealed class LogoutModel : StaffPage
{
    protected override bool AllowsOneTimePassword => true;

    public IActionResult OnGet() => Redirect("/staff");

    public async Task<IActionResult> OnPostAsync()
    {
        Audit(AuditActions.Logout, Me.Id);
        await HttpContext.SignOutAsync(StaffCookie.Scheme).ConfigureAwait(false);
        return Redirect("/staff/login");
    }
}
