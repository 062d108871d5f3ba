using ParentBot.Core.Conversations;

namespace ParentBot.Core.Flows;

/// <summary>
/// Fills slots a state's text shows, just before it is said (<c>fill: session-schedule</c>): a schedule, a
/// summary to confirm. Runs synchronously because it only reads what the turn already holds or the stores.
/// </summary>
public interface IStateFiller
{
    string Name { get; }

    void Fill(FlowContext context, string language);

    /// <summary>
    /// Messages said before the state's own text, each with its own buttons (one per activity of a list).
    /// Most fillers only fill slots and say nothing here.
    /// </summary>
    void SayBefore(FlowContext context, Replies replies)
    {
    }
}
