using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;
using ParentBot.Web.Staff.Accounts;

namespace ParentBot.Web.Staff.Auth;

/// <summary>
/// Checks an e-mail and password: wrong passwords are counted, and after <see cref="StaffOptions.MaxFailedLogins"/>
/// the account is locked for <see cref="StaffOptions.LockoutMinutes"/> (on the injected clock). Every attempt on a
/// known account is in its organisation's audit log; an unknown e-mail is answered like a wrong password.
/// </summary>
public sealed partial class StaffSignIn(
    StaffStore staff, StaffPasswords passwords, IAuditLog audit, IOptions<StaffOptions> options, TimeProvider time, ILogger<StaffSignIn> logger)
{
    public (SignInOutcome Outcome, StaffAccount? Account) Check(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var account = staff.FindByEmail(email ?? string.Empty);
        if (account is null)
        {
            passwords.VerifyDecoy(password);
            LogUnknown(logger);
            return (SignInOutcome.Wrong, null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (account.LockedUntilUtc > now)
        {
            audit.Record(account.Id, account.Organisation, AuditActions.LoginFailed, account.Id);
            return (SignInOutcome.LockedOut, null);
        }

        var result = passwords.Verify(account, password);
        if (result == PasswordVerificationResult.Failed)
        {
            var o = options.Value;
            var after = staff.RecordLoginFailure(account.Id, now, o.MaxFailedLogins, TimeSpan.FromMinutes(o.LockoutMinutes));
            audit.Record(account.Id, account.Organisation, AuditActions.LoginFailed, account.Id);
            if (after?.LockedUntilUtc > now)
            {
                audit.Record(account.Id, account.Organisation, AuditActions.LockedOut, account.Id);
                LogLocked(logger, account.Id);
                return (SignInOutcome.LockedOut, null);
            }

            return (SignInOutcome.Wrong, null);
        }

        var rehash = result == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(account, password) : null;
        staff.RecordLoginSuccess(account.Id, rehash);
        audit.Record(account.Id, account.Organisation, AuditActions.Login, account.Id);
        return (SignInOutcome.Success, staff.Find(account.Id));
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Console login attempt for an unknown e-mail")]
    private static partial void LogUnknown(ILogger logger);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Staff account {AccountId} locked after repeated wrong passwords")]
    private static partial void LogLocked(ILogger logger, string accountId);
}

public enum SignInOutcome
{
    Success,
    Wrong,
    LockedOut,
}
