using ReKs.Competence.Model;
using ReKs.Competence.Planning;

namespace ReKs.Competence.Views;

/// <summary>One measure of a <see cref="PlanView"/>: whom it reaches, what it costs and how it is funded, and how its
/// effect is to be evaluated.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PlanMeasureLine
{
    internal PlanMeasureLine(MeasureReach reach, BudgetFigures budget, MeasureEvaluationPlan evaluation)
    {
        Reach = reach;
        Budget = budget;
        Evaluation = evaluation;
    }

    /// <summary>Gets the measure.</summary>
    public Measure Measure => Reach.Measure;

    /// <summary>Gets whom the measure reaches by the view's date, and its seats.</summary>
    public MeasureReach Reach { get; }

    /// <summary>Gets the measure's cost and funding summed over its years (NOK).</summary>
    public BudgetFigures Budget { get; }

    /// <summary>Gets the indicators that measure the measure at each Kirkpatrick level, and the levels none measures.</summary>
    public MeasureEvaluationPlan Evaluation { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Measure.Id}: {Reach.People.Length} reached, {Budget}";
}
