namespace ParentBot.Core.Dialogs;

/// <summary>Dialog content that cannot be loaded at all (broken YAML, a missing required field).</summary>
public sealed class DialogsException : Exception
{
    public DialogsException(DialogsProblem problem, Exception? inner = null)
        : base(problem.ToString(), inner)
    {
        Problem = problem;
    }

    public DialogsProblem Problem { get; }
}
