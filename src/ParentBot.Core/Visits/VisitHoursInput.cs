namespace ParentBot.Core.Visits;

/// <summary>Weekly visit hours as typed in the console form (every field as text, checked by <see cref="VisitHoursEditor"/>).</summary>
public sealed record WeeklyHoursInput(string? Day, string? From, string? Until, string? Minutes, string? Families);

/// <summary>A closed day as typed in the console form: <c>2026-12-25</c> and an optional note for colleagues.</summary>
public sealed record ClosedDayInput(string? Date, string? Note);

/// <summary>A one-off visit time as typed in the console form: <c>2026-12-05</c>, <c>10:00</c>, minutes, families.</summary>
public sealed record OneOffTimeInput(string? Date, string? Time, string? Minutes, string? Families);

/// <summary>A booking that still holds a place at a venue, and whether its time is still in the venue's hours.</summary>
public sealed record HeldVisit(VisitBooking Booking, bool InHours);
