using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>The plan's budget: what the measures cost and how they are funded, per measure and budget year, and summed per
/// goal, strategy, budget year and funding source — in exact kroner.</summary>
/// <remarks>
/// <para>A cancelled measure costs nothing and is left out. A measure's cost in a year is the sum of its cost items of
/// that year; its funding in a year is summed by status. The shortfall of a measure in a year is max(0, cost − granted);
/// every sum adds these shortfalls (see <see cref="BudgetFigures"/>).</para>
/// <para>A measure that serves several goals counts in full under each of them (the goals share it), so the figures
/// by goal may add up to more than <see cref="Total"/>; a measure that serves no goal counts under <see cref="WithoutGoal"/>.
/// By strategy, a measure counts under its strategies as a set (a measure that develops and mobilises is one group).
/// By funding source, only funding counts: cost and shortfall belong to measures, not to sources.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PlanBudget
{
    private PlanBudget(ImmutableArray<BudgetLine> lines)
    {
        Lines = lines;
        Total = Sum(lines);
        ByYear = lines.GroupBy(l => l.Year).ToImmutableSortedDictionary(g => g.Key, Sum);
        ByGoal = lines.SelectMany(l => l.Measure.Goals.Select(g => (g, l))).GroupBy(x => x.g, x => x.l).ToImmutableSortedDictionary(g => g.Key, Sum);
        WithoutGoal = Sum(lines.Where(l => l.Measure.Goals.IsEmpty));
        ByStrategy = lines.GroupBy(l => l.Measure.Strategy).ToImmutableSortedDictionary(g => g.Key, Sum);
        BySource = lines.SelectMany(l => l.BySource).GroupBy(x => x.Key, x => x.Value, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Aggregate(default(BudgetFigures), (a, b) => a + b), StringComparer.Ordinal);
    }

    /// <summary>Gets one line per measure and budget year that has a cost or funding, in the plan's measure order, then by year.</summary>
    public ImmutableArray<BudgetLine> Lines { get; }

    /// <summary>Gets the whole plan's figures.</summary>
    public BudgetFigures Total { get; }

    /// <summary>Gets the figures per budget year.</summary>
    public ImmutableSortedDictionary<int, BudgetFigures> ByYear { get; }

    /// <summary>Gets the figures per goal (a measure serving several goals counts under each).</summary>
    public ImmutableSortedDictionary<GoalId, BudgetFigures> ByGoal { get; }

    /// <summary>Gets the figures of the measures that serve no goal.</summary>
    public BudgetFigures WithoutGoal { get; }

    /// <summary>Gets the figures per strategy set of the measures.</summary>
    public ImmutableSortedDictionary<CompetenceStrategies, BudgetFigures> ByStrategy { get; }

    /// <summary>Gets the funding per source key (ordinal order); cost and shortfall are zero here.</summary>
    public ImmutableSortedDictionary<string, BudgetFigures> BySource { get; }

    /// <summary>Works out the budget of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static PlanBudget Of(CompetencePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Of(plan.Measures);
    }

    /// <summary>Works out the budget of some measures.</summary>
    /// <param name="measures">The measures.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/> is <see langword="null"/>.</exception>
    public static PlanBudget Of(IEnumerable<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var lines = ImmutableArray.CreateBuilder<BudgetLine>();
        foreach (var m in measures.Where(m => m.Status != MeasureStatus.Cancelled))
        {
            foreach (var year in m.Costs.Select(c => c.Year).Concat(m.Funding.Select(f => f.Year)).Distinct().Order())
            {
                var cost = m.Costs.Where(c => c.Year == year).Sum(c => c.Amount);
                var funding = m.Funding.Where(f => f.Year == year).ToList();
                var bySource = funding.GroupBy(f => f.Source, StringComparer.Ordinal)
                    .ToImmutableSortedDictionary(g => g.Key, g => Funded(g, 0m, shortfall: 0m), StringComparer.Ordinal);
                var granted = funding.Where(f => f.Status == FundingStatus.Granted).Sum(f => f.Amount);
                lines.Add(new BudgetLine(m, year, Funded(funding, cost, Math.Max(0m, cost - granted)), bySource));
            }
        }

        return new PlanBudget(lines.ToImmutable());
    }

    private static BudgetFigures Funded(IEnumerable<Funding> funding, decimal cost, decimal shortfall)
    {
        decimal granted = 0m, applied = 0m, refused = 0m;
        foreach (var f in funding)
        {
            switch (f.Status)
            {
                case FundingStatus.Granted: granted += f.Amount; break;
                case FundingStatus.Applied: applied += f.Amount; break;
                default: refused += f.Amount; break;
            }
        }

        return new BudgetFigures(cost, granted, applied, refused, shortfall);
    }

    private static BudgetFigures Sum(IEnumerable<BudgetLine> lines) => lines.Aggregate(default(BudgetFigures), (a, l) => a + l.Figures);
}
