using ParentBot.Core.Demo;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits;

/// <summary>Demo visit hours for the demo venues (<c>dialogs/demo/visit-times.yaml</c>), loaded after them.</summary>
internal sealed class DemoVisitSchedules(VisitScheduleStore schedules) : IDemoSection
{
    public string File => "visit-times.yaml";

    public int Order => 20;

    public void Load(YamlFile file)
    {
        foreach (var node in YamlFile.Items(YamlFile.Child(file.Root, "schedules")))
        {
            var schedule = new VisitSchedule
            {
                Id = file.RequireScalar(node, "venue"),
                Closed = [.. YamlFile.Strings(YamlFile.Child(node, "closed"))],
                Weekly = [.. YamlFile.Items(YamlFile.Child(node, "weekly")).Select(w => new WeeklyVisitHours
                {
                    Day = file.Enum<DayOfWeek>(w, "day"),
                    From = Time(file, w, "from"),
                    Until = Time(file, w, "until"),
                    Minutes = file.Int(w, "minutes", 30),
                    Families = file.Int(w, "families", 1),
                })],
                OneOff = [.. YamlFile.Items(YamlFile.Child(node, "one-off")).Select(o => new OneOffVisitTime
                {
                    Start = VisitSlotCalculator.TryParseOneOff(file.RequireScalar(o, "start"), out _)
                        ? file.RequireScalar(o, "start")
                        : throw new DialogsException(file.Problem(o, "'start' must look like 2026-12-05 10:00")),
                    Minutes = file.Int(o, "minutes", 30),
                    Families = file.Int(o, "families", 1),
                })],
            };
            schedules.Save(schedule);
        }
    }

    private static string Time(YamlFile file, YamlDotNet.RepresentationModel.YamlNode node, string key)
    {
        var text = file.RequireScalar(node, key);
        return VisitSlotCalculator.TryParseTime(text, out _) ? text : throw new DialogsException(file.Problem(node, $"'{key}' must look like 14:00"));
    }
}
