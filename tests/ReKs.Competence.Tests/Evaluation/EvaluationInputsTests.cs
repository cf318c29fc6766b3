using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>What an evaluation is made of (written for the first mutation pass over the evaluation files without a score):
/// indicators, interventions, chart options, Likert scales and summaries, KOSTRA's health-education share and the
/// evaluation data that ties them together, against the evaluation spec's sections "Indicators, series and
/// interventions", "Surveys (LikertSummary)" and "KOSTRA: share of person-years with health education".</summary>
public class EvaluationInputsTests
{
    private static readonly LocalizedText Text = new("x");
    private static readonly NodeId Unit = new("unit");

    private static Indicator Of(IndicatorKind kind, IndicatorChart chart = IndicatorChart.Control, DesiredDirection direction = DesiredDirection.Higher, string id = "i", IEnumerable<MeasureId>? measures = null) =>
        new(new IndicatorId(id), Text, Text, kind, direction, KirkpatrickLevel.Results, measures, chart: chart);

    private static MeasurementPeriod Month(int i) => MeasurementPeriod.Month(new YearMonth(2025, 1).PlusMonths(i));

    [Theory]
    // The spec's table of kinds and charts: Measured → I, Proportion → P (Laney P′), Rate → U (Laney U′), Count → C,
    // TimeBetweenEvents → T, OpportunitiesBetweenEvents → G, Subgrouped → Xbar; IndicatorChart.Run → a run chart.
    [InlineData(IndicatorKind.Measured, IndicatorChart.Control, ChartKind.Individuals)]
    [InlineData(IndicatorKind.Measured, IndicatorChart.Laney, ChartKind.Individuals)]
    [InlineData(IndicatorKind.Proportion, IndicatorChart.Control, ChartKind.Proportion)]
    [InlineData(IndicatorKind.Proportion, IndicatorChart.Laney, ChartKind.LaneyProportion)]
    [InlineData(IndicatorKind.Rate, IndicatorChart.Control, ChartKind.Rate)]
    [InlineData(IndicatorKind.Rate, IndicatorChart.Laney, ChartKind.LaneyRate)]
    [InlineData(IndicatorKind.Count, IndicatorChart.Control, ChartKind.Count)]
    [InlineData(IndicatorKind.Count, IndicatorChart.Laney, ChartKind.Count)]
    [InlineData(IndicatorKind.TimeBetweenEvents, IndicatorChart.Control, ChartKind.TimeBetweenEvents)]
    [InlineData(IndicatorKind.OpportunitiesBetweenEvents, IndicatorChart.Control, ChartKind.OpportunitiesBetweenEvents)]
    [InlineData(IndicatorKind.Subgrouped, IndicatorChart.Control, ChartKind.SubgroupMean)]
    [InlineData(IndicatorKind.Proportion, IndicatorChart.Run, ChartKind.Run)]
    [InlineData(IndicatorKind.Subgrouped, IndicatorChart.Run, ChartKind.Run)]
    public void Indicator_ChartKind_IsTheSpecsChartForItsKind(IndicatorKind kind, IndicatorChart chart, ChartKind expected) =>
        Assert.Equal(expected, Of(kind, chart).ChartKind);

    [Theory]
    [InlineData(IndicatorKind.Measured, false)]
    [InlineData(IndicatorKind.Proportion, true)]
    [InlineData(IndicatorKind.Rate, true)]
    [InlineData(IndicatorKind.Count, false)]
    [InlineData(IndicatorKind.TimeBetweenEvents, false)]
    [InlineData(IndicatorKind.OpportunitiesBetweenEvents, false)]
    [InlineData(IndicatorKind.Subgrouped, false)]
    public void Indicator_HasDenominator_OnlyForProportionsAndRates(IndicatorKind kind, bool expected) =>
        Assert.Equal(expected, Of(kind).HasDenominator);

    [Fact]
    public void Indicator_IsBetter_FollowsTheDesiredDirectionAndNoChangeIsNotBetter()
    {
        var higher = Of(IndicatorKind.Measured);
        var lower = Of(IndicatorKind.Measured, direction: DesiredDirection.Lower);
        Assert.Equal((true, false, false), (higher.IsBetter(0.5), higher.IsBetter(0), higher.IsBetter(-0.5)));
        Assert.Equal((false, false, true), (lower.IsBetter(0.5), lower.IsBetter(0), lower.IsBetter(-0.5)));
    }

    [Fact]
    public void Indicator_Guards_NameTheirArgument()
    {
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new Indicator(default, Text, Text, IndicatorKind.Count, DesiredDirection.Higher, KirkpatrickLevel.Results)).ParamName);
        Assert.Throws<ArgumentNullException>("name", () => new Indicator(new IndicatorId("i"), null!, Text, IndicatorKind.Count, DesiredDirection.Higher, KirkpatrickLevel.Results));
        Assert.Throws<ArgumentNullException>("unit", () => new Indicator(new IndicatorId("i"), Text, null!, IndicatorKind.Count, DesiredDirection.Higher, KirkpatrickLevel.Results));
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => new Indicator(new IndicatorId("i"), Text, Text, (IndicatorKind)99, DesiredDirection.Higher, KirkpatrickLevel.Results)).ParamName);
        Assert.Equal("direction", Assert.ThrowsAny<ArgumentException>(() => new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Count, (DesiredDirection)9, KirkpatrickLevel.Results)).ParamName);
        Assert.Equal("level", Assert.ThrowsAny<ArgumentException>(() => new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Count, DesiredDirection.Higher, (KirkpatrickLevel)9)).ParamName);
        Assert.Equal("chart", Assert.ThrowsAny<ArgumentException>(() => new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Count, DesiredDirection.Higher, KirkpatrickLevel.Results, chart: (IndicatorChart)9)).ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-100.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Indicator_MultiplierNotAPositiveNumber_IsRefused(double multiplier)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Rate, DesiredDirection.Higher, KirkpatrickLevel.Results, multiplier: multiplier));
        Assert.Equal("multiplier", ex.ParamName);
        Assert.StartsWith($"the multiplier is a positive number; found {multiplier}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_LikertScaleOnAnythingButAProportion_IsRefused()
    {
        // The spec: a LikertScale is for course evaluations, whose top-box share is a proportion.
        var ex = Assert.Throws<ArgumentException>(() => new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Measured, DesiredDirection.Higher, KirkpatrickLevel.Reaction, likert: new LikertScale(5)));
        Assert.Equal("likert", ex.ParamName);
        Assert.StartsWith("survey answers make a proportion (the top-box share); the kind must be 'proportion'", ex.Message, StringComparison.Ordinal);

        // Both wrong: the first fault, the multiplier, is the one thrown.
        Assert.Equal("multiplier", Assert.ThrowsAny<ArgumentException>(() => new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Measured, DesiredDirection.Higher, KirkpatrickLevel.Reaction, multiplier: 0, likert: new LikertScale(5))).ParamName);

        var survey = new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Proportion, DesiredDirection.Higher, KirkpatrickLevel.Reaction, multiplier: double.Epsilon, likert: new LikertScale(5, 2));
        Assert.Equal((new LikertScale(5, 2), double.Epsilon), (survey.Likert, survey.Multiplier));
    }

    [Fact]
    public void Indicator_References_AreCopiedOrEmpty()
    {
        var none = Of(IndicatorKind.Count);
        Assert.True(none.Measures.IsEmpty && none.Nodes.IsEmpty && !none.Measures.IsDefault && !none.Nodes.IsDefault);
        var measures = new List<MeasureId> { new("m") };
        var nodes = new List<NodeId> { Unit };
        var some = new Indicator(new IndicatorId("i"), Text, Text, IndicatorKind.Count, DesiredDirection.Lower, KirkpatrickLevel.Behaviour, measures, nodes);
        measures.Clear();
        nodes.Clear();
        Assert.Equal([new MeasureId("m")], some.Measures.ToArray());
        Assert.Equal([Unit], some.Nodes.ToArray());
        Assert.Equal((DesiredDirection.Lower, KirkpatrickLevel.Behaviour, IndicatorChart.Control, 1.0, "i"), (some.Direction, some.Level, some.Chart, some.Multiplier, some.ToString()));
    }

    [Fact]
    public void Intervention_Guards_AndItsFields()
    {
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new Intervention(string.Empty, new LocalDate(2025, 1, 1), [Unit], Text)).ParamName);
        Assert.Throws<ArgumentNullException>("nodes", () => new Intervention("iv", new LocalDate(2025, 1, 1), null!, Text));
        Assert.Throws<ArgumentNullException>("label", () => new Intervention("iv", new LocalDate(2025, 1, 1), [Unit], null!));
        var empty = Assert.Throws<ArgumentException>(() => new Intervention("iv", new LocalDate(2025, 1, 1), [], Text));
        Assert.Equal("nodes", empty.ParamName);
        Assert.StartsWith("An intervention takes place at one node at least.", empty.Message, StringComparison.Ordinal);

        var iv = new Intervention("kurs-2025", new LocalDate(2025, 3, 1), [Unit], Text, new MeasureId("m"));
        Assert.Equal(("kurs-2025", new LocalDate(2025, 3, 1), new MeasureId("m"), "kurs-2025"), (iv.Id, iv.Date, iv.Measure!.Value, iv.ToString()));
        Assert.Null(new Intervention("iv", new LocalDate(2025, 3, 1), [Unit], Text).Measure);
    }

    [Fact]
    public void ChartOptions_Default_FreezesNothingAndScalesByOne()
    {
        var o = ChartOptions.Default;
        Assert.Equal(((int?)null, 0, 0, 1.0, false), (o.Freeze, o.PhaseBreaks.Length, o.Exclude.Length, o.Multiply, o.ScreenMovingRanges));
        Assert.False(o.PhaseBreaks.IsDefault || o.Exclude.IsDefault);
    }

    [Fact]
    public void ChartOptions_Positions_AreSortedOnceAndOneBased()
    {
        var o = new ChartOptions(freeze: 1, phaseBreaks: [12, 1, 3, 12], exclude: [7, 1, 7], multiply: 100, screenMovingRanges: true);
        Assert.Equal((1, 100.0, true), (o.Freeze!.Value, o.Multiply, o.ScreenMovingRanges));
        Assert.Equal([1, 3, 12], o.PhaseBreaks.ToArray());
        Assert.Equal([1, 7], o.Exclude.ToArray());
    }

    [Fact]
    public void ChartOptions_OutOfRange_NamesTheArgumentAndSaysWhy()
    {
        var freeze = Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions(freeze: 0));
        Assert.Equal("freeze", freeze.ParamName);
        Assert.StartsWith("The baseline has at least one point.", freeze.Message, StringComparison.Ordinal);

        foreach (var make in new Func<ChartOptions>[] { () => new ChartOptions(phaseBreaks: [2, 0]), () => new ChartOptions(exclude: [0, 2]) })
        {
            var position = Assert.Throws<ArgumentOutOfRangeException>(make);
            Assert.Equal("phaseBreaks", position.ParamName);
            Assert.StartsWith("Positions are 1-based.", position.Message, StringComparison.Ordinal);
        }

        foreach (var multiply in new[] { 0.0, -1.0, double.NaN, double.PositiveInfinity })
        {
            var m = Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions(multiply: multiply));
            Assert.Equal("multiply", m.ParamName);
            Assert.StartsWith("The multiplier is a positive number.", m.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1, 1, "points", "a Likert scale has 2 to 11 points; found 1")]
    [InlineData(12, 1, "points", "a Likert scale has 2 to 11 points; found 12")]
    [InlineData(5, 0, "topBox", "the top box is 1 to 4 categories; found 0")]
    [InlineData(5, 5, "topBox", "the top box is 1 to 4 categories; found 5")]
    public void LikertScale_OutOfRange_NamesTheArgumentAndTheRange(int points, int topBox, string parameter, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LikertScale(points, topBox));
        Assert.Equal(parameter, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 1, 2)]
    [InlineData(11, 10, 2)]
    [InlineData(11, 1, 11)]
    [InlineData(5, 2, 4)]
    public void LikertScale_AtItsEnds_IsAcceptedWithItsTopBox(int points, int topBox, int from)
    {
        var scale = new LikertScale(points, topBox);
        Assert.Equal((points, topBox, from), (scale.Points, scale.TopBox, scale.TopBoxFrom));
    }

    [Fact]
    public void LikertScale_Equality_ByPointsAndTopBox()
    {
        var s = new LikertScale(5, 2);
        LikertScale? none = null;
        Assert.True(s == new LikertScale(5, 2) && !(s != new LikertScale(5, 2)));
        Assert.True(s != new LikertScale(5, 1) && s != new LikertScale(6, 2) && s != none && none != s);
        Assert.False(s == none || none == s || s.Equals(none) || s.Equals((object)"1–5"));
        Assert.True(none == null && s.Equals((object)new LikertScale(5, 2)));
        Assert.Equal(s.GetHashCode(), new LikertScale(5, 2).GetHashCode());
        Assert.Equal("1–5 (top 2)", s.ToString());
        Assert.Equal(1, new LikertScale(4).TopBox);
    }

    [Fact]
    public void LikertSummary_WorkedExample_HasTheSampleStandardDeviationAndTheStudentTInterval()
    {
        // 20 answers 2×1, 3×2, 5×3, 6×4, 4×5 (the worked example of LikertAndKostraTests): the squared deviations from
        // the mean 3.35 sum to 30.55, so s = √(30.55/19); the interval is 3.35 ± t(0.975; 19)·s/√20 with t = 2.093 (the
        // published t table, 19 degrees of freedom; 2.0930240544 to ten digits).
        var s = LikertSummary.FromCounts(new LikertScale(5, 2), [2, 3, 5, 6, 4]);
        var sd = Math.Sqrt(30.55 / 19);
        Assert.Equal(sd, s.StandardDeviation, 1e-12);
        var half = 2.0930240544 * sd / Math.Sqrt(20);
        Assert.Equal(3.35 - half, s.MeanInterval!.Value.Lower, 1e-8);
        Assert.Equal(3.35 + half, s.MeanInterval!.Value.Upper, 1e-8);
        Assert.Equal("n=20 mean=3.35 median=3.5 top-box=50 %", s.ToString());
    }

    [Fact]
    public void LikertSummary_OneAnswer_HasNoSpreadAndNoInterval_TwoAnswersHaveThem()
    {
        // The spec: MeanInterval is null for one answer, and is not cut to the scale's ends.
        var one = LikertSummary.FromAnswers(new LikertScale(5), [4]);
        Assert.Equal((1, 4.0, 4.0, 0, 0.0), (one.Total, one.Mean, one.Median, one.TopBoxCount, one.TopBoxShare));
        Assert.True(double.IsNaN(one.StandardDeviation));
        Assert.Null(one.MeanInterval);

        // Answers 1 and 5: mean 3, s = √8, t(0.975; 1) = 12.706 (the Cauchy quantile tan(0.475π)), half-width 12.706·√8/√2.
        var two = LikertSummary.FromAnswers(new LikertScale(5), [1, 5]);
        Assert.Equal((3.0, 3.0), (two.Mean, two.Median));
        Assert.Equal(Math.Sqrt(8), two.StandardDeviation, 1e-12);
        var half = Math.Tan(0.475 * Math.PI) * 2;
        Assert.Equal(3 - half, two.MeanInterval!.Value.Lower, 1e-7);
        Assert.Equal(3 + half, two.MeanInterval!.Value.Upper, 1e-7);
    }

    [Fact]
    public void LikertSummary_Median_IsTheMiddleAnswerOrHalfwayBetweenTheTwo()
    {
        Assert.Equal(2.0, LikertSummary.FromCounts(new LikertScale(3), [1, 1, 1]).Median);
        Assert.Equal(1.5, LikertSummary.FromCounts(new LikertScale(3), [1, 1, 0]).Median);
        Assert.Equal(3.0, LikertSummary.FromCounts(new LikertScale(3), [0, 0, 4]).Median);
        Assert.Equal(2.0, LikertSummary.FromCounts(new LikertScale(3), [1, 0, 1]).Median);
    }

    [Fact]
    public void LikertSummary_BadCounts_SayWhatIsWrong()
    {
        var scale = new LikertScale(5, 2);
        var length = Assert.Throws<ArgumentException>(() => LikertSummary.FromCounts(scale, [1, 2, 3, 4]));
        Assert.Equal("counts", length.ParamName);
        Assert.StartsWith("A 1–5 scale has 5 counts; found 4.", length.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentException>(() => LikertSummary.FromCounts(scale, [1, -1, 0, -2, 1]));
        Assert.Equal("counts", negative.ParamName);
        Assert.StartsWith("Counts are not negative; categories 2, 4 are.", negative.Message, StringComparison.Ordinal);

        var none = Assert.Throws<ArgumentException>(() => LikertSummary.FromCounts(scale, [0, 0, 0, 0, 0]));
        Assert.Equal("counts", none.ParamName);
        Assert.StartsWith("A summary needs at least one answer.", none.Message, StringComparison.Ordinal);
        Assert.StartsWith("A summary needs at least one answer.", Assert.Throws<ArgumentException>(() => LikertSummary.FromAnswers(scale, [])).Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>("scale", () => LikertSummary.FromCounts(null!, [1]));
        Assert.Throws<ArgumentNullException>("counts", () => LikertSummary.FromCounts(scale, null!));
        Assert.Throws<ArgumentNullException>("scale", () => LikertSummary.FromAnswers(null!, [1]));
        Assert.Throws<ArgumentNullException>("answers", () => LikertSummary.FromAnswers(scale, null!));
    }

    [Fact]
    public void LikertSummary_FromAnswers_TakesBothEndsOfTheScaleAndNamesEveryAnswerBeyond()
    {
        var ends = LikertSummary.FromAnswers(new LikertScale(5, 2), [1, 5, 5]);
        Assert.Equal([1, 0, 0, 0, 2], ends.Counts.ToArray());

        var ex = Assert.Throws<ArgumentException>(() => LikertSummary.FromAnswers(new LikertScale(5, 2), [6, 2, 0]));
        Assert.Equal("answers", ex.ParamName);
        Assert.StartsWith("Answers on a 1–5 scale are 1 to 5; found [0] = 6, [2] = 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LikertSummary_Merge_AddsCountsOfOneScale()
    {
        var scale = new LikertScale(4, 1);
        var merged = LikertSummary.FromCounts(scale, [1, 0, 2, 3]).Merge(LikertSummary.FromCounts(new LikertScale(4, 1), [0, 4, 1, 1]));
        Assert.Equal([1, 4, 3, 4], merged.Counts.ToArray());
        Assert.Equal((12, 4), (merged.Total, merged.TopBoxCount));
        Assert.Same(scale, merged.Scale);

        var ex = Assert.Throws<ArgumentException>(() => LikertSummary.FromCounts(scale, [1, 1, 1, 1]).Merge(LikertSummary.FromCounts(new LikertScale(4, 2), [1, 1, 1, 1])));
        Assert.Equal("other", ex.ParamName);
        Assert.StartsWith("Only summaries of one scale merge: 1–4 (top 1) and 1–4 (top 2).", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("other", () => LikertSummary.FromCounts(scale, [1, 1, 1, 1]).Merge(null!));
    }

    private static CompetencePlan Plan(params Person[] people) => new(
        new LocalizedText("Test"),
        new Organisation([new OrganisationNode(new NodeId("k"), null), new OrganisationNode(new NodeId("k-a"), new NodeId("k")), new OrganisationNode(new NodeId("k-b"), new NodeId("k"))]),
        [], people, []);

    private static Person P(string id, string node, decimal percent, HealthEducation education, LocalDate? starts = null) =>
        new(new PersonId(id), new NodeId(node), PositionShare.FromPercent(percent), [], starts: starts, education: education);

    [Fact]
    public void HealthEducationShare_SharesOfEachLevel_AndNoShareOfNobody()
    {
        // KOSTRA's definition (the spec's section): person-years with health education at upper-secondary or higher
        // level over all person-years of the sub-tree on the date.
        var plan = Plan(P("p1", "k-a", 100, HealthEducation.Higher), P("p2", "k-b", 50, HealthEducation.UpperSecondary), P("p3", "k-b", 50, HealthEducation.None));
        var s = HealthEducationShare.Of(plan, new NodeId("k"), new LocalDate(2026, 6, 30));
        Assert.Equal((2m, 0.5m, 1m, 0m, 1.5m), (s.Total, s.UpperSecondary, s.Higher, s.Unknown, s.WithHealthEducation));
        Assert.Equal((0.75m, 0.5m, 0.25m), (s.Share, s.ShareHigher, s.ShareUpperSecondary));
        Assert.Equal((new NodeId("k"), new LocalDate(2026, 6, 30)), (s.Node, s.Date));
        Assert.Equal(2m, s.PersonYears.Values.Sum());
        Assert.StartsWith("k ", s.ToString(), StringComparison.Ordinal);
        Assert.Contains("/", s.ToString(), StringComparison.Ordinal);

        var nobody = HealthEducationShare.Of(Plan(), new NodeId("k-a"), new LocalDate(2026, 6, 30));
        Assert.Equal(0m, nobody.Total);
        Assert.Null(nobody.Share);
        Assert.Null(nobody.ShareHigher);
        Assert.Null(nobody.ShareUpperSecondary);
        Assert.Null(nobody.ShareSpecialistNurses);
    }

    [Fact]
    public void HealthEducationShare_SeriesOf_APeriodWithoutStaffIsMissing()
    {
        // The spec: "SeriesOf counts on each period's last day"; a period with no person-years has no share, so it is
        // a missing observation, not 0 / 0.
        var plan = Plan(P("p1", "k-a", 100, HealthEducation.Higher, starts: new LocalDate(2025, 1, 1)));
        var series = HealthEducationShare.SeriesOf(plan, new IndicatorId("kostra"), new NodeId("k"), [MeasurementPeriod.Year(2024), MeasurementPeriod.Year(2025)]);
        Assert.Equal((new IndicatorId("kostra"), new NodeId("k")), (series.Indicator, series.Node));
        Assert.True(series.Observations[0].IsMissing);
        Assert.Equal((1.0, 1.0), (series.Observations[1].Value!.Value, series.Observations[1].Denominator!.Value));
    }

    [Fact]
    public void HealthEducationShare_Guards_NameTheirArgument()
    {
        Assert.Throws<ArgumentNullException>("plan", () => HealthEducationShare.Of(null!, new NodeId("k"), new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>("periods", () => HealthEducationShare.SeriesOf(Plan(), new IndicatorId("kostra"), new NodeId("k"), null!));
        var ex = Assert.Throws<ArgumentException>(() => HealthEducationShare.SeriesOf(Plan(), new IndicatorId("kostra"), new NodeId("nowhere"), []));
        Assert.Equal("node", ex.ParamName);
        Assert.StartsWith("Node 'nowhere' is not in the plan.", ex.Message, StringComparison.Ordinal);
    }

    private static Series S(string indicator, string node, params double?[] values) =>
        new(new IndicatorId(indicator), new NodeId(node), values.Select((v, i) => new Observation(Month(i), v)));

    [Fact]
    public void EvaluationData_Lookups_FindByIndicatorAndNode()
    {
        var (a, b) = (Of(IndicatorKind.Measured, id: "a"), Of(IndicatorKind.Measured, id: "b"));
        var data = new EvaluationData([a, b], [S("a", "x", 1, 2), S("b", "x", 3), S("a", "y", 4)]);
        Assert.Same(b, data.FindIndicator(new IndicatorId("b")));
        Assert.Null(data.FindIndicator(new IndicatorId("c")));
        Assert.Equal(["x", "y"], data.SeriesOf(new IndicatorId("a")).Select(s => s.Node.Value));
        Assert.Empty(data.SeriesOf(new IndicatorId("c")));
        Assert.Equal(3.0, data.FindSeries(new IndicatorId("b"), new NodeId("x"))!.Observations[0].Value);
        Assert.Equal(4.0, data.FindSeries(new IndicatorId("a"), new NodeId("y"))!.Observations[0].Value);
        Assert.Null(data.FindSeries(new IndicatorId("b"), new NodeId("y")));
        Assert.True(data.Interventions.IsEmpty && !data.Interventions.IsDefault);
        Assert.Throws<ArgumentNullException>("indicators", () => new EvaluationData(null!, []));
        Assert.Throws<ArgumentNullException>("series", () => new EvaluationData([a], null!));
        Assert.Throws<ArgumentNullException>("plan", () => data.ProblemsWith(null!));
    }

    private static readonly Organisation Org = new([
        new OrganisationNode(new NodeId("k"), null),
        new OrganisationNode(new NodeId("k-a"), new NodeId("k")),
        new OrganisationNode(new NodeId("k-a-1"), new NodeId("k-a")),
        new OrganisationNode(new NodeId("k-b"), new NodeId("k"))]);

    private static Intervention Iv(string id, string node, int day, string? measure = null) =>
        new(id, new LocalDate(2025, 3, day), [new NodeId(node)], Text, measure is null ? null : new MeasureId(measure));

    [Fact]
    public void TookPart_AnInterventionAtANodeCoversItsSubtreeOnlyWithTheOrganisation()
    {
        // The spec: "An intervention at a municipality covers its units".
        var atA = Iv("iv", "k-a", 1);
        Assert.True(EvaluationData.TookPart(atA, new NodeId("k-a-1"), Org));
        Assert.True(EvaluationData.TookPart(atA, new NodeId("k-a"), Org));
        Assert.False(EvaluationData.TookPart(atA, new NodeId("k"), Org));
        Assert.False(EvaluationData.TookPart(atA, new NodeId("k-b"), Org));
        Assert.False(EvaluationData.TookPart(atA, new NodeId("k-a-1")));
        Assert.True(EvaluationData.TookPart(atA, new NodeId("k-a")));

        // A node the organisation does not have takes part only when named; an intervention's node the organisation
        // does not have covers nothing else.
        Assert.True(EvaluationData.TookPart(Iv("iv", "elsewhere", 1), new NodeId("elsewhere"), Org));
        Assert.False(EvaluationData.TookPart(Iv("iv", "elsewhere", 1), new NodeId("k-a"), Org));
        Assert.Throws<ArgumentNullException>("intervention", () => EvaluationData.TookPart(null!, Unit));
    }

    [Fact]
    public void InterventionFor_TheLatestOfTheIndicatorsMeasuresAtTheNode()
    {
        var withM = Of(IndicatorKind.Measured, id: "a", measures: [new MeasureId("m")]);
        var anyMeasure = Of(IndicatorKind.Measured, id: "b");
        var data = new EvaluationData([withM, anyMeasure], [], [Iv("early", "k-a", 1, "m"), Iv("late", "k-a", 20, "m"), Iv("other", "k-a", 25, "n"), Iv("plain", "k-b", 2), Iv("sub", "k-a-1", 28, "m")]);

        Assert.Equal("late", data.InterventionFor(withM, new NodeId("k-a"), Org)!.Id);
        Assert.Equal("other", data.InterventionFor(anyMeasure, new NodeId("k-a"), Org)!.Id);
        Assert.Equal("sub", data.InterventionFor(withM, new NodeId("k-a-1"), Org)!.Id);
        Assert.Equal("plain", data.InterventionFor(withM, new NodeId("k-b"), Org)!.Id);
        Assert.Null(data.InterventionFor(withM, new NodeId("k"), Org));
        Assert.Throws<ArgumentNullException>("indicator", () => data.InterventionFor(null!, Unit));
    }

    [Fact]
    public void Until_KeepsThePeriodsStartingOnOrBeforeTheDate()
    {
        var data = new EvaluationData([Of(IndicatorKind.Measured, id: "a")], [S("a", "x", 1, 2, 3)]);
        Assert.Equal(2, data.Until(new LocalDate(2025, 2, 1)).Series[0].Observations.Length);
        Assert.Single(data.Until(new LocalDate(2025, 1, 31)).Series[0].Observations);
        Assert.Empty(data.Until(new LocalDate(2024, 12, 31)).Series[0].Observations);
    }

    [Fact]
    public void Excluding_OneIndicator_MarksOnlyItsSeriesAndNamesPeriodsItLacks()
    {
        var data = new EvaluationData([Of(IndicatorKind.Measured, id: "a"), Of(IndicatorKind.Measured, id: "b")], [S("a", "x", 1, 2), S("b", "x", 1, 2, 3)]);
        var excluded = data.Excluding([Month(1)], new IndicatorId("a"));
        Assert.Equal([false, true], excluded.Series[0].Observations.Select(o => o.IsExcluded));
        Assert.Equal([false, false, false], excluded.Series[1].Observations.Select(o => o.IsExcluded));
        Assert.Equal([1.0, 2.0], excluded.Series[0].Observations.Select(o => o.Value!.Value));

        var both = data.Excluding([Month(1)]);
        Assert.True(both.Series.All(s => s.Observations[1].IsExcluded && !s.Observations[0].IsExcluded));

        var ex = Assert.Throws<ArgumentException>(() => data.Excluding([Month(2), Month(1)], new IndicatorId("a")));
        Assert.Equal("periods", ex.ParamName);
        Assert.StartsWith("No series of 'a' has the period(s) 2025-03.", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("No series has the period(s) 2026-01.", Assert.Throws<ArgumentException>(() => data.Excluding([Month(12)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("periods", () => data.Excluding(null!));
    }
}
