using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Knowledge;
using ParentBot.Core.Places;
using ParentBot.Core.Profile;

namespace ParentBot.Core.Activities.Flow;

/// <summary>
/// <c>fill: whats-on</c>: before the list's closing question, says one message per activity of this page, each
/// with "Remind me" and "Add to my calendar" — or, when nothing is on, says so kindly, that everyone may go to a
/// family centre, and offers its questions (the nearest town with activities is a button under the list).
/// </summary>
internal sealed class WhatsOnPage(ActivityFinder finder, ActivityTexts texts, MunicipalityCatalog towns, KnowledgeBase knowledge)
    : IStateFiller
{
    public const string FamilyCentreTopic = "family-centre";

    public string Name => "whats-on";

    public void Fill(FlowContext context, string language)
    {
    }

    public void SayBefore(FlowContext context, Replies replies)
    {
        SayNotices(context, replies);
        if (WhatsOnSlots.ShownTown(context) is not { } town)
        {
            return;
        }

        var child = ParentProfile.ChildBirthMonth(context);
        var found = finder.WhatsOn(town, child);
        var page = WhatsOnSlots.PageOf(context);
        var townName = towns.Get(town)?.Name ?? town;
        if (found.Count == 0)
        {
            replies.Say("activities.none", Values(("town", townName)));
            if (finder.NearestOtherTown(town, child) is { } nearest)
            {
                replies.Say("activities.nearest", Values(("town", nearest.Town.Name)));
            }

            IReadOnlyList<IReadOnlyList<OutboundButton>> questions =
                [.. knowledge.InTopic(FamilyCentreTopic).Select(e => (IReadOnlyList<OutboundButton>)[KnowledgeAnswerer.EntryButton(e, replies.Language)])];
            replies.Add(replies.Label("activities.everyone-welcome"), questions, "text:activities.everyone-welcome");
            return;
        }

        if (page == 0)
        {
            if (child is { } born)
            {
                replies.Say("activities.header-age", Values(("town", townName), ("month", born.Display(replies.Localizer.CultureOf(replies.Language)))));
            }
            else
            {
                replies.Say("activities.header", Values(("town", townName)));
            }
        }

        foreach (var occurrence in found.Skip(page * WhatsOnSlots.PageSize).Take(WhatsOnSlots.PageSize))
        {
            replies.Add(texts.Describe(occurrence, replies.Language), ActivityButtons.For(occurrence, replies), "activity:" + occurrence.Activity.Id);
        }
    }

    private static void SayNotices(FlowContext context, Replies replies)
    {
        var slots = context.Conversation.Slots;
        if (slots.Remove(WhatsOnSlots.Cancelled, out var count) && slots.Remove(WhatsOnSlots.CancelledTown, out var town))
        {
            replies.Say("activities.reminders-cancelled", Values(("count", count), ("town", town)));
        }

        if (slots.Remove(WhatsOnSlots.Remembered))
        {
            replies.Say("activities.remembered");
        }
    }

    private static Dictionary<string, string> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
