using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The test gaps the first finished mutation pass over <c>EvaluationRules.cs</c> found (2026-11-27, see the
/// reliability notes): a value of the wrong shape is one problem, and a null intervention passed in code is reported.</summary>
public class EvaluationRulesSurvivorTests
{
    private static readonly NodeId Unit = new("unit");

    private static Indicator Of(IndicatorKind kind) =>
        new(new IndicatorId("i"), new LocalizedText("x"), new LocalizedText("x"), kind, DesiredDirection.Higher, KirkpatrickLevel.Results);

    [Fact]
    public void CheckValue_ASubgroupedIndicatorGivenOneValue_IsOneProblemAtTheValue()
    {
        // The evaluation spec: a subgrouped indicator lists the period's measurements as "values". One value in their
        // place is the problem; it is not then also checked as a value of another kind (its denominator, its size).
        var indicator = Of(IndicatorKind.Subgrouped);
        var e = Assert.Throws<ValidationException>(() => new EvaluationData([indicator], [new Series(indicator.Id, Unit, [new Observation(MeasurementPeriod.Year(2025), 2e100, 4)])]));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("$.series[0].observations[0].value", ProblemKind.InvalidValue), (problem.Path, problem.Kind));
        Assert.StartsWith("a subgrouped measurement lists the period's measurements as \"values\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ANullInterventionPassedInCode_IsReportedAtItsPosition()
    {
        // The project's rule: bad input is a problem at its path, never an exception from inside the rules.
        var e = Assert.Throws<ValidationException>(() => new EvaluationData([], [], [new Intervention("iv", new LocalDate(2025, 1, 1), [Unit], new LocalizedText("x")), null!]));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("$.interventions[1]", ProblemKind.Missing), (problem.Path, problem.Kind));
        Assert.EndsWith("intervention must not be null", problem.Message, StringComparison.Ordinal);
    }
}
