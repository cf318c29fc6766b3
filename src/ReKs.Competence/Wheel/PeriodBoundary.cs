namespace ReKs.Competence.Wheel;

/// <summary>Which boundary of a wheel period a rule relative to the period is anchored to.</summary>
public enum PeriodBoundary
{
    /// <summary>The first day of the period.</summary>
    FirstDay = 0,

    /// <summary>The last day of the period.</summary>
    LastDay = 1,

    /// <summary>The first working day on or after the first day of the period.</summary>
    FirstWorkingDay = 2,

    /// <summary>The last working day on or before the last day of the period.</summary>
    LastWorkingDay = 3,
}
