using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>The gap-analysis engine: "what do we have, and what do we need?" — pure functions of a plan, a date and options.</summary>
/// <remarks>The semantics are the specification's, to the hundredth of a percent (see the docs: gap-analysis).</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class GapAnalyzer
{
    /// <summary>Analyses a plan at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">The options; <see cref="GapOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static GapAnalysis Analyse(CompetencePlan plan, LocalDate asOf, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return GapAnalysis.Create(plan, asOf, options ?? GapOptions.Default, GapLevelSets.Empty);
    }

    /// <summary>Analyses one shard of a plan (a municipality, say) with the whole plan's level sets, so that its partials merge into the whole.</summary>
    /// <param name="shard">The shard: a plan of part of the organisation.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">The options.</param>
    /// <param name="wholePlanLevels">The whole plan's level sets at <paramref name="asOf"/> (<see cref="GapLevelSets.Of"/>).</param>
    /// <returns>The shard's analysis.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static GapAnalysis AnalyseShard(CompetencePlan shard, LocalDate asOf, GapOptions options, GapLevelSets wholePlanLevels)
    {
        ArgumentNullException.ThrowIfNull(shard);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(wholePlanLevels);
        return GapAnalysis.Create(shard, asOf, options, wholePlanLevels);
    }

    /// <summary>Runs the same analysis at a series of dates: people leaving, certificates expiring, education completed, requirements starting.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="dates">The dates, in any order; duplicates are analysed once.</param>
    /// <param name="options">The options; <see cref="GapOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One analysis per distinct date, in date order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<GapAnalysis> Project(CompetencePlan plan, IEnumerable<LocalDate> dates, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dates);
        return [.. dates.Distinct().Order().Select(d => Analyse(plan, d, options))];
    }

    /// <summary>Runs the analysis at regular dates through an interval (for example each 1 January of the four plan years).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="interval">The interval; its start is the first date.</param>
    /// <param name="step">The step between dates, for example <see cref="Period.FromYears"/>(1).</param>
    /// <param name="options">The options; <see cref="GapOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One analysis per date, in date order.</returns>
    /// <exception cref="ArgumentException"><paramref name="step"/> does not move forward.</exception>
    public static ImmutableArray<GapAnalysis> ProjectEvery(CompetencePlan plan, DateInterval interval, Period step, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interval);
        ArgumentNullException.ThrowIfNull(step);
        if (interval.Start.PlusDays(1).Plus(step) <= interval.Start.PlusDays(1))
        {
            throw new ArgumentException("The step must move forward in time.", nameof(step));
        }

        var dates = new List<LocalDate>();
        for (var (d, i) = (interval.Start, 1); d <= interval.End; d = interval.Start.Plus(Multiply(step, i++)))
        {
            dates.Add(d);
        }

        return Project(plan, dates, options);
    }

    /// <summary>Compares two analyses line by line (usually the same plan at two dates).</summary>
    /// <param name="before">The earlier analysis.</param>
    /// <param name="after">The later analysis.</param>
    /// <returns>The lines whose figures or fragility changed (including lines present in only one), with their figures before and after, in line order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<GapChange> Compare(GapAnalysis before, GapAnalysis after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var keys = before.Lines.Select(l => (l.Node, l.Key)).Concat(after.Lines.Select(l => (l.Node, l.Key))).Distinct();
        var order = after.Organisation.DepthFirst.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return [.. keys
            .OrderBy(k => order.TryGetValue(k.Node, out var i) ? i : int.MaxValue).ThenBy(k => k.Key)
            .Select(k => new GapChange(k.Node, k.Key, before.LineOf(k.Node, k.Key), after.LineOf(k.Node, k.Key)))
            .Where(c => c.Before?.Figures != c.After?.Figures || c.Before?.Fragile != c.After?.Fragile)];
    }

    private static Period Multiply(Period step, int times)
    {
        var result = Period.Zero;
        for (var i = 0; i < times; i++)
        {
            result += step;
        }

        return result;
    }
}
