namespace ParentBot.Core.Dialogs;

/// <summary>The dialog content has problems; the message lists them, one per line, with file and line.</summary>
public sealed class DialogsCheckFailedException(IReadOnlyList<DialogsProblem> problems)
    : Exception($"The dialogs check found {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<DialogsProblem> Problems { get; } = problems;
}
