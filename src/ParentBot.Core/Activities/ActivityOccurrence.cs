using ParentBot.Core.Places;

namespace ParentBot.Core.Activities;

/// <summary>One date of an activity, at its venue, with its start and end as instants.</summary>
public sealed record ActivityOccurrence(Activity Activity, Venue Venue, DateOnly Date, DateTimeOffset Start, DateTimeOffset End)
{
    public string Town => Venue.Municipality;
}
