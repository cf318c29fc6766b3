using System.Text.Json.Nodes;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// Employment decides who counts and who creates lines (docs/gap-analysis.md, "Lines": only people employed at t,
/// started and not yet left, create lines; public fixture gap-analysis/future-starter.json), and <c>leaves</c> must be
/// after <c>starts</c> (invalid input otherwise, reported at its path).
/// </summary>
public class EmploymentTests
{
    private static readonly LocalDate T = new(2026, 9, 1);
    private static readonly CompetenceId Wound = new("wound");
    private static readonly NodeId Unit = new("unit");

    private static CompetencePlan Plan(params Person[] people) => new(
        new LocalizedText("employment"),
        new Organisation([new OrganisationNode(Unit, null, new LocalizedText("Unit"))]),
        [new ReKs.Competence.Model.Competence(Wound, new LocalizedText("Wound care"), LaiComponents.Skills)],
        people,
        [new Requirement(Unit, Wound, new ProficiencyLevel(2), PositionShare.FromPercent(100))]);

    private static Person Nurse(string id, LocalDate? starts, LocalDate? leaves, int level = 2) =>
        new(new PersonId(id), Unit, PositionShare.FromPercent(100), [new Holding(Wound, new ProficiencyLevel(level), CompetenceBasis.Formal, true)], starts: starts, leaves: leaves);

    [Fact]
    public void Analyse_FutureStarter_CreatesNoLineAndCountsNowhere()
    {
        // A starter holding level 3 of an unrequired level: were they employed, their holding would create the level-2
        // line on a node with no requirement; as a future starter they create none.
        var plan = new CompetencePlan(
            new LocalizedText("employment"),
            new Organisation([new OrganisationNode(new NodeId("root"), null, new LocalizedText("Root"), NodeKind.Municipality), new OrganisationNode(Unit, new NodeId("root"), new LocalizedText("Unit"))]),
            [new ReKs.Competence.Model.Competence(Wound, new LocalizedText("Wound care"), LaiComponents.Skills)],
            [Nurse("starter", T.PlusDays(1), null, level: 3)],
            [new Requirement(new NodeId("root"), Wound, new ProficiencyLevel(2), PositionShare.FromPercent(100))]);
        var analysis = GapAnalyzer.Analyse(plan, T);
        Assert.Empty(analysis.LinesOf(Unit));

        var employed = GapAnalyzer.Analyse(plan, T.PlusDays(1));
        var line = Assert.Single(employed.LinesOf(Unit));
        Assert.Equal(100m, line.Figures.UsedSupply.Percent);
    }

    [Fact]
    public void Analyse_StarterOnTheDate_CountsAndLeaverOnTheDate_DoesNot()
    {
        var analysis = GapAnalyzer.Analyse(Plan(Nurse("starts-today", T, null), Nurse("leaves-today", new LocalDate(2020, 1, 1), T)), T);
        var line = Assert.Single(analysis.LinesOf(Unit));
        Assert.Equal(100m, line.Figures.UsedSupply.Percent);
        Assert.Equal(1, line.Figures.Heads);
    }

    [Fact]
    public void Person_LeavesOnTheDayTheyStart_IsRejectedNamingLeaves()
    {
        var error = Assert.Throws<ArgumentException>(() => Nurse("p1", T, T));
        Assert.Equal("leaves", error.ParamName);
        Assert.Contains("2026-09-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-09-01")]
    [InlineData("2026-08-31")]
    public void Read_LeavesNotAfterStarts_IsADateOrderProblemAtItsPath(string leaves)
    {
        var doc = JsonNode.Parse(File.ReadAllText(Repo.Path("docs", "examples", "gjovik-region.json")))!.AsObject();
        var person = doc["people"]![3]!.AsObject();
        person["starts"] = "2026-09-01";
        person["leaves"] = leaves;
        var result = PlanDocument.Parse(doc.ToJsonString());
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemKind.DateOrder, problem.Kind);
        Assert.Equal("$.people[3].leaves", problem.Path);
    }
}
