using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Tests.Planning;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Views;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>The plan of measures as a view (issue 13, "Views, not verbs"): <c>reks.plan</c> is written by the library
/// from <see cref="PlanView"/>, and a library caller gets the tool's bytes.</summary>
public class PlanViewTests
{
    private static readonly LocalDate Bodo2013 = new(2013, 6, 30);

    private static readonly CompetencePlan Gjovik = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();

    private static readonly Json.Schema.JsonSchema Schema = Schemas.Load("plan.output.schema.json");

    private static PlanView View(CompetencePlan plan, LocalDate asOf, NodeId scope, IEnumerable<MeasureEvaluationPlan>? evaluation = null) =>
        PlanView.Create(plan, PlanCoverage.Of(plan, asOf), PlanBudget.Of(plan), scope, evaluation);

    [Fact]
    public void Write_TestPlan_IsTheToolsGoldenOutput()
    {
        // The CLI test's golden file (reks plan measures-plan.json --format json --as-of 2013-06-30, the Bodø seed's
        // training scheme), written here by the library alone.
        var plan = MeasurePlan.Plan;
        var json = ViewDocument.WriteString(View(plan, Bodo2013, plan.Organisation.Root.Id));
        Assert.Equal(File.ReadAllText(Repo.Path("tests", "ReKs.Competence.Cli.Tests", "Golden", "plan-measures.json")), json);
    }

    [Fact]
    public void Write_GjovikWithItsEvaluation_NamesTheIndicatorsPerLevelAndMatchesTheSchema()
    {
        // The Gjøvik-region example (seed 000, section 4.3): the medication e-learning is measured at learning and results.
        using var stream = File.OpenRead(Repo.Path("docs", "examples", "gjovik-region.evaluation.json"));
        var indicators = EvaluationDocument.Read(stream, Gjovik).GetValueOrThrow().Indicators;
        var json = ViewDocument.WriteString(View(Gjovik, new LocalDate(2026, 9, 1), new NodeId("gjovik"), MeasureEvaluationPlan.Of(Gjovik, indicators)));
        var result = Schemas.Evaluate(Schema, json);
        Assert.True(result.IsValid, Schemas.Errors(result));
        using var doc = JsonDocument.Parse(json);
        var elearning = doc.RootElement.GetProperty("evaluation").EnumerateArray().Single(e => e.GetProperty("measure").GetString() == "legemiddel-e-laering");
        Assert.Equal("kunnskapstest-legemiddel", elearning.GetProperty("levels").GetProperty("learning")[0].GetString());
        Assert.Equal(["reaction", "behaviour"], elearning.GetProperty("unmeasured").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("gjovik", doc.RootElement.GetProperty("scope").GetString());
    }

    [Property(MaxTest = 50)]
    public Property Create_AnyScope_ShowsExactlyItsSubtreesNeedsAndEveryMeasure(byte pick)
    {
        // Laws of the view whatever node is chosen: the lines are the coverage's lines in the sub-tree, in order; every
        // measure appears once in the plan's order with its budget summed over its years; the JSON's covered + left = need
        // and it validates against the published schema.
        var plan = Gjovik;
        var scope = plan.Organisation.Nodes[pick % plan.Organisation.Nodes.Length].Id;
        var coverage = PlanCoverage.Of(plan, new LocalDate(2026, 9, 1));
        var budget = PlanBudget.Of(plan);
        var view = PlanView.Create(plan, coverage, budget, scope);
        var nodes = plan.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        var json = ViewDocument.WriteString(view);
        using var doc = JsonDocument.Parse(json);
        return (view.Lines.SequenceEqual(coverage.Lines.Where(l => nodes.Contains(l.Node)))
            && view.Unaddressed.All(l => nodes.Contains(l.Node))
            && view.Measures.Select(m => m.Measure).SequenceEqual(plan.Measures)
            && view.Measures.All(m => m.Budget == budget.Lines.Where(b => b.Measure.Id == m.Measure.Id).Aggregate(default(BudgetFigures), (a, b) => a + b.Figures))
            && view.Measures.Aggregate(default(BudgetFigures), (a, m) => a + m.Budget) == view.Budget
            && doc.RootElement.GetProperty("lines").EnumerateArray().All(l =>
                l.GetProperty("needPercent").GetDecimal() == l.GetProperty("coveredPercent").GetDecimal() + l.GetProperty("leftPercent").GetDecimal())
            && Schemas.Evaluate(Schema, json).IsValid).ToProperty();
    }

    [Fact]
    public void View_CarriesTheNamesTheRenderersShow()
    {
        var plan = MeasurePlan.Plan;
        var view = View(plan, Bodo2013, plan.Organisation.Root.Id);
        Assert.Equal(plan.Goals, view.Goals);
        Assert.All(view.Lines, l =>
        {
            Assert.Equal(plan.GetCompetence(l.Key.Competence).Name, view.NameOf(l.Key.Competence));
            Assert.Equal(plan.Organisation[l.Node].Name, view.NameOf(l.Node));
        });
        Assert.Throws<KeyNotFoundException>(() => view.NameOf(new NodeId("atlantis")));
    }

    [Fact]
    public void Create_UnknownScope_IsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => View(MeasurePlan.Plan, Bodo2013, new NodeId("atlantis")));

    [Fact]
    public void Create_EvaluationOfAnotherPlan_SaysWhichMeasuresDoNotFit()
    {
        // The Gjøvik example's evaluation plan against the Bodø test plan: none of its measures is the test plan's.
        var plan = MeasurePlan.Plan;
        var error = Assert.Throws<ArgumentException>(() => View(plan, Bodo2013, plan.Organisation.Root.Id, MeasureEvaluationPlan.Of(Gjovik, [])));
        Assert.Contains("missing: grunnopplaering", error.Message, StringComparison.Ordinal);
        Assert.Contains("legemiddel-e-laering", error.Message, StringComparison.Ordinal);
        Assert.Equal("evaluation", error.ParamName);
    }
}
