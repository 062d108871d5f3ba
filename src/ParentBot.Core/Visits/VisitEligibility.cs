using ParentBot.Core.Places;
using ParentBot.Core.Visits.Messages;

namespace ParentBot.Core.Visits;

/// <summary>
/// Whether a child's age fits a venue, said kindly and never as a refusal: a visit a few months before the child
/// may start is welcome (FACTS V1, K1), and a family centre is open from pregnancy on (F1).
/// </summary>
public static class VisitEligibility
{
    /// <summary>How many months before the minimum age a visit counts as "a little early".</summary>
    public const int MonthsEarly = 6;

    public static AgeFit Of(Venue venue, string birth, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(venue);
        var months = VisitFormat.MonthsOld(birth, at);
        if (months > venue.MaxAgeMonths)
        {
            return AgeFit.Old;
        }

        if (months >= venue.MinAgeMonths || venue.MinAgeMonths == 0)
        {
            return AgeFit.Fits;
        }

        return venue.MinAgeMonths - months <= MonthsEarly ? AgeFit.Soon : AgeFit.Young;
    }
}

/// <summary>How a child's age relates to a venue's age range.</summary>
public enum AgeFit
{
    Fits,

    /// <summary>Younger than the minimum by a few months: a first visit now is fine.</summary>
    Soon,

    /// <summary>Much younger than the minimum.</summary>
    Young,

    /// <summary>Older than the maximum.</summary>
    Old,
}
