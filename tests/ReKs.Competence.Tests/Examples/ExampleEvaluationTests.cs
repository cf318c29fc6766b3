using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Examples;

/// <summary>
/// The Gjøvik-region evaluation example (docs/examples/gjovik-region.evaluation.json, written by
/// eng/generate-gjovik-evaluation.py): seed 000, section 4.3 — "find a baseline, then make regular measurements per unit
/// / municipality of the effect of taking part in competence measures". One indicator has a real shift, one has none.
/// </summary>
public class ExampleEvaluationTests
{
    private static readonly Lazy<(CompetencePlan Plan, EvaluationData Data)> Example = new(() =>
    {
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
        var data = EvaluationDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.evaluation.json")), plan).GetValueOrThrow();
        return (plan, data);
    });

    private static Dictionary<string, IndicatorEvaluation> Evaluate(string indicator) =>
        Evaluator.EvaluateAll(Example.Value.Data, new IndicatorId(indicator), Example.Value.Plan.Organisation).ToDictionary(e => e.Node.Value);

    [Fact]
    public void MedicationIncidents_GjovikAfterTheELearning_IsARealImprovement()
    {
        var e = Evaluate("legemiddelavvik-per-1000")["gjovik-sykehjem"];

        Assert.Equal(Verdict.Improvement, e.Verdict);
        Assert.Equal("legemiddel-e-laering-2025", e.Intervention!.Id); // the intervention at Gjøvik covers its nursing homes
        Assert.Equal(20, e.BaselinePoints);
        Assert.Empty(e.Warnings);
        Assert.Contains(e.Signals, s => s.Rule == SignalRule.LongRun && s.IsPastBaseline && s.IsFavourable == true);
        Assert.True(e.NewLevel < e.BaselineCentre);
        Assert.True(e.Effect!.Interval.Upper < 0);
        Assert.Equal(["sondre-land-sykehjem", "nordre-land-sykehjem"], e.ComparisonNodes.Select(n => n.Value));
        Assert.True(e.Comparison!.Interval.Upper < 0);
    }

    [Fact]
    public void MedicationIncidents_OtherNursingHomes_ShowNoChange()
    {
        var all = Evaluate("legemiddelavvik-per-1000");
        Assert.All(all.Where(x => x.Key != "gjovik-sykehjem"), x => Assert.Equal(Verdict.NoSignal, x.Value.Verdict));
        Assert.Equal(19, all["vestre-toten-sykehjem"].BaselinePoints); // one month is an explicit gap
        Assert.Contains(BaselineWarning.NoIntervention, all["nordre-land-sykehjem"].Warnings);
    }

    [Fact]
    public void DementiaPlans_AfterTheProfessionalDay_ShowNoChangeAnywhere() =>
        Assert.All(Evaluate("demens-tiltaksplan").Values, e => Assert.Equal(Verdict.NoSignal, e.Verdict));

    [Fact]
    public void CourseEvaluation_FourSurveysAfterTheCourse_IsTooLittleForAVerdict()
    {
        var e = Evaluate("kursevaluering-veilederkurs")["reks"];
        Assert.Equal(Verdict.InsufficientData, e.Verdict);
        Assert.Equal(4, e.Values.Count(v => !double.IsNaN(v)));
    }

    [Fact]
    public void Kirkpatrick_PerMeasure_ShowsResultsForTheELearningAndGapsElsewhere()
    {
        var data = Example.Value.Data;
        var evaluations = data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, Example.Value.Plan.Organisation)).ToList();
        var summaries = KirkpatrickSummary.ForAll(data.Indicators, evaluations).ToDictionary(s => s.Measure.Value);

        var eLearning = summaries["legemiddel-e-laering"].Levels;
        Assert.Equal([KirkpatrickLevel.Reaction, KirkpatrickLevel.Learning, KirkpatrickLevel.Behaviour, KirkpatrickLevel.Results], eLearning.Select(l => l.Level));
        Assert.Equal(Verdict.Improvement, eLearning[3].Finding);
        Assert.True(eLearning[0].Indicators.IsEmpty); // no reaction-level evidence planned: a gap to see
        Assert.Null(eLearning[0].Finding); // "no indicator", not "insufficient data"
        Assert.Equal(Verdict.InsufficientData, summaries["veilederkurs"].Levels[0].Finding);
        Assert.Equal(Verdict.NoSignal, summaries["fagdag-demens"].Levels[2].Finding);
    }

    [Fact]
    public void Kirkpatrick_ELearning_CountsTheThreeNursingHomesThatTookPartAndShowsTheSplit()
    {
        // The e-learning (legemiddel-e-laering-2025) reached Gjøvik, Østre and Vestre Toten: Gjøvik improved, the other two
        // show no change; Søndre and Nordre Land did not take part and are the comparison, not evidence (issue: "improvement (5)").
        var data = Example.Value.Data;
        var evaluations = data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, Example.Value.Plan.Organisation)).ToList();
        var results = KirkpatrickSummary.ForAll(data.Indicators, evaluations).Single(s => s.Measure.Value == "legemiddel-e-laering").Levels[3];

        Assert.Equal(3, results.Evaluations.Length);
        Assert.Equal(1, results.Count(Verdict.Improvement));
        Assert.Equal(2, results.Count(Verdict.NoSignal));
        Assert.Equal(2, results.NonParticipantCount);
        Assert.Equal(Verdict.Improvement, results.Finding);
    }

    [Fact]
    public void MedicationIncidents_VestreTotenMissingMonth_HasNoLimitsAndDoesNotBlowUpTheOthers()
    {
        // Vestre Toten's February 2025 is `value: null, status: ".."`. It used to get a denominator of 1 and an upper
        // limit of about 226 per 1 000 care days; qicharts2 gives it NA, and the other months keep limits near the centre.
        var e = Evaluate("legemiddelavvik-per-1000")["vestre-toten-sykehjem"];
        var gap = e.Series.Observations.ToList().FindIndex(o => o.Period.ToString() == "2025-02");

        Assert.True(double.IsNaN(e.Values[gap]));
        Assert.True(double.IsNaN(e.Lower[gap]) && double.IsNaN(e.Upper[gap]));
        var finite = e.Upper.Where(double.IsFinite).ToList();
        Assert.Equal(e.Values.Length - 1, finite.Count);
        Assert.All(finite, u => Assert.InRange(u, e.BaselineCentre, 12)); // 3-sigma of about 5 per 1 000 over about 1 700 care days
        Assert.DoesNotContain(e.Signals, s => s.From - 1 == gap);
    }
}
