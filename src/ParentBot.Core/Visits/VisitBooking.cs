namespace ParentBot.Core.Visits;

/// <summary>
/// A taster visit request and what became of it. It keeps the least we need: the chat (to answer), the venue and
/// time, the child's birth month (never a name), the needs, the language, and who changed what when.
/// </summary>
public sealed class VisitBooking
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The parent's chat (<c>tg:123</c>, <c>web:…</c>); null once the parent asked to be forgotten.</summary>
    public string? Chat { get; set; }

    public string VenueId { get; set; } = string.Empty;

    /// <summary>The venue's organisation when the request was made: only its staff see the request.</summary>
    public string Organisation { get; set; } = string.Empty;

    /// <summary>The time on the table (requested, proposed or confirmed), as a <see cref="VisitSlot.Key"/>.</summary>
    public string SlotKey { get; set; } = string.Empty;

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    /// <summary>The child's birth month, <c>2024-03</c> (a future month for a baby not born yet).</summary>
    public string? Birth { get; set; }

    /// <summary>none, interpreter, friend or both.</summary>
    public string Needs { get; set; } = VisitNeeds.None;

    public string Language { get; set; } = "en";

    public VisitStatus Status { get; set; }

    /// <summary>Why staff declined: full, age, closed or other.</summary>
    public string? DeclineReason { get; set; }

    /// <summary>The earlier visit this request replaces ("another time"), cancelled when this one was sent.</summary>
    public string? Replaces { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>Rises each time the visit moves, so calendar apps update their entry.</summary>
    public int Sequence { get; set; }

    public List<VisitStep> History { get; set; } = [];

    /// <summary>Timed steps already taken care of (reminders, the question after the visit), so none is done twice.</summary>
    public List<string> Done { get; set; } = [];

    /// <summary>1 🙁, 2 😐, 3 🙂.</summary>
    public int? Feedback { get; set; }

    public bool? WantsHelp { get; set; }

    /// <summary>Nothing will happen to this booking any more; the timeline no longer looks at it.</summary>
    public bool Settled { get; set; }

    /// <summary>The parent asked to be forgotten while this visit was planned: staff are still to be told, then it is deleted.</summary>
    public bool Forgotten { get; set; }

    public DateTimeOffset Start => new(DateTime.SpecifyKind(StartUtc, DateTimeKind.Utc));

    public DateTimeOffset End => new(DateTime.SpecifyKind(EndUtc, DateTimeKind.Utc));

    /// <summary>True while the visit holds a place at <see cref="SlotKey"/>.</summary>
    public bool Holds => Status is VisitStatus.Requested or VisitStatus.Proposed or VisitStatus.Approved;

    /// <summary>Records a change of status by <paramref name="by"/> (<c>parent</c>, <c>staff:&lt;id&gt;</c>, <c>system</c>).</summary>
    public void Move(VisitStatus status, string by, DateTimeOffset at)
    {
        Status = status;
        History.Add(new VisitStep { AtUtc = at.UtcDateTime, Status = status, By = by });
        Settled = !Holds;
    }

    /// <summary>Puts the visit at another time (a proposal); calendar entries follow by <see cref="Sequence"/>.</summary>
    public void MoveTo(VisitSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        SlotKey = slot.Key;
        StartUtc = slot.Start.UtcDateTime;
        EndUtc = slot.End.UtcDateTime;
        Sequence++;
    }
}

/// <summary>One change of a booking's status: when, to what, and by whom (never a parent's name).</summary>
public sealed class VisitStep
{
    public DateTime AtUtc { get; set; }

    public VisitStatus Status { get; set; }

    public string By { get; set; } = string.Empty;
}
