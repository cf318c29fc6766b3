using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Planning;

/// <summary>Evaluation per measure: the indicators that measure each measure at each Kirkpatrick level, and the levels
/// still unmeasured.</summary>
public class MeasureEvaluationPlanTests
{
    private static readonly LocalizedText Text = new("x");

    [Property(MaxTest = 300)]
    public Property Levels_ArePartitionedIntoMeasuredAndUnmeasured(byte[] seeds)
    {
        // Indicators at random levels, each naming a random subset of three measures.
        var plan = MeasurePlan.Plan;
        var ids = plan.Measures.Select(m => m.Id).ToArray();
        var indicators = seeds.Take(30).Select((b, i) => new Indicator(
            new IndicatorId($"i{i}"), Text, Text, IndicatorKind.Measured, DesiredDirection.Higher, (KirkpatrickLevel)((b % 4) + 1),
            measures: ids.Where((_, k) => (b >> (2 + k) & 1) == 1))).ToList();
        var result = MeasureEvaluationPlan.Of(plan, indicators);
        return (result.Select(e => e.Measure).SequenceEqual(plan.Measures)
            && result.All(e =>
                e.Measured.Concat(e.Unmeasured).Order().SequenceEqual(Enum.GetValues<KirkpatrickLevel>().Order())
                && !e.Measured.Intersect(e.Unmeasured).Any()
                && MeasureEvaluationPlan.Levels.All(l => e.IndicatorsAt(l).SequenceEqual(
                    indicators.Where(i => i.Level == l && i.Measures.Contains(e.Measure.Id)).Select(i => i.Id)))
                && e.Measured.All(l => !e.IndicatorsAt(l).IsEmpty))).ToProperty();
    }

    [Fact]
    public void Of_GjovikExample_NamesTheIndicatorsPerLevelAndTheUnmeasuredLevels()
    {
        // The Gjøvik-region example's evaluation (seed 000, section 4.3: find a baseline, then measure regularly the effect
        // of taking part in competence measures): the medication e-learning is measured by a knowledge test (learning) and the
        // medication incidents per 1 000 (results); nothing measures its reaction or behaviour yet.
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
        using var stream = File.OpenRead(Repo.Path("docs", "examples", "gjovik-region.evaluation.json"));
        var data = EvaluationDocument.Read(stream, plan).GetValueOrThrow();
        var elearning = MeasureEvaluationPlan.Of(plan, data.Indicators).Single(e => e.Measure.Id.Value == "legemiddel-e-laering");
        Assert.Equal(["kunnskapstest-legemiddel"], elearning.IndicatorsAt(KirkpatrickLevel.Learning).Select(i => i.Value));
        Assert.Equal(["legemiddelavvik-per-1000"], elearning.IndicatorsAt(KirkpatrickLevel.Results).Select(i => i.Value));
        Assert.Equal<KirkpatrickLevel>([KirkpatrickLevel.Reaction, KirkpatrickLevel.Behaviour], elearning.Unmeasured);
    }

    [Fact]
    public void IndicatorsAt_UnknownLevel_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MeasureEvaluationPlan.Of(MeasurePlan.Plan, [])[0].IndicatorsAt((KirkpatrickLevel)9));
}
