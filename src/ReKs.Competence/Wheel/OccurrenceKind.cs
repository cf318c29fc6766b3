namespace ReKs.Competence.Wheel;

/// <summary>What a wheel occurrence is: one of the wheel's own activities, or a date the plan puts into the year.</summary>
/// <remarks>The kind is data on the occurrence, never read from an id.</remarks>
public enum OccurrenceKind
{
    /// <summary>An activity of the wheel (reporting, planning, a meeting, …).</summary>
    Activity = 0,

    /// <summary>A session of one of the plan's measures.</summary>
    Session = 1,

    /// <summary>A person's formal certificate expires: renew it, a lead time before expiry.</summary>
    Renewal = 2,

    /// <summary>A deadline from the plan: a requirement is needed by this date, or an application for a measure's funding is due.</summary>
    Deadline = 3,

    /// <summary>A measure's effect is measured (an evaluation date of the measure).</summary>
    Evaluation = 4,
}
