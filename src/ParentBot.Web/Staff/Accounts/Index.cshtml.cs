using Microsoft.AspNetCore.Mvc;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Accounts;

/// <summary>
/// Admins manage the accounts of their own organisation: create one (with a one-time password shown once),
/// reset a password, unlock. An id of another organisation's account is not found.
/// </summary>
public sealed class IndexModel(StaffStore staff, StaffAccountService accounts, TimeProvider time) : StaffPage
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? OneTimePassword { get; private set; }

    public string? ShownFor { get; private set; }

    protected override bool Allows(StaffAccount account) => account.Role == StaffRole.Admin;

    public void OnGet() => Load();

    public IActionResult OnPostCreate(string? email, string? name, StaffRole role, string? language)
    {
        var result = accounts.Create(new NewAccount(email ?? string.Empty, name, role, Me.Organisation, language ?? Me.Language), Me.Id);
        Problem = result.Problem;
        if (result.Account is not null)
        {
            OneTimePassword = result.OneTimePassword;
            ShownFor = result.Account.Email;
        }

        Load();
        return Page();
    }

    public IActionResult OnPostReset(string id)
    {
        if (staff.FindIn(id, Me.Organisation) is not { } account)
        {
            return NotFound();
        }

        OneTimePassword = accounts.ResetPassword(account, Me.Id);
        ShownFor = account.Email;
        Load();
        return Page();
    }

    public IActionResult OnPostUnlock(string id)
    {
        if (staff.FindIn(id, Me.Organisation) is not { } account)
        {
            return NotFound();
        }

        accounts.Unlock(account, Me.Id);
        return Redirect("/staff/accounts");
    }

    public bool IsLocked(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.LockedUntilUtc > time.GetUtcNow().UtcDateTime;
    }

    public string StateOf(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var states = new List<string>();
        if (IsLocked(account))
        {
            states.Add(T("console.accounts.locked"));
        }

        if (account.MustChangePassword)
        {
            states.Add(T("console.accounts.one-time-pending"));
        }

        states.Add(T(account.Chat is null ? "console.home.telegram-off" : "console.home.telegram-on"));
        return string.Join(" · ", states);
    }

    private void Load() => Accounts = staff.InOrganisation(Me.Organisation);
}
