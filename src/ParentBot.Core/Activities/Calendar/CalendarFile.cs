namespace ParentBot.Core.Activities.Calendar;

/// <summary>A calendar file (<c>.ics</c>) a parent's phone can open to add an event.</summary>
public sealed record CalendarFile(string FileName, string ContentType, byte[] Content);
