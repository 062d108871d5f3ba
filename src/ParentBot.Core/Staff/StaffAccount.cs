namespace ParentBot.Core.Staff;

/// <summary>
/// A person of an organisation who uses the console and, once linked, the bot on Telegram. Passwords are
/// stored only as ASP.NET Core Identity hashes.
/// </summary>
public sealed class StaffAccount
{
    public string Id { get; set; } = string.Empty;

    /// <summary>Lower-case; unique.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Shown to colleagues and, in a hand-over, to the parent ("Sara from the Huis van het Kind").</summary>
    public string DisplayName { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public StaffRole Role { get; set; }

    /// <summary>The language the bot uses with this staff member on Telegram.</summary>
    public string Language { get; set; } = "nl";

    /// <summary>The linked Telegram chat (<c>tg:123</c>), or null.</summary>
    public string? Chat { get; set; }

    public string PasswordHash { get; set; } = string.Empty;

    public bool MustChangePassword { get; set; }

    public int FailedLogins { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>A one-time code to link Telegram (sent to the bot as <c>/start link-CODE</c> or typed); null when none is pending.</summary>
    public string? LinkCode { get; set; }

    public DateTime? LinkCodeExpiresUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public bool Demo { get; set; }

    public bool CanFacilitate => Role is StaffRole.Facilitator or StaffRole.Admin;

    public bool CanReviewVisits => Role is StaffRole.Staff or StaffRole.Admin;
}
