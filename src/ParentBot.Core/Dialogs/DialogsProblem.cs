namespace ParentBot.Core.Dialogs;

/// <summary>One problem in the dialog content, with the file and line a content editor must fix.</summary>
public sealed record DialogsProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
