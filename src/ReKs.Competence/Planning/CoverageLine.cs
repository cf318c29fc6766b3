using System.Collections.Immutable;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>One line of the coverage: a line of the gap analysis before the measures, the same line after them, and what each measure covers.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CoverageLine
{
    internal CoverageLine(GapLine before, GapLine? after, ImmutableArray<MeasureContribution> measures)
    {
        Before = before;
        After = after;
        Measures = measures;
        Figures = new CoverageFigures(before.Figures.Gap, after?.Figures.Gap ?? PositionShare.Zero);
    }

    /// <summary>Gets the line before the measures.</summary>
    public GapLine Before { get; }

    /// <summary>Gets the line after the measures, or <see langword="null"/> when it is gone (its requirements phased out).</summary>
    public GapLine? After { get; }

    /// <summary>Gets the need, what is covered and the need left.</summary>
    public CoverageFigures Figures { get; }

    /// <summary>Gets the measures that address the line or cover some of it, in the plan's order.</summary>
    public ImmutableArray<MeasureContribution> Measures { get; }

    /// <summary>Gets the node.</summary>
    public NodeId Node => Before.Node;

    /// <summary>Gets the competence and level.</summary>
    public GapKey Key => Before.Key;

    /// <summary>Describes the line.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Node} {Key}: {Figures}";
}
