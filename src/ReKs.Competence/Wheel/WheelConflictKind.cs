namespace ReKs.Competence.Wheel;

/// <summary>Why occurrences of the wheel conflict.</summary>
public enum WheelConflictKind
{
    /// <summary>Two or more activities of the same owner role fall on the same day.</summary>
    SameOwnerSameDay = 0,

    /// <summary>An activity falls inside a closed period.</summary>
    InClosedPeriod = 1,
}
