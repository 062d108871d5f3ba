namespace ParentBot.Core.Questions;

/// <summary>The slots of <c>flows/ask-person.yaml</c>: the typed text, the thread a parent answers, and what the texts show.</summary>
public static class AskPersonSlots
{
    public const string Flow = "ask-person";
    public const string Question = "question";
    public const string Thread = "thread";
    public const string Organisation = "organisation";
    public const string Days = "days";
}
