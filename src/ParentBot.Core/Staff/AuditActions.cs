namespace ParentBot.Core.Staff;

/// <summary>The actions the audit log knows; the console shows them by these names.</summary>
public static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string LockedOut = "locked-out";
    public const string Logout = "logout";
    public const string PasswordChanged = "password-changed";
    public const string PasswordReset = "password-reset";
    public const string AccountCreated = "account-created";
    public const string AccountUnlocked = "account-unlocked";
    public const string LinkCodeMade = "telegram-code";
    public const string Linked = "telegram-linked";
    public const string Unlinked = "telegram-unlinked";
    public const string QuestionReplied = "question-replied";
    public const string QuestionClosed = "question-closed";
    public const string QuestionReopened = "question-reopened";

    /// <summary>The actor of what the command line does (<c>staff add</c>).</summary>
    public const string CommandLine = "cli";
}
