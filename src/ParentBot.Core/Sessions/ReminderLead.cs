using System.Globalization;
using ParentBot.Core.Localization;

namespace ParentBot.Core.Sessions;

/// <summary>
/// When a reminder goes out before a session: <c>evening-before@18:00</c> (local time, the day before) or
/// <c>before:60</c> (minutes before the start). Kept as text in the series so facilitators can read it.
/// </summary>
public sealed record ReminderLead(string Id, TimeOnly? EveningAt, int MinutesBefore)
{
    public static IReadOnlyList<ReminderLead> Defaults { get; } = [Parse("evening-before@18:00"), Parse("before:60")];

    public static ReminderLead Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("evening-before@", StringComparison.Ordinal)
            && TimeOnly.TryParseExact(text["evening-before@".Length..], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return new ReminderLead(text, at, 0);
        }

        if (text.StartsWith("before:", StringComparison.Ordinal)
            && int.TryParse(text["before:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            return new ReminderLead(text, null, minutes);
        }

        throw new FormatException($"'{text}' is not a reminder time (evening-before@HH:mm or before:<minutes>)");
    }

    /// <summary>A short id for outbox keys and buttons.</summary>
    public string Key => EveningAt is { } at ? "e" + at.ToString("HHmm", CultureInfo.InvariantCulture) : "b" + MinutesBefore.ToString(CultureInfo.InvariantCulture);

    public DateTimeOffset DueFor(Occurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return EveningAt is { } at ? BrusselsClock.AtLocal(occurrence.Date.AddDays(-1), at) : occurrence.StartUtc.AddMinutes(-MinutesBefore);
    }
}
