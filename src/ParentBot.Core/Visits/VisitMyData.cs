using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Storage;

namespace ParentBot.Core.Visits;

/// <summary>/mydata: how many visit requests we keep, and what each holds. /forget erases them (and tells staff).</summary>
public sealed class VisitMyData(VisitBookingStore bookings) : IMyDataSection
{
    public void Say(FlowContext context, Replies replies)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        var count = bookings.CountOf(context.Chat);
        if (count > 0)
        {
            replies.Say("visits.mydata", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["count"] = count.ToString(replies.Localizer.CultureOf(replies.Language)),
            });
        }
    }
}
