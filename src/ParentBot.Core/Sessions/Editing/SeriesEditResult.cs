namespace ParentBot.Core.Sessions.Editing;

/// <summary>
/// What saving a group came to: the saved group, or the problems (console text keys, one per field that is
/// wrong), or nothing at all when the account may not run that group.
/// </summary>
public sealed record SeriesEditResult(SessionSeries? Series, IReadOnlyList<string> Problems)
{
    public static SeriesEditResult NotFound { get; } = new(null, []);

    public bool Saved => Series is not null;

    public bool IsNotFound => Series is null && Problems.Count == 0;
}
