namespace ParentBot.Core.Places;

/// <summary>
/// What became of a change staff made in the console: not found (another organisation's, or no such thing),
/// refused with the problems to show beside the fields, or saved.
/// </summary>
public sealed record EditResult(bool Found, IReadOnlyList<EditProblem> Problems)
{
    public static EditResult NotFound { get; } = new(false, []);

    public static EditResult Saved { get; } = new(true, []);

    public bool IsSaved => Found && Problems.Count == 0;

    public static EditResult Refused(params EditProblem[] problems) => new(true, problems);
}

/// <summary>One problem with one field of a form: <paramref name="TextKey"/> is the console text that explains it.</summary>
public sealed record EditProblem(string Field, string TextKey);
