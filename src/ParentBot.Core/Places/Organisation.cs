namespace ParentBot.Core.Places;

/// <summary>
/// An organisation (e.g. Huis van het Kind Mechelen). Staff see only their own organisation's parents,
/// bookings and groups.
/// </summary>
public sealed class Organisation
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool Demo { get; set; }
}
