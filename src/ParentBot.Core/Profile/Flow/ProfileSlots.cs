namespace ParentBot.Core.Profile.Flow;

/// <summary>Slots the profile questions fill; the answers end up in the parent record (with consent) or in <see cref="ParentProfile"/>'s slots.</summary>
internal static class ProfileSlots
{
    /// <summary>A town button pressed (a municipality id).</summary>
    public const string TownPick = "town-pick";

    /// <summary>A town or postcode typed.</summary>
    public const string TownText = "town-text";

    public const string BirthYear = "birth-year";

    /// <summary>A month button pressed (<c>2025-03</c>).</summary>
    public const string BirthPick = "birth-pick";
}
