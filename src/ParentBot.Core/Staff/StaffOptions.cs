namespace ParentBot.Core.Staff;

/// <summary>
/// <c>ParentBot:Staff</c>: where parents' questions go when we do not know their town, what the bot tells
/// them about answer times, and the console's session and lockout rules.
/// </summary>
public sealed class StaffOptions
{
    public const string Section = "ParentBot:Staff";

    /// <summary>The organisation id that answers a parent whose town we do not know; empty: the first family centre with staff.</summary>
    public string? DefaultOrganisation { get; set; }

    /// <summary>What parents are told: staff answer "usually within N working days". Set it to what the organisation can keep.</summary>
    public int AnswerWithinWorkingDays { get; set; } = 2;

    /// <summary>A console session ends after this long without a request.</summary>
    public int SessionIdleMinutes { get; set; } = 30;

    /// <summary>A console session ends after this long in any case, busy or not.</summary>
    public int SessionMaxHours { get; set; } = 12;

    public int MaxFailedLogins { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a Telegram link code shown in the console stays valid.</summary>
    public int LinkCodeMinutes { get; set; } = 15;
}
