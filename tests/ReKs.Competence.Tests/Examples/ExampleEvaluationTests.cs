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
        Assert.Equal(5, eLearning[3].Evaluations.Length);
        Assert.True(eLearning[0].Indicators.IsEmpty); // no reaction-level evidence planned: a gap to see
        Assert.Equal(Verdict.InsufficientData, summaries["veilederkurs"].Levels[0].Finding);
        Assert.Equal(Verdict.NoSignal, summaries["fagdag-demens"].Levels[2].Finding);
    }
}
