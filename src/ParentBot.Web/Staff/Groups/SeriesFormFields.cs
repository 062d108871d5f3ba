using System.Globalization;
using ParentBot.Core.Sessions;
using ParentBot.Core.Sessions.Editing;

namespace ParentBot.Web.Staff.Groups;

/// <summary>
/// The group form as posted. Reminders are two choices a facilitator understands ("the evening before at …",
/// "… minutes before") and become <see cref="ReminderLead"/> ids here; the checks are Core's.
/// </summary>
public sealed class SeriesFormFields
{
    public string? Name { get; set; }

    public string? VenueId { get; set; }

    public List<string> Facilitators { get; set; } = [];

    public List<DayOfWeek> Days { get; set; } = [];

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? FirstDate { get; set; }

    public string? LastDate { get; set; }

    /// <summary>Holidays as typed: dates separated by new lines, commas or spaces.</summary>
    public string? Holidays { get; set; }

    public int? Capacity { get; set; }

    public List<string> Languages { get; set; } = [];

    public Dictionary<string, string> Bring { get; set; } = new(StringComparer.Ordinal);

    public bool Evening { get; set; }

    public string? EveningAt { get; set; }

    public bool Before { get; set; }

    public int? BeforeMinutes { get; set; }

    public SeriesInput ToInput()
    {
        var reminders = new List<string>();
        if (Evening)
        {
            reminders.Add("evening-before@" + (EveningAt ?? string.Empty).Trim());
        }

        if (Before)
        {
            reminders.Add("before:" + (BeforeMinutes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return new SeriesInput
        {
            Name = Name ?? string.Empty,
            VenueId = VenueId ?? string.Empty,
            Facilitators = Facilitators,
            Days = Days,
            Start = Start ?? string.Empty,
            End = End ?? string.Empty,
            FirstDate = FirstDate ?? string.Empty,
            LastDate = LastDate ?? string.Empty,
            Holidays = (Holidays ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries),
            Capacity = Capacity,
            Languages = Languages,
            Bring = Bring.Where(b => !string.IsNullOrWhiteSpace(b.Value)).ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal),
            Reminders = reminders,
        };
    }

    public static SeriesFormFields From(SeriesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var leads = input.Reminders.Select(r => TryLead(r)).OfType<ReminderLead>().ToList();
        var evening = leads.FirstOrDefault(l => l.EveningAt is not null);
        var before = leads.FirstOrDefault(l => l.EveningAt is null);
        return new SeriesFormFields
        {
            Name = input.Name,
            VenueId = input.VenueId,
            Facilitators = [.. input.Facilitators],
            Days = [.. input.Days],
            Start = input.Start,
            End = input.End,
            FirstDate = input.FirstDate,
            LastDate = input.LastDate,
            Holidays = string.Join('\n', input.Holidays),
            Capacity = input.Capacity,
            Languages = [.. input.Languages],
            Bring = new Dictionary<string, string>(input.Bring, StringComparer.Ordinal),
            Evening = evening is not null,
            EveningAt = evening?.EveningAt?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "18:00",
            Before = before is not null,
            BeforeMinutes = before?.MinutesBefore ?? 60,
        };
    }

    private static ReminderLead? TryLead(string text)
    {
        try
        {
            return ReminderLead.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
