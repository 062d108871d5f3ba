using System.Globalization;
using Microsoft.Extensions.Options;
using ParentBot.Core.Flows;
using ParentBot.Core.Staff;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Questions;

/// <summary>
/// <c>fill: ask-person</c>: who will answer ({organisation}) and roughly when ({days}) — a hand-over says who
/// will read the parent's words. For an answer to a staff message, the organisation of that thread.
/// </summary>
public sealed class AskPersonFiller(QuestionRouting routing, QuestionStore questions, VenueStore places, IOptions<StaffOptions> options) : IStateFiller
{
    public string Name => "ask-person";

    public void Fill(FlowContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slots = context.Conversation.Slots;
        var organisation = slots.TryGetValue(AskPersonSlots.Thread, out var threadId) && questions.FindOfChat(threadId, context.Chat) is { } thread
            ? places.FindOrganisation(thread.Organisation)
            : routing.For(context.Chat);
        slots[AskPersonSlots.Organisation] = organisation?.Name ?? string.Empty;
        slots[AskPersonSlots.Days] = options.Value.AnswerWithinWorkingDays.ToString(CultureInfo.InvariantCulture);
    }
}
