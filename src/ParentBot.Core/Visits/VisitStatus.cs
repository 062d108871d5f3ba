namespace ParentBot.Core.Visits;

/// <summary>Where a visit request stands. Requested, Proposed and Approved hold a place at their time.</summary>
public enum VisitStatus
{
    /// <summary>Sent by the parent; staff have not answered yet.</summary>
    Requested,

    /// <summary>Staff proposed another time; the parent has not answered yet.</summary>
    Proposed,

    /// <summary>Confirmed: staff approved, or the parent accepted the proposed time.</summary>
    Approved,

    /// <summary>Staff could not receive the family, with a reason.</summary>
    Declined,

    /// <summary>The parent cancelled, chose another time, refused a proposal, or asked to be forgotten.</summary>
    Cancelled,

    /// <summary>Nobody answered before the time came.</summary>
    Expired,
}
