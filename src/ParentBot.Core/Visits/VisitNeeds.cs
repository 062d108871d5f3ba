namespace ParentBot.Core.Visits;

/// <summary>What a family asks for at the visit.</summary>
public static class VisitNeeds
{
    public const string None = "none";
    public const string Interpreter = "interpreter";
    public const string Friend = "friend";
    public const string Both = "both";

    public static IReadOnlyList<string> All { get; } = [Interpreter, Friend, Both, None];
}
