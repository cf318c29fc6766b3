namespace ReKs.Competence.Evaluation;

/// <summary>Which picture an indicator is judged by.</summary>
public enum IndicatorChart
{
    /// <summary>A control chart of the indicator's kind (I, P, U or C): the runs analysis against its centre line and the 3-sigma test.</summary>
    Control = 0,

    /// <summary>A run chart: the runs analysis against the baseline median, no limits (for data a control chart does not fit).</summary>
    Run = 1,

    /// <summary>A Laney control chart (P′ or U′) for proportions and rates with very large denominators; other kinds use <see cref="Control"/>.</summary>
    Laney = 2,
}
