namespace ParentBot.Core.Activities;

/// <summary>Whether a parent must sign up first. No phone numbers: the desk of the venue is the way.</summary>
public enum ActivitySignUp
{
    /// <summary>Just come.</summary>
    No,

    /// <summary>Sign up first at the desk of the venue.</summary>
    AtTheDesk,
}
