namespace ParentBot.Core.Visits;

/// <summary>The reasons staff choose from when they decline; each is said to the parent in their language.</summary>
public static class DeclineReasons
{
    public const string Full = "full";
    public const string Age = "age";
    public const string Closed = "closed";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Full, Age, Closed, Other];
}
