using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>The gap of a scope on one date ahead, without and with the plan's measures: the learning and acquisition
/// needs of the scope's net view, summed over its keys.</summary>
/// <remarks>Amounts are in percent of a full position.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapOutlook
{
    internal GapOutlook(LocalDate date, PositionShare developWithout, PositionShare developWith, PositionShare acquireWithout, PositionShare acquireWith)
    {
        Date = date;
        DevelopWithout = developWithout;
        DevelopWith = developWith;
        AcquireWithout = acquireWithout;
        AcquireWith = acquireWith;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the learning need on <see cref="Date"/> without the measures.</summary>
    public PositionShare DevelopWithout { get; }

    /// <summary>Gets the learning need on <see cref="Date"/> after the measures completed by then.</summary>
    public PositionShare DevelopWith { get; }

    /// <summary>Gets the acquisition need on <see cref="Date"/> without the measures.</summary>
    public PositionShare AcquireWithout { get; }

    /// <summary>Gets the acquisition need on <see cref="Date"/> after the measures completed by then.</summary>
    public PositionShare AcquireWith { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{TextSummary.Date(Date)}: develop {DevelopWithout} → {DevelopWith}, acquire {AcquireWithout} → {AcquireWith}";
}
