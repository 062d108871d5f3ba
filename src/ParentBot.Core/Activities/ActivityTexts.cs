using ParentBot.Core.Localization;
using ParentBot.Core.Places;

namespace ParentBot.Core.Activities;

/// <summary>
/// How an activity reads in a parent's language: the title with the Dutch name beside it, the local date and
/// time (Gregorian in every language), the place with a map link, the cost, and whether to sign up.
/// </summary>
public sealed class ActivityTexts(Localizer localizer)
{
    public const string Item = "activities.item";

    /// <summary>Keys this class says; the dialogs check makes sure every language has them.</summary>
    internal static readonly string[] Keys =
    [
        Item, "activities.title-with-dutch", "activities.free", "activities.price", "activities.signup-no", "activities.signup-desk",
        "activities.ages-years", "activities.ages-months", "activities.demo", "activities.reminder", "activities.calendar-text",
    ];

    /// <summary>The message of one activity in a list.</summary>
    public string Describe(ActivityOccurrence occurrence, string language)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var activity = occurrence.Activity;
        var lines = new List<string>
        {
            localizer.Text(language, Item, Values(occurrence, language, new() { ["description"] = LocalizedText.For(activity.Description, language) })),
            MapLine(occurrence),
            activity.Free
                ? localizer.Text(language, "activities.free")
                : localizer.Text(language, "activities.price", new Dictionary<string, string>(StringComparer.Ordinal) { ["price"] = activity.Price ?? "?" }),
            localizer.Text(language, activity.SignUp == ActivitySignUp.AtTheDesk ? "activities.signup-desk" : "activities.signup-no"),
        };
        if (Ages(activity, language) is { } ages)
        {
            lines.Add(ages);
        }

        if (activity.Demo)
        {
            lines.Add(localizer.Text(language, "activities.demo"));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The reminder sent the evening before.</summary>
    public string Reminder(ActivityOccurrence occurrence, string language) =>
        localizer.Text(language, "activities.reminder", Values(occurrence, language, [])) + "\n" + MapLine(occurrence);

    /// <summary>What to write in a calendar, for a parent who cannot open a calendar file.</summary>
    public string ForCalendar(ActivityOccurrence occurrence, string language) =>
        localizer.Text(language, "activities.calendar-text", Values(occurrence, language, []));

    /// <summary>"Playgroup (Speelgroep)"; in Dutch, or when there is no translation, the Dutch name alone.</summary>
    public string Title(Activity activity, string language)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Title.TryGetValue(language, out var title) && language != "nl" && !string.Equals(title, activity.DutchName, StringComparison.Ordinal)
            ? localizer.Text(language, "activities.title-with-dutch", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["title"] = title,
                ["dutch"] = activity.DutchName,
            })
            : activity.DutchName;
    }

    /// <summary>
    /// The map link on a line of its own, outside the translated text: in right-to-left text a placeholder is
    /// wrapped in direction isolates, which must not end up inside a link the phone opens.
    /// </summary>
    private static string MapLine(ActivityOccurrence occurrence) => "🗺 " + occurrence.Venue.MapLink;

    private Dictionary<string, string> Values(ActivityOccurrence occurrence, string language, Dictionary<string, string> more)
    {
        var values = new Dictionary<string, string>(more, StringComparer.Ordinal)
        {
            ["title"] = Title(occurrence.Activity, language),
            ["date"] = localizer.Date(language, occurrence.Start),
            ["start"] = localizer.Time(language, occurrence.Start),
            ["end"] = localizer.Time(language, occurrence.End),
            ["place"] = $"{occurrence.Venue.Name}, {occurrence.Venue.Address}",
        };
        return values;
    }

    private string? Ages(Activity activity, string language)
    {
        if (activity.MinAgeMonths <= 0 && activity.MaxAgeMonths >= 72)
        {
            return null;
        }

        var culture = localizer.CultureOf(language);
        var inYears = activity.MinAgeMonths % 12 == 0 && activity.MaxAgeMonths % 12 == 0;
        var (from, to) = inYears ? (activity.MinAgeMonths / 12, activity.MaxAgeMonths / 12) : (activity.MinAgeMonths, activity.MaxAgeMonths);
        return localizer.Text(language, inYears ? "activities.ages-years" : "activities.ages-months", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["from"] = from.ToString(culture),
            ["to"] = to.ToString(culture),
        });
    }
}
