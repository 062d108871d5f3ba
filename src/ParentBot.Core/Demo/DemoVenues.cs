using ParentBot.Core.Dialogs;
using ParentBot.Core.Places;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Demo;

/// <summary>Demo organisations and venues (<c>dialogs/demo/venues.yaml</c>).</summary>
internal sealed class DemoVenues(VenueStore venues) : IDemoSection
{
    public string File => "venues.yaml";

    public int Order => 10;

    public void Load(YamlFile file)
    {
        foreach (var node in YamlFile.Items(YamlFile.Child(file.Root, "organisations")))
        {
            venues.SaveOrganisation(new Organisation { Id = file.RequireScalar(node, "id"), Name = file.RequireScalar(node, "name"), Demo = true });
        }

        foreach (var node in YamlFile.Items(YamlFile.Child(file.Root, "venues")))
        {
            venues.Save(new Venue
            {
                Id = file.RequireScalar(node, "id"),
                Name = file.RequireScalar(node, "name"),
                Type = file.Enum<VenueType>(node, "type"),
                Organisation = file.RequireScalar(node, "organisation"),
                Address = file.RequireScalar(node, "address"),
                Postcode = file.RequireScalar(node, "postcode"),
                Municipality = file.RequireScalar(node, "municipality"),
                Latitude = file.Double(node, "lat"),
                Longitude = file.Double(node, "lon"),
                Languages = [.. YamlFile.Strings(YamlFile.Child(node, "languages"))],
                MinAgeMonths = file.Int(node, "min-age-months", 0),
                MaxAgeMonths = file.Int(node, "max-age-months", 72),
                Description = YamlFile.Map(node, "description"),
                Accessibility = YamlFile.Map(node, "accessibility"),
                Demo = true,
            });
        }
    }
}
