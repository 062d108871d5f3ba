using System.Globalization;
using System.Text;
using ParentBot.Core.Dialogs;

namespace ParentBot.Core.Places;

/// <summary>
/// The towns of <c>dialogs/places/municipalities.yaml</c>: found by postcode or by any of their names
/// (Mechelen, Malines; accents and case do not matter), and ordered by distance for "nearest first".
/// </summary>
public sealed class MunicipalityCatalog
{
    private readonly Dictionary<string, Municipality> _byKey;

    private MunicipalityCatalog(IReadOnlyList<Municipality> all)
    {
        All = all;
        _byKey = new Dictionary<string, Municipality>(StringComparer.Ordinal);
        foreach (var town in all)
        {
            foreach (var key in town.Postcodes.Concat(town.Names).Append(town.Name).Append(town.Id))
            {
                _byKey.TryAdd(Fold(key), town);
            }
        }
    }

    public IReadOnlyList<Municipality> All { get; }

    public Municipality? Get(string? id) => id is null ? null : All.FirstOrDefault(m => m.Id == id);

    /// <summary>The town a parent typed: "2800", "mechelen", "Malines", "2800 Mechelen".</summary>
    public Municipality? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        if (_byKey.TryGetValue(folded, out var town))
        {
            return town;
        }

        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => _byKey.GetValueOrDefault(w)).FirstOrDefault(t => t is not null);
    }

    /// <summary>Kilometres between two points (haversine); good enough to order venues nearest first.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 6371 * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }

    internal static MunicipalityCatalog Load(string dialogsPath)
    {
        var path = Path.Combine(dialogsPath, "places", "municipalities.yaml");
        if (!File.Exists(path))
        {
            return new MunicipalityCatalog([]);
        }

        var file = YamlFile.Load(path);
        var towns = YamlFile.Items(YamlFile.Child(file.Root, "municipalities")).Select(node => new Municipality(
            file.RequireScalar(node, "id"),
            file.RequireScalar(node, "name"),
            [.. YamlFile.Strings(YamlFile.Child(node, "names"))],
            [.. YamlFile.Strings(YamlFile.Child(node, "postcodes"))],
            ParseCoordinate(file, node, "lat"),
            ParseCoordinate(file, node, "lon"))).ToList();
        return new MunicipalityCatalog(towns);
    }

    private static double ParseCoordinate(YamlFile file, YamlDotNet.RepresentationModel.YamlNode node, string key) =>
        double.TryParse(file.RequireScalar(node, key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DialogsException(file.Problem(node, $"'{key}' must be a number"));

    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('-', ' ').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
