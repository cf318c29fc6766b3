using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>The measurements of one indicator at one node, in time order, with missing periods explicit.</summary>
/// <remarks>Monthly, quarterly and yearly series list every period from the first to the last: a period without a value
/// is a missing <see cref="Observation"/>, never a hole. Daily series (survey dates) may be irregular.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Series
{
    /// <summary>Initializes a new instance of the <see cref="Series"/> class.</summary>
    /// <param name="indicator">The indicator measured.</param>
    /// <param name="node">The node measured.</param>
    /// <param name="observations">The observations: all of one granularity, strictly increasing periods, with no unlisted month, quarter or year between two.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier is empty, the periods mix granularities, or a period is repeated, out of order or left out.</exception>
    public Series(IndicatorId indicator, NodeId node, IEnumerable<Observation> observations)
    {
        Indicator = Guard.Against.Default(indicator, nameof(indicator));
        Node = Guard.Against.Default(node, nameof(node));
        Observations = [.. Guard.Against.Null(observations, nameof(observations))];
        for (var i = 1; i < Observations.Length; i++)
        {
            var (a, b) = (Observations[i - 1].Period, Observations[i].Period);
            if (a.Granularity != b.Granularity)
            {
                throw new ArgumentException($"Series {indicator}@{node}: observation {i} is a {b.Granularity} and observation {i - 1} a {a.Granularity}; a series has one granularity.", nameof(observations));
            }

            if (b <= a)
            {
                throw new ArgumentException($"Series {indicator}@{node}: observation {i} ({b}) does not come after observation {i - 1} ({a}); periods are strictly increasing.", nameof(observations));
            }

            if (a.Granularity != PeriodGranularity.Day && b != a.Next())
            {
                throw new ArgumentException($"Series {indicator}@{node}: observation {i} ({b}) does not follow observation {i - 1} ({a}); list a missing period as a missing observation, so the gap is explicit.", nameof(observations));
            }
        }
    }

    /// <summary>Gets the indicator measured.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>Gets the node measured.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the observations in time order.</summary>
    public ImmutableArray<Observation> Observations { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Indicator}@{Node}";
}
