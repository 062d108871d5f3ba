namespace ParentBot.Core.Places;

/// <summary>A town parents can name: its names in the languages people use for it, postcodes, and where it lies.</summary>
public sealed record Municipality(string Id, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Postcodes, double Latitude, double Longitude);
