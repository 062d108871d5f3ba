using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Accounts;
using ParentBot.Web.Staff.Auth;

namespace ParentBot.Web.Staff;

/// <summary>Choosing one's own password (required after a one-time password). Other sessions of the account end.</summary>
public sealed class PasswordModel(StaffStore staff, StaffPasswords passwords, TimeProvider time) : StaffPage
{
    public string? Problem { get; private set; }

    public string MinimumLength { get; } = StaffPasswords.MinimumLength.ToString(CultureInfo.InvariantCulture);

    protected override bool AllowsOneTimePassword => true;

    public async Task<IActionResult> OnPostAsync(string? current, string? @new, string? repeat)
    {
        if (passwords.Verify(Me, current ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            Problem = "console.password.wrong-current";
            return Page();
        }

        if (StaffPasswords.Problem(Me, @new ?? string.Empty, repeat ?? string.Empty) is { } problem)
        {
            Problem = problem;
            return Page();
        }

        if (passwords.Verify(Me, @new!) != PasswordVerificationResult.Failed)
        {
            Problem = "console.password.same";
            return Page();
        }

        Me.PasswordHash = passwords.Hash(Me, @new!);
        Me.MustChangePassword = false;
        staff.Save(Me);
        Audit(AuditActions.PasswordChanged, Me.Id);

        // The stamp in the cookie follows the password: this session gets a new cookie, every other one ends.
        await HttpContext.SignInAsync(StaffCookie.Scheme, StaffCookie.PrincipalFor(Me, time.GetUtcNow())).ConfigureAwait(false);
        return Redirect("/staff");
    }
}
