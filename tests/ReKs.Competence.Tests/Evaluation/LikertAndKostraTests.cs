using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Course evaluations (Likert answers) as series, and KOSTRA's share of person-years with health education from the plan.</summary>
public class LikertAndKostraTests
{
    private static readonly LikertScale FivePoint = new(5, topBox: 2);

    [Fact]
    public void FromCounts_WorkedExample_GivesMeanMedianDistributionAndTopBox()
    {
        // 20 answers: 2×1, 3×2, 5×3, 6×4, 4×5. Mean 67/20; the 10th and 11th answers are 3 and 4.
        var s = LikertSummary.FromCounts(FivePoint, [2, 3, 5, 6, 4]);
        Assert.Equal(20, s.Total);
        Assert.Equal(3.35, s.Mean, 12);
        Assert.Equal(3.5, s.Median);
        Assert.Equal(10, s.TopBoxCount);
        Assert.Equal(0.5, s.TopBoxShare);
        Assert.Equal(Effects.Wilson(10, 20), s.TopBoxInterval);
        Assert.Equal(new Observation(MeasurementPeriod.Parse("2026-09-17"), 10, 20), s.ToObservation(MeasurementPeriod.Parse("2026-09-17")));
    }

    [Fact]
    public void FromCounts_NewcombeShare_HasTheWilsonIntervalOfTable2()
    {
        // Newcombe (1998), Statistics in Medicine 17:857-872, table II: 81/263 → Wilson 0.2553–0.3662.
        var s = LikertSummary.FromCounts(new LikertScale(2), [263 - 81, 81]);
        Assert.Equal(0.2553, s.TopBoxInterval.Lower, 4);
        Assert.Equal(0.3662, s.TopBoxInterval.Upper, 4);
    }

    [Fact]
    public void FromAnswers_OutOfScale_NamesEveryBadPosition()
    {
        var ex = Assert.Throws<ArgumentException>(() => LikertSummary.FromAnswers(FivePoint, [1, 6, 3, 0, 5]));
        Assert.Contains("[1] = 6", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[3] = 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OtherScale_IsRejected() =>
        Assert.Throws<ArgumentException>(() => LikertSummary.FromCounts(FivePoint, [1, 1, 1, 1, 1]).Merge(LikertSummary.FromCounts(new LikertScale(5, 1), [1, 1, 1, 1, 1])));

    public static Arbitrary<int[]> Answers() => Arb.From(Gen.ArrayOf(Gen.Choose(1, 5)).Where(a => a.Length > 0));

    [Property(MaxTest = 1000, Arbitrary = [typeof(LikertAndKostraTests)])]
    public Property Merge_OfTwoGroups_IsTheSummaryOfAllAnswers(int[] a, int[] b)
    {
        var merged = LikertSummary.FromAnswers(FivePoint, a).Merge(LikertSummary.FromAnswers(FivePoint, b));
        var all = LikertSummary.FromAnswers(FivePoint, [.. a, .. b]);
        var commutes = LikertSummary.FromAnswers(FivePoint, b).Merge(LikertSummary.FromAnswers(FivePoint, a));
        return (merged.Counts.SequenceEqual(all.Counts) && Math.Abs(merged.Mean - all.Mean) < 1e-12 && merged.Median == all.Median
            && merged.TopBoxInterval == all.TopBoxInterval && commutes.Counts.SequenceEqual(all.Counts)
            && all.Median >= 1 && all.Median <= 5 && all.TopBoxInterval.Contains(all.TopBoxShare)).ToProperty();
    }

    private static Person P(string id, string node, decimal percent, HealthEducation education, LocalDate? starts = null, LocalDate? leaves = null) =>
        new(new PersonId(id), new NodeId(node), PositionShare.FromPercent(percent), [], starts: starts, leaves: leaves, education: education);

    private static CompetencePlan Plan(params Person[] people) => new(
        new LocalizedText("Test"),
        new Organisation([new OrganisationNode(new NodeId("k"), null), new OrganisationNode(new NodeId("k-a"), new NodeId("k")), new OrganisationNode(new NodeId("k-b"), new NodeId("k"))]),
        [], people, []);

    [Fact]
    public void HealthEducationShare_AsKostraCountsIt_DividesPersonYearsWithHealthEducationByAll()
    {
        // KOSTRA: "Andel årsverk i brukerrettede tjenester m/ helseutdanning" = person-years with health education at
        // upper-secondary or higher level ÷ all person-years; unknown education stays in the denominator.
        var plan = Plan(
            P("p1", "k-a", 100, HealthEducation.Higher),
            P("p2", "k-a", 75, HealthEducation.UpperSecondary),
            P("p3", "k-b", 50, HealthEducation.None),
            P("p4", "k-b", 25, HealthEducation.Unknown),
            P("p5", "k-b", 100, HealthEducation.Higher, leaves: new LocalDate(2026, 1, 1)),
            P("p6", "k-b", 100, HealthEducation.UpperSecondary, starts: new LocalDate(2027, 1, 1)));
        var s = HealthEducationShare.Of(plan, new NodeId("k"), new LocalDate(2026, 6, 30));

        Assert.Equal(2.5m, s.Total);
        Assert.Equal(1.75m, s.WithHealthEducation);
        Assert.Equal(0.7m, s.Share);
        Assert.Equal(0.4m, s.ShareHigher);
        Assert.Equal(0.25m, s.Unknown);
        Assert.Equal(1.75m, HealthEducationShare.Of(plan, new NodeId("k-a"), new LocalDate(2026, 6, 30)).Total);
    }

    [Fact]
    public void HealthEducationShare_SpecialistNurses_AreTheirPersonYearsOfAllOnTheDate()
    {
        // The same denominator as KOSTRA's education share (all person-years on the date); the numerator is the
        // person-years whose position type is specialist nurse. p4 has left by the date and does not count.
        Person N(string id, decimal percent, PositionType type, LocalDate? leaves = null) =>
            new(new PersonId(id), new NodeId("k-a"), PositionShare.FromPercent(percent), [], leaves: leaves, positionType: type, education: HealthEducation.Higher);
        var plan = Plan(
            N("p1", 100, PositionType.SpecialistNurse),
            N("p2", 50, PositionType.SpecialistNurse),
            N("p3", 50, PositionType.Nurse),
            N("p4", 100, PositionType.SpecialistNurse, leaves: new LocalDate(2026, 1, 1)),
            N("p5", 100, PositionType.HealthWorker));
        var s = HealthEducationShare.Of(plan, new NodeId("k"), new LocalDate(2026, 6, 30));

        Assert.Equal(1.5m, s.SpecialistNurses);
        Assert.Equal(3m, s.Total);
        Assert.Equal(0.5m, s.ShareSpecialistNurses);
        Assert.Equal(s.Total, s.PersonYearsByPosition.Values.Sum());
        Assert.Null(HealthEducationShare.Of(Plan(), new NodeId("k"), new LocalDate(2026, 6, 30)).ShareSpecialistNurses);
    }

    [Fact]
    public void HealthEducationShare_Series_CountsOnEachPeriodsLastDay()
    {
        var plan = Plan(P("p1", "k-a", 100, HealthEducation.Higher), P("p2", "k-a", 100, HealthEducation.None, starts: new LocalDate(2025, 7, 1)));
        var series = HealthEducationShare.SeriesOf(plan, new IndicatorId("kostra"), new NodeId("k"), [MeasurementPeriod.Year(2024), MeasurementPeriod.Year(2025)]);
        Assert.Equal([(1.0, 1.0), (1.0, 2.0)], series.Observations.Select(o => (o.Value!.Value, o.Denominator!.Value)));
    }

    [Fact]
    public void HealthEducationShare_UnknownNode_IsRejected() =>
        Assert.Throws<ArgumentException>(() => HealthEducationShare.Of(Plan(), new NodeId("nowhere"), new LocalDate(2026, 1, 1)));
}
