namespace ReKs.Competence.Evaluation;

/// <summary>The rule a signal of non-random variation comes from.</summary>
public enum SignalRule
{
    /// <summary>Anhøj's run rule: the longest run on one side of the centre line is longer than log2(n) + 3 rounded (n useful points).</summary>
    LongRun = 0,

    /// <summary>Anhøj's crossing rule: the line is crossed fewer times than the lower 5 % binomial quantile of n − 1 trials at ½.</summary>
    FewCrossings = 1,

    /// <summary>Shewhart's rule: a point outside the 3-sigma limits of a control chart.</summary>
    OutsideLimits = 2,
}
