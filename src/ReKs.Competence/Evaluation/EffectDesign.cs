namespace ReKs.Competence.Evaluation;

/// <summary>How the two sets of values of an effect estimate relate, which decides its standard error and its Hedges' g.</summary>
public enum EffectDesign
{
    /// <summary>Two independent groups (the points before and after an intervention): pooled-variance t interval; g standardised by the pooled SD.</summary>
    Independent = 0,

    /// <summary>Paired measurements of the same people before and after: t interval of the mean difference; g standardised by the SD of the differences (g_z).</summary>
    Paired = 1,

    /// <summary>Difference in differences against units that did not take part: four groups, pooled SD.</summary>
    DifferenceInDifferences = 2,
}
