using ParentBot.Core.Demo;
using ParentBot.Core.Dialogs;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Sessions;

/// <summary>Demo groups (<c>dialogs/demo/series.yaml</c>), after the demo venues.</summary>
internal sealed class DemoSeries(SeriesStore series) : IDemoSection
{
    public string File => "series.yaml";

    public int Order => 20;

    public void Load(YamlFile file)
    {
        foreach (var node in YamlFile.Items(YamlFile.Child(file.Root, "series")))
        {
            series.Save(new SessionSeries
            {
                Id = file.RequireScalar(node, "id"),
                Name = file.RequireScalar(node, "name"),
                Organisation = file.RequireScalar(node, "organisation"),
                VenueId = file.RequireScalar(node, "venue"),
                Days = [.. YamlFile.Strings(YamlFile.Child(node, "days")).Select(d => Enum.Parse<DayOfWeek>(d, ignoreCase: true))],
                Start = file.RequireScalar(node, "start"),
                End = file.RequireScalar(node, "end"),
                FirstDate = file.RequireScalar(node, "first-date"),
                LastDate = file.RequireScalar(node, "last-date"),
                Holidays = [.. YamlFile.Strings(YamlFile.Child(node, "holidays"))],
                Capacity = file.Int(node, "capacity", 10),
                Languages = [.. YamlFile.Strings(YamlFile.Child(node, "languages"))],
                Bring = YamlFile.Map(node, "bring"),
                InviteCode = file.RequireScalar(node, "invite-code"),
                Demo = true,
            });
        }
    }
}
