using System.Collections.Immutable;

namespace ReKs.Competence.Evaluation;

/// <summary>How a control chart is drawn: baseline, phases, excluded points, a multiplier, and moving-range screening.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ChartOptions
{
    /// <summary>Initializes a new instance of the <see cref="ChartOptions"/> class.</summary>
    /// <param name="freeze">The first k points are the baseline for the centre line and limits (a single phase); ignored when <paramref name="phaseBreaks"/> is given.</param>
    /// <param name="phaseBreaks">1-based positions after which a new phase starts, each phase with its own centre, limits and runs analysis.</param>
    /// <param name="exclude">1-based positions left out of the centre line, the limits and the runs analysis (still drawn and tested against the limits).</param>
    /// <param name="multiply">A factor applied to the output (values, centre, limits), for example 1 000 for "per 1 000"; more than 0.</param>
    /// <param name="screenMovingRanges">Whether I charts leave out moving ranges above 3.267 times their mean (NHS "Making Data Count" does; qicharts2's default does not).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public ChartOptions(int? freeze = null, IEnumerable<int>? phaseBreaks = null, IEnumerable<int>? exclude = null, double multiply = 1, bool screenMovingRanges = false)
    {
        Freeze = freeze is < 1 ? throw new ArgumentOutOfRangeException(nameof(freeze), freeze, "The baseline has at least one point.") : freeze;
        PhaseBreaks = phaseBreaks is null ? [] : [.. phaseBreaks.Distinct().Order()];
        Exclude = exclude is null ? [] : [.. exclude.Distinct().Order()];
        if (PhaseBreaks.Any(p => p < 1) || Exclude.Any(e => e < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(phaseBreaks), "Positions are 1-based.");
        }

        Multiply = multiply > 0 && double.IsFinite(multiply) ? multiply : throw new ArgumentOutOfRangeException(nameof(multiply), multiply, "The multiplier is a positive number.");
        ScreenMovingRanges = screenMovingRanges;
    }

    /// <summary>Gets the default options: one phase, every point in the baseline, no exclusions, no multiplier, no screening.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Gets the number of first points in the baseline, or <see langword="null"/> for all.</summary>
    public int? Freeze { get; }

    /// <summary>Gets the 1-based positions after which a new phase starts.</summary>
    public ImmutableArray<int> PhaseBreaks { get; }

    /// <summary>Gets the 1-based positions left out of the calculations.</summary>
    public ImmutableArray<int> Exclude { get; }

    /// <summary>Gets the output multiplier.</summary>
    public double Multiply { get; }

    /// <summary>Gets a value indicating whether large moving ranges are screened out (I charts).</summary>
    public bool ScreenMovingRanges { get; }
}
