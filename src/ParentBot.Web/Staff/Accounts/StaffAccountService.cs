using System.Security.Cryptography;
using ParentBot.Core.Places;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Web.Staff.Accounts;

/// <summary>
/// Creates accounts and resets passwords, for the command line (<c>staff add</c>) and for admins in the console.
/// Every new or reset password is a one-time password: shown once, to be changed at the first login.
/// </summary>
public sealed class StaffAccountService(StaffStore staff, VenueStore places, StaffPasswords passwords, IAuditLog audit, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Languages = ["nl", "fr", "en"];

    /// <summary>
    /// Makes the account (and, from the command line, its organisation if it is new). Returns the account and its
    /// one-time password, or the text key of what was wrong.
    /// </summary>
    public AccountResult Create(NewAccount request, string actorId, bool createOrganisation = false, string? organisationName = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = request.Email.Trim().ToLowerInvariant();
        if (!LooksLikeEmail(email))
        {
            return AccountResult.Failed("console.accounts.bad-email");
        }

        if (!Languages.Contains(request.Language))
        {
            return AccountResult.Failed("console.accounts.bad-language");
        }

        if (places.FindOrganisation(request.Organisation) is null)
        {
            if (!createOrganisation || string.IsNullOrWhiteSpace(request.Organisation))
            {
                return AccountResult.Failed("console.accounts.bad-organisation");
            }

            places.SaveOrganisation(new Organisation
            {
                Id = request.Organisation.Trim(),
                Name = string.IsNullOrWhiteSpace(organisationName) ? request.Organisation.Trim() : organisationName.Trim(),
            });
        }

        var password = OneTimePasswords.New();
        var account = new StaffAccount
        {
            Id = "st-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant(),
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email.Split('@')[0] : request.DisplayName.Trim(),
            Organisation = request.Organisation.Trim(),
            Role = request.Role,
            Language = request.Language,
            MustChangePassword = true,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        account.PasswordHash = passwords.Hash(account, password);
        if (!staff.Add(account))
        {
            return AccountResult.Failed("console.accounts.email-taken");
        }

        audit.Record(actorId, account.Organisation, AuditActions.AccountCreated, account.Id);
        return new AccountResult(account, password, null);
    }

    /// <summary>A new one-time password (the account is unlocked too); every session of the account ends.</summary>
    public string ResetPassword(StaffAccount account, string actorId)
    {
        ArgumentNullException.ThrowIfNull(account);
        var password = OneTimePasswords.New();
        account.PasswordHash = passwords.Hash(account, password);
        account.MustChangePassword = true;
        account.FailedLogins = 0;
        account.LockedUntilUtc = null;
        staff.Save(account);
        audit.Record(actorId, account.Organisation, AuditActions.PasswordReset, account.Id);
        return password;
    }

    public void Unlock(StaffAccount account, string actorId)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.FailedLogins = 0;
        account.LockedUntilUtc = null;
        staff.Save(account);
        audit.Record(actorId, account.Organisation, AuditActions.AccountUnlocked, account.Id);
    }

    private static bool LooksLikeEmail(string email) =>
        email.Length is > 3 and <= 200 && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < email.Length - 1
        && !email.Any(char.IsWhiteSpace);
}

/// <summary>What an admin (or the command line) asks for.</summary>
public sealed record NewAccount(string Email, string? DisplayName, StaffRole Role, string Organisation, string Language);

/// <summary>The new account and its one-time password, or the text key of the problem.</summary>
public sealed record AccountResult(StaffAccount? Account, string? OneTimePassword, string? Problem)
{
    public static AccountResult Failed(string problem) => new(null, null, problem);
}
