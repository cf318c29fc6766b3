using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>One measure's budget in one budget year: its cost, its funding and its shortfall, with the funding by source.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class BudgetLine
{
    internal BudgetLine(Measure measure, int year, BudgetFigures figures, ImmutableSortedDictionary<string, BudgetFigures> bySource)
    {
        Measure = measure;
        Year = year;
        Figures = figures;
        BySource = bySource;
    }

    /// <summary>Gets the measure.</summary>
    public Measure Measure { get; }

    /// <summary>Gets the budget year.</summary>
    public int Year { get; }

    /// <summary>Gets the figures.</summary>
    public BudgetFigures Figures { get; }

    /// <summary>Gets the funding by source (granted, applied, refused; a source has no cost and no shortfall of its own), by ordinal source key.</summary>
    public ImmutableSortedDictionary<string, BudgetFigures> BySource { get; }
}
