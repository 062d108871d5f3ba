namespace ParentBot.Core.Calendar;

/// <summary>
/// One appointment for a parent's calendar app. <paramref name="Uid"/> stays the same for the same visit, and
/// <paramref name="Sequence"/> rises when its time changes, so a calendar app updates the entry instead of adding one.
/// </summary>
public sealed record CalendarEntry(
    string Uid,
    int Sequence,
    string Summary,
    string Description,
    string Location,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset Stamp);
