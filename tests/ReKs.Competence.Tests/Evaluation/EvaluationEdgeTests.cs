using System.Globalization;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Three faults the mutation review of the evaluation's remaining files found while writing its tests, each
/// pinned against docs/evaluation.md: excluding a subgrouped period and a share's text (the last periods of the calendar are
/// rows of <see cref="EvaluationValueTypesTests"/>' period edges).</summary>
public class EvaluationEdgeTests
{
    private static readonly LocalizedText Text = new("x");

    private static MeasurementPeriod Month(int i) => MeasurementPeriod.Month(new YearMonth(2025, 1).PlusMonths(i));

    [Fact]
    public void Excluding_ASubgroupedPeriod_KeepsItsMeasurements_AndLeavesItOutOfTheBaseline()
    {
        // docs/evaluation.md, "Indicators, series and interventions": an excluded observation is still drawn and tested
        // against the limits, only left out of the centre line. A subgroup excluded was rebuilt as one value, which
        // the rules refuse for a subgrouped indicator (a ValidationException from `reks evaluate --exclude`).
        var indicator = new Indicator(new IndicatorId("test"), Text, Text, IndicatorKind.Subgrouped, DesiredDirection.Higher, KirkpatrickLevel.Learning);
        var series = new Series(indicator.Id, new NodeId("unit"), Enumerable.Range(0, 4).Select(i => Observation.Subgroup(Month(i), [i, i + 1, i + 2], status: i == 1 ? "p" : null)));
        var data = new EvaluationData([indicator], [series]);

        var excluded = data.Excluding([Month(1)]);

        var o = excluded.Series[0].Observations;
        Assert.Equal([false, true, false, false], o.Select(x => x.IsExcluded));
        Assert.Equal([1.0, 2.0, 3.0], o[1].Measurements.ToArray());
        Assert.True(o[1].IsSubgroup);
        Assert.Equal(2.0, o[1].Value);
        Assert.Equal("p", o[1].Status);
        Assert.Equal(Observation.Subgroup(Month(1), [1, 2, 3], "p", excluded: true), o[1]);
        Assert.Equal(series.Observations.RemoveAt(1).ToArray(), o.RemoveAt(1).ToArray());
    }

    [Fact]
    public void HealthEducationShare_Text_IsTheSameInEveryCulture()
    {
        // Like every other evaluation text: the date in ISO form and numbers with a decimal point, whatever the culture.
        var plan = new CompetencePlan(
            Text,
            new Organisation([new OrganisationNode(new NodeId("k"), null)]),
            [],
            [
                new Person(new PersonId("p1"), new NodeId("k"), PositionShare.FromPercent(100), [], education: HealthEducation.Higher),
                new Person(new PersonId("p2"), new NodeId("k"), PositionShare.FromPercent(50), [], education: HealthEducation.UpperSecondary),
                new Person(new PersonId("p3"), new NodeId("k"), PositionShare.FromPercent(50), [], education: HealthEducation.None),
            ],
            []);
        var share = HealthEducationShare.Of(plan, new NodeId("k"), new LocalDate(2026, 6, 30));
        Assert.Equal("k 2026-06-30: 1.5/2.0", Cultures.RunIn(CultureInfo.InvariantCulture, share.ToString));
        Assert.Equal("k 2026-06-30: 1.5/2.0", Cultures.RunIn(Cultures.NorwegianLike, share.ToString));
    }
}
