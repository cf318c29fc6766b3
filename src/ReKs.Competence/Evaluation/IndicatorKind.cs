namespace ReKs.Competence.Evaluation;

/// <summary>The kind of data an indicator measures, which decides its control chart.</summary>
public enum IndicatorKind
{
    /// <summary>A measured value (a score, a mean, minutes): an I chart.</summary>
    Measured = 0,

    /// <summary>A proportion: a numerator of a denominator (staff with a qualification of all staff): a P chart.</summary>
    Proportion = 1,

    /// <summary>A count per exposure (incidents per 1 000 care days): a U chart.</summary>
    Rate = 2,

    /// <summary>A count in equal opportunity (complaints per month): a C chart.</summary>
    Count = 3,

    /// <summary>The time (days) between rare events, one observation per event (days between falls with injury): a T chart.</summary>
    TimeBetweenEvents = 4,

    /// <summary>The number of opportunities between events, one observation per event (care days or procedures between infections): a G chart.</summary>
    OpportunitiesBetweenEvents = 5,

    /// <summary>Several measurements per period, a subgroup (the test scores of the month's participants, minutes per call-out): an Xbar chart with the S chart beside it.</summary>
    Subgrouped = 6,
}
