using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The evaluation rules, each at its path with its kind and its whole message (written for the mutation pass over
/// <c>EvaluationRules.cs</c>): unique identifiers and references, values that fit the indicator's kind (the evaluation
/// spec's indicator kinds: a proportion's numerator within its denominator, a T chart's values above 0, a G chart's whole
/// numbers, one value or a subgroup), the magnitude a chart can compute with, and references into the plan. The project's
/// rule: every problem is reported, at its path, and says what is wrong.</summary>
public class EvaluationRulesTests
{
    private static readonly Lazy<CompetencePlan> Gjovik = new(() => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow());
    private static readonly NodeId Unit = new("unit");

    private static Indicator Of(IndicatorKind kind, string id = "i", double multiplier = 1, IEnumerable<NodeId>? nodes = null, IEnumerable<MeasureId>? measures = null) =>
        new(new IndicatorId(id), new LocalizedText("x"), new LocalizedText("x"), kind, DesiredDirection.Higher, KirkpatrickLevel.Results, measures, nodes, multiplier: multiplier);

    private static MeasurementPeriod Month(int i) => MeasurementPeriod.Month(new YearMonth(2024, 1).PlusMonths(i));

    private static Series SeriesOf(string indicator, NodeId node, params Observation[] observations) => new(new IndicatorId(indicator), node, observations);

    private static Intervention Intervention(string id, IEnumerable<NodeId> nodes, MeasureId? measure = null) =>
        new(id, new LocalDate(2024, 6, 1), nodes, new LocalizedText("Kurs"), measure);

    private static string[] Problems(IEnumerable<Indicator> indicators, IEnumerable<Series> series, IEnumerable<Intervention>? interventions = null)
    {
        var ex = Assert.Throws<ValidationException>(() => new EvaluationData(indicators, series, interventions));
        return [.. ex.Problems.Select(p => $"{p.Path} {p.Kind}: {p.Message}")];
    }

    private static string[] ValueProblems(Indicator indicator, params Observation[] observations) =>
        Problems([indicator], [SeriesOf(indicator.Id.ToString(), Unit, observations)]);

    private static void Accepted(Indicator indicator, params Observation[] observations) =>
        Assert.Single(new EvaluationData([indicator], [SeriesOf(indicator.Id.ToString(), Unit, observations)]).Series);

    [Fact]
    public void Validate_DuplicateIdentifiers_AreReportedUnderTheirList()
    {
        var a = Of(IndicatorKind.Measured, "a");
        var problems = Problems([a, Of(IndicatorKind.Count, "a")], [], [Intervention("iv", [Unit]), Intervention("iv", [Unit])]);

        Assert.Equal(
            [
                "$.indicators[1].id Duplicate: indicator 'a' is defined twice (first at $.indicators[0])",
                "$.interventions[1].id Duplicate: intervention 'iv' is defined twice (first at $.interventions[0])",
            ],
            problems);
    }

    [Fact]
    public void Validate_ReferencesListedTwice_AreReportedAtTheSecondWithTheFirst()
    {
        var (m, n, o) = (new MeasureId("m"), new NodeId("n"), new NodeId("o"));
        var indicator = Of(IndicatorKind.Measured, "a", nodes: [n, o, n], measures: [m, m]);
        var problems = Problems([indicator], [], [Intervention("iv", [o, n, o, o])]);

        Assert.Equal(
            [
                "$.indicators[0].measures[1] Duplicate: measure 'm' is listed twice (first at $.indicators[0].measures[0])",
                "$.indicators[0].nodes[2] Duplicate: node 'n' is listed twice (first at $.indicators[0].nodes[0])",
                "$.interventions[0].nodes[2] Duplicate: node 'o' is listed twice (first at $.interventions[0].nodes[0])",
                "$.interventions[0].nodes[3] Duplicate: node 'o' is listed twice (first at $.interventions[0].nodes[0])",
            ],
            problems);
    }

    [Fact]
    public void Validate_SeriesProblems_AreReportedEachAtItsSeries()
    {
        // A null series, a second series of one indicator at one node (pointing at the first), a series of an indicator
        // not defined, a node outside the indicator's own nodes; a series at another node and one of an indicator without
        // nodes are fine.
        var (a, b) = (new NodeId("a"), new NodeId("b"));
        var restricted = Of(IndicatorKind.Measured, "restricted", nodes: [a]);
        var open = Of(IndicatorKind.Measured, "open");
        var one = new Observation(Month(0), 1);
        var problems = Problems(
            [restricted, open],
            [SeriesOf("restricted", a, one), null!, SeriesOf("open", b, one), SeriesOf("restricted", a, one), SeriesOf("unknown", a, one), SeriesOf("restricted", b, one), SeriesOf("open", a, one)]);

        Assert.Equal(
            [
                "$.series[1] Missing: a series must not be null",
                "$.series[3] Duplicate: indicator 'restricted' at node 'a' has a series already (at $.series[0])",
                "$.series[4].indicator UnknownReference: indicator 'unknown' is not defined in $.indicators",
                "$.series[5].node InvalidValue: node 'b' is not one of the nodes indicator 'restricted' concerns",
            ],
            problems);
    }

    [Fact]
    public void CheckValue_SubgroupsOnlyForASubgroupedIndicator_AndOneValueForNone()
    {
        var subgrouped = ValueProblems(Of(IndicatorKind.Subgrouped), Observation.Subgroup(Month(0), [1, 2]), new Observation(Month(1), 3));
        var measured = ValueProblems(Of(IndicatorKind.Measured), new Observation(Month(0), 3), Observation.Subgroup(Month(1), [1, 2]));

        Assert.Equal(["$.series[0].observations[1].value InvalidValue: a subgrouped measurement lists the period's measurements as \"values\": [ … ], not one value"], subgrouped);
        Assert.Equal(["$.series[0].observations[1].values InvalidValue: a measured value has one value per period; only a subgrouped indicator has \"values\""], measured);
    }

    [Fact]
    public void CheckValue_MeasurementsBeyondTheLargestMagnitude_AreEachReported()
    {
        // ±1e100 is the largest magnitude a charted value may have (sums and squares must stay finite); at it is accepted.
        Accepted(Of(IndicatorKind.Subgrouped), Observation.Subgroup(Month(0), [1e100, -1e100]));
        var problems = ValueProblems(Of(IndicatorKind.Subgrouped), Observation.Subgroup(Month(0), [1, 2e100, -3e100]));

        Assert.Equal(
            [
                "$.series[0].observations[0].values[1] InvalidValue: the measurement 2E+100 is beyond ±1E+100, too large to compute with",
                "$.series[0].observations[0].values[2] InvalidValue: the measurement -3E+100 is beyond ±1E+100, too large to compute with",
            ],
            problems);
    }

    [Fact]
    public void CheckValue_DenominatorOnlyWhereTheKindHasOne_NamingTheKind()
    {
        var period = Month(0);
        Assert.Equal(["$.series[0].observations[0].denominator InvalidValue: a measured value has no denominator"], ValueProblems(Of(IndicatorKind.Measured), new Observation(period, null, 4)));
        Assert.Equal(["$.series[0].observations[0].denominator InvalidValue: a subgrouped measurement has no denominator"], ValueProblems(Of(IndicatorKind.Subgrouped), new Observation(period, null, 4)));
        Assert.Equal(["$.series[0].observations[0].denominator InvalidValue: a count has no denominator"], ValueProblems(Of(IndicatorKind.Count), new Observation(period, 3, 4)));
        Assert.Equal(["$.series[0].observations[0].denominator Missing: a proportion needs a denominator with its value"], ValueProblems(Of(IndicatorKind.Proportion), new Observation(period, 3)));
        Assert.Equal(["$.series[0].observations[0].denominator Missing: a rate needs a denominator with its value"], ValueProblems(Of(IndicatorKind.Rate), new Observation(period, 3)));

        // A missing value may keep the denominator the source gave (a proportion or rate), and needs none.
        Accepted(Of(IndicatorKind.Proportion), new Observation(period, null, 4), new Observation(Month(1), null));
        Accepted(Of(IndicatorKind.Rate), new Observation(period, null, 4));
    }

    [Fact]
    public void CheckValue_ValuesOutsideTheirKind_AreReportedWithTheValue()
    {
        var period = Month(0);
        Assert.Equal(["$.series[0].observations[0].value InvalidValue: a rate is not negative; found -1"], ValueProblems(Of(IndicatorKind.Rate), new Observation(period, -1, 4)));
        Assert.Equal(["$.series[0].observations[0].value InvalidValue: a count is not negative; found -0.5"], ValueProblems(Of(IndicatorKind.Count), new Observation(period, -0.5)));
        Assert.Equal(["$.series[0].observations[0].value InvalidValue: a time between events is above 0 (a T chart takes the 3.6th root); found 0"], ValueProblems(Of(IndicatorKind.TimeBetweenEvents), new Observation(period, 0)));
        Assert.Equal(["$.series[0].observations[0].value InvalidValue: a number of opportunities between events is a whole number; found 2.5"], ValueProblems(Of(IndicatorKind.OpportunitiesBetweenEvents), new Observation(period, 2.5)));
        Assert.Equal(["$.series[0].observations[0].value InvalidValue: the numerator 5 is larger than the denominator 4"], ValueProblems(Of(IndicatorKind.Proportion), new Observation(period, 5, 4)));
        Assert.Equal(
            [
                "$.series[0].observations[0].value InvalidValue: a number of opportunities between events is not negative; found -2",
            ],
            ValueProblems(Of(IndicatorKind.OpportunitiesBetweenEvents), new Observation(period, -2)));

        // At the edges each is accepted: a measured value below 0, a count of 0, a G chart's 0, a numerator equal to its
        // denominator, a rate above its exposure, a small time between events.
        Accepted(Of(IndicatorKind.Measured), new Observation(period, -3.5));
        Accepted(Of(IndicatorKind.Subgrouped), Observation.Subgroup(period, [-3.5, -1]));
        Accepted(Of(IndicatorKind.Count), new Observation(period, 0));
        Accepted(Of(IndicatorKind.OpportunitiesBetweenEvents), new Observation(period, 0));
        Accepted(Of(IndicatorKind.Proportion), new Observation(period, 4, 4));
        Accepted(Of(IndicatorKind.Rate), new Observation(period, 5, 4));
        Accepted(Of(IndicatorKind.TimeBetweenEvents), new Observation(period, 0.01));
    }

    [Fact]
    public void CheckValue_ChartedValueBeyondTheLargestMagnitude_IsReportedWhereItComesFrom()
    {
        // A rate over a tiny exposure is what grows too large: reported at the denominator. The multiplier counts (1 ÷ 1e-99 is
        // within ±1e100, × 100 is not); a measured value is reported at itself.
        var period = Month(0);
        Accepted(Of(IndicatorKind.Rate), new Observation(period, 1, 1e-99));
        Accepted(Of(IndicatorKind.Measured), new Observation(period, -1e100));
        Assert.Equal(
            ["$.series[0].observations[0].denominator InvalidValue: the charted value 1E+101 is beyond ±1E+100, too large to compute with"],
            ValueProblems(Of(IndicatorKind.Rate, multiplier: 100), new Observation(period, 1, 1e-99)));
        Assert.Equal(
            ["$.series[0].observations[0].denominator InvalidValue: the charted value 1E+306 is beyond ±1E+100, too large to compute with"],
            ValueProblems(Of(IndicatorKind.Rate), new Observation(period, 1, 1e-306)));
        Assert.Equal(
            ["$.series[0].observations[0].value InvalidValue: the charted value -2E+100 is beyond ±1E+100, too large to compute with"],
            ValueProblems(Of(IndicatorKind.Measured), new Observation(period, -2e100)));
    }

    [Fact]
    public void CheckValue_EveryProblemOfAnObservationAndOfEverySeries_IsReported()
    {
        // Never the first problem only: two of one observation (a negative value and its missing denominator), and the
        // problems of a second series.
        var rate = Of(IndicatorKind.Rate, "r");
        var count = Of(IndicatorKind.Count, "c");
        var problems = Problems([rate, count], [SeriesOf("r", Unit, new Observation(Month(0), 1, 2), new Observation(Month(1), -1)), SeriesOf("c", Unit, new Observation(Month(0), -1))]);

        Assert.Equal(
            [
                "$.series[0].observations[1].denominator Missing: a rate needs a denominator with its value",
                "$.series[0].observations[1].value InvalidValue: a rate is not negative; found -1",
                "$.series[1].observations[0].value InvalidValue: a count is not negative; found -1",
            ],
            problems);
    }

    [Fact]
    public void AgainstPlan_EveryReferenceOutsideThePlan_IsReportedAtItsPath()
    {
        // The bundled Gjøvik plan has the node "gjovik" and the measure "veilederkurs", and neither "nowhere" nor "nothing".
        var (known, unknown) = (new NodeId("gjovik"), new NodeId("nowhere"));
        var (measure, missing) = (new MeasureId("veilederkurs"), new MeasureId("nothing"));
        var indicator = Of(IndicatorKind.Measured, "a", nodes: [known, unknown], measures: [missing, measure]);
        var data = new EvaluationData(
            [indicator],
            [SeriesOf("a", known, new Observation(Month(0), 1)), SeriesOf("a", unknown, new Observation(Month(0), 1))],
            [Intervention("ok", [known], measure), Intervention("bad", [unknown, known], missing)]);

        var problems = data.ProblemsWith(Gjovik.Value).Select(p => $"{p.Path} {p.Kind}: {p.Message}");

        Assert.Equal(
            [
                "$.indicators[0].measures[0] UnknownReference: measure 'nothing' is not in the plan's measures",
                "$.indicators[0].nodes[1] UnknownReference: node 'nowhere' is not in the plan's organisation",
                "$.interventions[1].measure UnknownReference: measure 'nothing' is not in the plan's measures",
                "$.interventions[1].nodes[0] UnknownReference: node 'nowhere' is not in the plan's organisation",
                "$.series[1].node UnknownReference: node 'nowhere' is not in the plan's organisation",
            ],
            problems);
    }

    [Fact]
    public void AgainstPlan_DataWhoseReferencesAreAllInThePlan_HasNoProblem()
    {
        var node = new NodeId("gjovik");
        var data = new EvaluationData(
            [Of(IndicatorKind.Measured, "a", nodes: [node], measures: [new MeasureId("veilederkurs")])],
            [SeriesOf("a", node, new Observation(Month(0), 1))],
            [Intervention("iv", [node])]);

        Assert.Empty(data.ProblemsWith(Gjovik.Value));
    }

    [Fact]
    public void Validate_IdentifiersADocumentWroteInvalidly_AreReportedOnceWhereTheyWereRead()
    {
        // An invalid identifier is reported by the reader at its path; the rules then skip it, so it is neither "listed
        // twice", nor "not defined", nor "not in the plan", nor a second series at a node.
        const string Json = """
            {
              "schemaVersion": 1,
              "indicators": [{ "id": "a", "name": { "nb": "A" }, "unit": { "nb": "min" }, "kind": "measured", "direction": "lower",
                "level": "results", "measures": ["bad id", "bad id"], "nodes": ["bad id", "bad id"] }],
              "interventions": [{ "id": "iv", "date": "2024-06-01", "nodes": ["bad id"], "label": { "nb": "Kurs" }, "measure": "bad id" }],
              "series": [
                { "indicator": "bad id", "node": "gjovik", "observations": [{ "period": "2024-01", "value": 1 }] },
                { "indicator": "a", "node": "bad id", "observations": [{ "period": "2024-01", "value": 1 }] },
                { "indicator": "a", "node": "bad id", "observations": [{ "period": "2024-01", "value": 1 }] }
              ]
            }
            """;

        var problems = EvaluationDocument.Parse(Json, Gjovik.Value).Problems;

        Assert.Equal(
            [
                "$.indicators[0].measures[0]", "$.indicators[0].measures[1]", "$.indicators[0].nodes[0]", "$.indicators[0].nodes[1]",
                "$.interventions[0].measure", "$.interventions[0].nodes[0]", "$.series[0].indicator", "$.series[1].node", "$.series[2].node",
            ],
            problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(problems, p => Assert.Equal(ProblemKind.InvalidValue, p.Kind));
    }
}
