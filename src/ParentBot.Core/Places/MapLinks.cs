using System.Globalization;

namespace ParentBot.Core.Places;

/// <summary>Map links for places parents go to; OpenStreetMap works in every browser without an account.</summary>
public static class MapLinks
{
    public static string For(double latitude, double longitude) => string.Create(CultureInfo.InvariantCulture,
        $"https://www.openstreetmap.org/?mlat={latitude:0.#####}&mlon={longitude:0.#####}#map=17/{latitude:0.#####}/{longitude:0.#####}");
}
