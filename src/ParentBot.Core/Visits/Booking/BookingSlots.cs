using ParentBot.Core.Places;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// Names of the conversation slots the booking flow fills. They start with "v-" so that they never meet a
/// placeholder of a text (texts show the display values the fillers set: {venue}, {date}, …).
/// </summary>
public static class BookingSlots
{
    public const string Kind = "v-kind";
    public const string Town = "v-town";
    public const string TownText = "v-town-text";
    public const string Venue = "v-venue";
    public const string Year = "v-year";
    public const string Birth = "v-birth";
    public const string Page = "v-page";
    public const string Slot = "v-slot";
    public const string Needs = "v-needs";
    public const string Request = "v-request";
    public const string Replaces = "v-replaces";

    /// <summary>The booking "My visits" shows or changes.</summary>
    public const string Visit = "v-visit";

    /// <summary>The year button of a baby not born yet.</summary>
    public const string NotBorn = "due";

    public static string? Get(Flows.FlowContext context, string slot)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Conversation.Slots.GetValueOrDefault(slot);
    }

    /// <summary>The kind of place as written in dialogs and button values.</summary>
    public static string KindId(VenueType type) => type switch
    {
        VenueType.Childcare => "childcare",
        VenueType.Preschool => "preschool",
        _ => "family-centre",
    };

    public static VenueType? KindOf(string? id) => id switch
    {
        "childcare" => VenueType.Childcare,
        "preschool" => VenueType.Preschool,
        "family-centre" => VenueType.FamilyCentre,
        _ => null,
    };
}
