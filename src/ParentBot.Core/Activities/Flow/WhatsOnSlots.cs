using System.Globalization;
using ParentBot.Core.Flows;
using ParentBot.Core.Profile;

namespace ParentBot.Core.Activities.Flow;

/// <summary>The slots of the what's-on flow, and the town and page it shows.</summary>
internal static class WhatsOnSlots
{
    /// <summary>The page of the list (0, 1, …).</summary>
    public const string Page = "page";

    /// <summary>Another town the parent chose to look at, without moving there.</summary>
    public const string Browse = "browse";

    /// <summary>What a pick button under the list chose: <see cref="More"/> or <see cref="TownChoice"/> + town id.</summary>
    public const string Choice = "choice";

    public const string More = "more";
    public const string TownChoice = "t:";

    /// <summary>Set when moving took back reminders, so the list can say so once.</summary>
    public const string Cancelled = "cancelled";
    public const string CancelledTown = "cancelled-town";

    /// <summary>Set when the profile was just remembered, so the list can say how to see or delete it.</summary>
    public const string Remembered = "remembered";

    public const int PageSize = 5;

    public static string? ShownTown(FlowContext context) =>
        context.Conversation.Slots.GetValueOrDefault(Browse) ?? ParentProfile.Town(context);

    public static int PageOf(FlowContext context) =>
        int.TryParse(context.Conversation.Slots.GetValueOrDefault(Page), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 0;

    /// <summary>Back to the first page of the parent's own town (after a change of town or age).</summary>
    public static void Restart(FlowContext context)
    {
        context.Conversation.Slots.Remove(Page);
        context.Conversation.Slots.Remove(Browse);
    }
}
