namespace ParentBot.Core.Visits;

/// <summary><c>ParentBot:Visits</c>: how far ahead parents may book taster visits, and how long staff have to answer.</summary>
public sealed class VisitOptions
{
    public const string Section = "ParentBot:Visits";

    /// <summary>Free times are offered this many weeks ahead.</summary>
    public int WeeksAhead { get; set; } = 4;

    /// <summary>
    /// A time is offered only this many hours ahead, so staff can answer before it: a request left
    /// unanswered until its time expires and the parent is told.
    /// </summary>
    public int MinimumNoticeHours { get; set; } = 48;

    /// <summary>
    /// Staff promise an answer within this many working days (Monday to Friday); the parent is told so, and
    /// staff get a reminder when a request has waited that long.
    /// </summary>
    public int AnswerWithinWorkingDays { get; set; } = 2;

    /// <summary>Times shown per page of buttons.</summary>
    public int TimesPerPage { get; set; } = 6;
}
