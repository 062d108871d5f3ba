namespace ParentBot.Core.Sessions.Broadcasts;

/// <summary>
/// What a broadcast says. The templates exist in every parent language and are filled with the detail the
/// facilitator typed or picked; free text is the facilitator's own words. "Date cancelled" is not here: it
/// is <see cref="SessionCancellation"/>, which also takes the date out of the schedule.
/// </summary>
public enum BroadcastTemplate
{
    FreeText,

    /// <summary>The group meets somewhere else: <c>{place}</c>.</summary>
    PlaceChanged,

    /// <summary>Please bring <c>{item}</c>.</summary>
    BringSomething,

    /// <summary>Free time or a party on a meeting date: <c>{date}</c> <c>{time}</c>.</summary>
    FreeTime,
}
