using ParentBot.Core.Flows;

namespace ParentBot.Core.Profile;

/// <summary>
/// The parent's town and child's birth month for this turn: from the parent record when they agreed we may
/// remember them, otherwise from the flow's slots, which are gone when the parent leaves the flow.
/// </summary>
public static class ParentProfile
{
    public const string TownSlot = "town";
    public const string BirthSlot = "birth";

    /// <summary>Set for this flow when the parent said "yes, remember".</summary>
    public const string RememberSlot = "remember";

    public static string? Town(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Parent.Town ?? context.Conversation.Slots.GetValueOrDefault(TownSlot);
    }

    public static BirthMonth? ChildBirthMonth(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Parent.ChildBirthMonth ?? context.Conversation.Slots.GetValueOrDefault(BirthSlot);
        return BirthMonth.TryParse(text, out var month) ? month : null;
    }

    /// <summary>True when the parent agreed, now or earlier (something is kept only after a "yes").</summary>
    public static bool Remembers(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Conversation.Slots.ContainsKey(RememberSlot) || context.Parent.Town is not null || context.Parent.ChildBirthMonth is not null;
    }

    public static void SetTown(FlowContext context, string town)
    {
        if (Remembers(context))
        {
            context.Parent.Town = town;
            context.Conversation.Slots.Remove(TownSlot);
        }
        else
        {
            context.Conversation.Slots[TownSlot] = town;
        }
    }

    /// <summary>Sets the birth month, or forgets it when <paramref name="month"/> is null (the parent skipped the question).</summary>
    public static void SetChildBirthMonth(FlowContext context, BirthMonth? month)
    {
        var remembers = Remembers(context);
        context.Conversation.Slots.Remove(BirthSlot);
        context.Parent.ChildBirthMonth = remembers ? month?.ToString() : null;
        if (!remembers && month is { } value)
        {
            context.Conversation.Slots[BirthSlot] = value.ToString();
        }
    }
}
