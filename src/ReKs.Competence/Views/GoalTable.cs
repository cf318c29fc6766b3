using System.Collections.Immutable;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>One goal's Lai table as the seed plans write it (Bodø's Mål 1–5: krav, kapital, behov): the lines of the
/// scope that serve the goal, each with its requirement, capital used and unused, needs and surplus.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GoalTable
{
    internal GoalTable(Goal? goal, ImmutableArray<GapLine> lines)
    {
        Goal = goal;
        Lines = lines;
    }

    /// <summary>Gets the goal (its name and its capital beyond people), or <see langword="null"/> for the table of the requirements that serve no goal.</summary>
    public Goal? Goal { get; }

    /// <summary>Gets the lines of the scope with a requirement (amount above zero) that serve the goal, in the analysis' order.</summary>
    public ImmutableArray<GapLine> Lines { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{(Goal is { } g ? g.Id.Value : "no goal")}: {Lines.Length} lines";
}
