using System.Text;
using ParentBot.Core.Activities;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Storage;
using YamlDotNet.RepresentationModel;

namespace ParentBot.Core.Demo;

/// <summary>
/// Demo activities (<c>dialogs/demo/activities.yaml</c>) at the demo venues, loaded after them. A one-off demo
/// activity gives <c>in-days</c> (days after loading) instead of a date, so a new demo always has something on.
/// </summary>
internal sealed class DemoActivities(ActivityStore activities, VenueStore venues, TimeProvider time) : IDemoSection
{
    public string File => "activities.yaml";

    public int Order => 30;

    public void Load(YamlFile file)
    {
        var today = ActivitySchedule.LocalDate(time.GetUtcNow());
        foreach (var node in YamlFile.Items(YamlFile.Child(file.Root, "activities")))
        {
            activities.Save(Read(file, node, today));
        }
    }

    private Activity Read(YamlFile file, YamlNode node, DateOnly today)
    {
        var id = file.RequireScalar(node, "id");
        if (Encoding.UTF8.GetByteCount(id) > ActivityButtons.MaxActivityIdBytes)
        {
            throw new DialogsException(file.Problem(node, $"activity id '{id}' is longer than {ActivityButtons.MaxActivityIdBytes} bytes"));
        }

        var venue = venues.Find(file.RequireScalar(node, "venue"))
            ?? throw new DialogsException(file.Problem(node, $"activity '{id}': unknown venue"));
        var activity = new Activity
        {
            Id = id,
            Organisation = venue.Organisation,
            Venue = venue.Id,
            DutchName = file.RequireScalar(node, "dutch-name"),
            Title = YamlFile.Map(node, "title"),
            Description = YamlFile.Map(node, "description"),
            Weekdays = [.. YamlFile.Strings(YamlFile.Child(node, "weekly")).Select(d => Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out var day)
                ? day
                : throw new DialogsException(file.Problem(node, $"activity '{id}': '{d}' is not a day of the week")))],
            FirstDate = Date(file, node, "first-date"),
            LastDate = Date(file, node, "last-date"),
            Skipped = [.. YamlFile.Strings(YamlFile.Child(node, "skipped"))],
            Date = YamlFile.Scalar(node, "in-days") is null ? Date(file, node, "date") : ActivitySchedule.Format(today.AddDays(file.Int(node, "in-days", 0))),
            Start = Time(file, node, "start"),
            End = Time(file, node, "end"),
            Price = YamlFile.Scalar(node, "price"),
            SignUp = file.Enum<ActivitySignUp>(node, "sign-up"),
            MinAgeMonths = file.Int(node, "min-age-months", 0),
            MaxAgeMonths = file.Int(node, "max-age-months", 72),
            Demo = true,
        };
        activity.Free = activity.Price is null;
        if ((activity.Date is null) == (activity.Weekdays.Count == 0))
        {
            throw new DialogsException(file.Problem(node, $"activity '{id}' needs either a date (or in-days) or weekly days"));
        }

        return activity;
    }

    private static string? Date(YamlFile file, YamlNode node, string key) =>
        YamlFile.Scalar(node, key) is not { } text ? null
        : ActivitySchedule.TryParseDate(text, out _) ? text
        : throw new DialogsException(file.Problem(node, $"'{key}' must be a date like 2026-11-24"));

    private static string Time(YamlFile file, YamlNode node, string key) =>
        ActivitySchedule.TryParseTime(file.RequireScalar(node, key), out _)
            ? file.RequireScalar(node, key)
            : throw new DialogsException(file.Problem(node, $"'{key}' must be a time like 09:30"));
}
