using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Bad arguments to the evaluator: the exception type, the parameter it names and the documented message (written
/// after the mutation pass over <c>Evaluator.cs</c> found its guards unpinned).</summary>
public partial class EvaluatorTests
{
    [Fact]
    public void Evaluate_MissingIndicatorOrSeries_IsRefusedNamingIt()
    {
        var series = Monthly(Stable.Select(v => (double?)v));
        Assert.Throws<ArgumentNullException>("indicator", () => Evaluator.Evaluate(null!, series));
        Assert.Throws<ArgumentNullException>("series", () => Evaluator.Evaluate(Measured(), null!));
        Assert.Throws<ArgumentNullException>("indicator", () => Evaluator.Charted(null!, series));
        Assert.Throws<ArgumentNullException>("series", () => Evaluator.Charted(Measured(), null!));
        Assert.Throws<ArgumentNullException>("data", () => Evaluator.EvaluateAll(null!, Measured().Id));
    }

    [Fact]
    public void Evaluate_SeriesOrComparisonOfAnotherIndicator_IsRefusedNamingBoth()
    {
        var other = new Series(new IndicatorId("falls"), new NodeId("other"), Monthly(Stable.Select(v => (double?)v)).Observations);
        var series = Monthly(Stable.Select(v => (double?)v));

        var e = Assert.Throws<ArgumentException>("series", () => Evaluator.Evaluate(Measured(), other));
        Assert.StartsWith("Series falls@other is of indicator 'falls', not 'minutes'.", e.Message, StringComparison.Ordinal);
        var c = Assert.Throws<ArgumentException>("series", () => Evaluator.Evaluate(Measured(), series, At(12), comparisons: [other]));
        Assert.StartsWith("Series falls@other is of indicator 'falls', not 'minutes'.", c.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ComparisonWithValuesTheKindCannotTake_IsRejectedAtItsPath()
    {
        // The comparison series are checked like the evaluated one (Evaluator.Evaluate documents it), with their own path.
        var rate = new Indicator(new IndicatorId("minutes"), new LocalizedText("x"), new LocalizedText("x"), IndicatorKind.Rate, DesiredDirection.Lower, KirkpatrickLevel.Results);
        var good = new Series(rate.Id, Unit, Stable.Select((v, i) => new Observation(MeasurementPeriod.Month(new NodaTime.YearMonth(2024, 9).PlusMonths(i)), v, 100)));
        var bad = Monthly([1.0, 2.0], new NodeId("other"));

        var ex = Assert.Throws<ValidationException>(() => Evaluator.Evaluate(rate, good, At(12), comparisons: [bad]));
        Assert.Equal(["minutes@other.observations[0].denominator", "minutes@other.observations[1].denominator"], ex.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(21)]
    public void Evaluate_BaselinePointsOutsideTheSeries_AreRefused(int baselinePoints)
    {
        var series = Monthly(Stable.Select(v => (double?)v));
        Assert.Throws<ArgumentOutOfRangeException>(nameof(baselinePoints), () => Evaluator.Evaluate(Measured(), series, baselinePoints: baselinePoints));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void Evaluate_BaselinePointsAtEitherEnd_AreAccepted(int baselinePoints)
    {
        var e = Evaluator.Evaluate(Measured(), Monthly(Stable.Select(v => (double?)v)), baselinePoints: baselinePoints);
        Assert.Equal(baselinePoints, e.BaselineCount);
    }

    [Fact]
    public void EvaluateAll_IndicatorNotInTheData_IsRefusedNamingIt()
    {
        var data = new EvaluationData([Measured()], [Monthly(Stable.Select(v => (double?)v))]);
        var e = Assert.Throws<ArgumentException>("indicator", () => Evaluator.EvaluateAll(data, new IndicatorId("falls")));
        Assert.StartsWith("Indicator 'falls' is not in the data.", e.Message, StringComparison.Ordinal);
    }
}
