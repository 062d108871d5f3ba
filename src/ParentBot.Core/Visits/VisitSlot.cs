namespace ParentBot.Core.Visits;

/// <summary>
/// One visit time of a venue. <paramref name="Key"/> is its Brussels wall-clock minute (<c>202611251400</c>): short
/// enough for a button, the same on every channel, and stable while the schedule does not change.
/// </summary>
public sealed record VisitSlot(string VenueId, string Key, DateTimeOffset Start, DateTimeOffset End, int Capacity);
