using System.Globalization;
using Microsoft.Extensions.Options;
using ParentBot.Core.Conversations;
using ParentBot.Core.Flows;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits.Booking;

/// <summary>
/// <c>visit-slots</c>: one page of the venue's free times (Brussels time), then "earlier" / "later" when there are
/// more. The paging buttons fire the flow's <c>less</c> and <c>more</c> triggers.
/// </summary>
public sealed class VisitSlotSource(VisitSlots slots, VisitFormat format, IOptions<VisitOptions> options) : IButtonSource
{
    public const string MoreTrigger = "more";
    public const string LessTrigger = "less";

    public string Name => "visit-slots";

    public IReadOnlyList<IReadOnlyList<OutboundButton>> Buttons(FlowContext context, string? argument, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (BookingSlots.Get(context, BookingSlots.Venue) is not { } venue)
        {
            return [];
        }

        var free = slots.Free(venue);
        var size = options.Value.TimesPerPage;
        var page = Math.Clamp(PageOf(context), 0, Math.Max(0, (free.Count - 1) / size));
        var rows = free.Skip(page * size).Take(size)
            .Select(s => (IReadOnlyList<OutboundButton>)[new OutboundButton(format.ButtonTime(language, s.Start), ButtonValue.ForPick(context.Conversation, s.Key))])
            .ToList();
        var paging = new List<OutboundButton>();
        if (page > 0)
        {
            paging.Add(PageButton(context, language, "visits.book.less", LessTrigger));
        }

        if ((page + 1) * size < free.Count)
        {
            paging.Add(PageButton(context, language, "visits.book.more", MoreTrigger));
        }

        return paging.Count == 0 ? rows : [.. rows, paging];
    }

    public static int PageOf(FlowContext context) =>
        int.TryParse(BookingSlots.Get(context, BookingSlots.Page), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 0;

    private OutboundButton PageButton(FlowContext context, string language, string label, string trigger)
    {
        var c = context.Conversation;
        return new OutboundButton(format.Text(language, label), ButtonValue.ForFlow(c.FlowId, c.FlowVersion, c.State, trigger));
    }
}
