using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using ParentBot.Core.Staff;

namespace ParentBot.Web.Staff.Accounts;

/// <summary>
/// Passwords of staff accounts, hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2, salted, versioned so old hashes are upgraded at the next login), and the rules for a new one.
/// </summary>
public sealed class StaffPasswords
{
    public const int MinimumLength = 10;

    private readonly PasswordHasher<StaffAccount> _hasher = new();

    // Verified when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
    private readonly string _decoy;

    public StaffPasswords() => _decoy = _hasher.HashPassword(new StaffAccount(), OneTimePasswords.New());

    public string Hash(StaffAccount account, string password) => _hasher.HashPassword(account, password);

    public PasswordVerificationResult Verify(StaffAccount account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.PasswordHash.Length == 0
            ? PasswordVerificationResult.Failed
            : _hasher.VerifyHashedPassword(account, account.PasswordHash, password);
    }

    public void VerifyDecoy(string password) => _hasher.VerifyHashedPassword(new StaffAccount(), _decoy, password);

    /// <summary>The text key of what is wrong with a new password, or null when it will do.</summary>
    public static string? Problem(StaffAccount account, string password, string confirmation)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (password.Length < MinimumLength)
        {
            return "console.password.too-short";
        }

        if (password != confirmation)
        {
            return "console.password.no-match";
        }

        return password.Contains(account.Email, StringComparison.OrdinalIgnoreCase) || account.Email.Contains(password, StringComparison.OrdinalIgnoreCase)
            ? "console.password.like-email"
            : null;
    }

    /// <summary>
    /// Changes whenever the password does: kept in the session cookie, so changing or resetting a password
    /// ends every other session of that account.
    /// </summary>
    public static string StampOf(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.Id + "|" + account.PasswordHash)))[..24];
    }
}
