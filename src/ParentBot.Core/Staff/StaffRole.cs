namespace ParentBot.Core.Staff;

/// <summary>What a staff account may do. Every account belongs to one organisation and sees only its data.</summary>
public enum StaffRole
{
    /// <summary>Manages accounts and everything of the organisation.</summary>
    Admin,

    /// <summary>Reviews visit requests, answers parents, keeps venues and content up to date.</summary>
    Staff,

    /// <summary>Runs group sessions: series, enrolments, attendance, broadcasts.</summary>
    Facilitator,
}
