using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Inventory;

/// <summary>The rest of Lai and KS step 5 in the inventory: components × forms, staffing beside competence, evidence disagreements.</summary>
public class InventoryLaiTests
{
    private static readonly LocalDate Date = new(2026, 9, 1);
    private static readonly NodeId Root = new("kommune");
    private static readonly NodeId Home = new("hjemme");
    private static readonly NodeId Nursing = new("sykehjem");
    private static readonly CompetenceId Dementia = new("demens");
    private static readonly CompetenceId Leading = new("ledelse");
    private static readonly CompetenceId Ethics = new("etikk");

    private static readonly Organisation Org = new([
        new OrganisationNode(Root, null, kind: NodeKind.Municipality),
        new OrganisationNode(Home, Root),
        new OrganisationNode(Nursing, Root),
    ]);

    private static readonly ReKs.Competence.Model.Competence[] Competences =
    [
        new(Dementia, new LocalizedText("Demensomsorg"), LaiComponents.Knowledge | LaiComponents.Attitudes, LaiForm.Professional),
        new(Leading, new LocalizedText("Ledelse"), LaiComponents.Skills, LaiForm.Managerial),
        new(Ethics, new LocalizedText("Etisk refleksjon"), LaiComponents.Attitudes, LaiForm.Social),
    ];

    private static Person Nurse(string id, NodeId node, int percent, params Holding[] holdings) =>
        new(new PersonId(id), node, PositionShare.FromPercent(percent), holdings, positionType: PositionType.Nurse, education: HealthEducation.Higher);

    private static Holding Holds(CompetenceId c, int level) => new(c, new ProficiencyLevel(level), CompetenceBasis.Informal, used: true);

    [Fact]
    public void Grid_CountsEachPersonOncePerCell_AndTheCompetencesEachCellHas()
    {
        var plan = new CompetencePlan(new LocalizedText("Plan"), Org, Competences,
            [Nurse("p1", Home, 100, Holds(Dementia, 2), Holds(Ethics, 3)), Nurse("p2", Nursing, 50, Holds(Leading, 1), Holds(Dementia, 3))], []);
        var root = CompetenceInventory.Compute(plan, Date).Nodes.Single(n => n.Node == Root);

        Assert.Equal(16, root.Grid.Length);
        Assert.Equal(2, root.Cell(LaiForm.Professional, LaiComponents.Knowledge).Heads);
        Assert.Equal(2, root.Cell(LaiForm.Professional, LaiComponents.Attitudes).Heads);
        Assert.Equal(PositionShare.FromPercent(150), root.Cell(LaiForm.Professional, LaiComponents.Attitudes).Share);
        Assert.Equal(1, root.Cell(LaiForm.Managerial, LaiComponents.Skills).Heads);
        Assert.Equal(1, root.Cell(LaiForm.Social, LaiComponents.Attitudes).Heads);
        Assert.Equal(0, root.Cell(LaiForm.Personal, LaiComponents.Abilities).Heads);
        Assert.Equal(1, root.Cell(LaiForm.Professional, LaiComponents.Knowledge).Competences);
        Assert.Equal(0, root.Cell(LaiForm.Personal, LaiComponents.Knowledge).Competences);
        Assert.Throws<ArgumentException>(() => root.Cell(LaiForm.Social, LaiComponents.Skills | LaiComponents.Attitudes));
    }

    [Fact]
    public void Staffing_CountsPositionAndEducationPerSubtree_AndSetsRequirementsAgainstThem()
    {
        var worker = new Person(new PersonId("p3"), Home, PositionShare.FromPercent(80), positionType: PositionType.HealthWorker, education: HealthEducation.UpperSecondary);
        var staffing = new[]
        {
            new StaffingRequirement(Root, PositionType.Nurse, PositionShare.FromPercent(250), HealthEducation.Higher),
            new StaffingRequirement(Home, PositionType.HealthWorker, PositionShare.FromPercent(50)),
            new StaffingRequirement(Nursing, PositionType.Nurse, PositionShare.FromPercent(100), from: new LocalDate(2027, 1, 1)),
        };
        var plan = new CompetencePlan(new LocalizedText("Plan"), Org, Competences, [Nurse("p1", Home, 100), Nurse("p2", Nursing, 50), worker], [], staffing: staffing);
        var report = CompetenceInventory.Compute(plan, Date);

        var rootNurses = report.Staffing.Single(s => s.Node == Root && s.PositionType == PositionType.Nurse);
        Assert.Equal((2, PositionShare.FromPercent(150), HealthEducation.Higher), (rootNurses.Heads, rootNurses.Share, rootNurses.Education));
        Assert.DoesNotContain(report.Staffing, s => s.Node == Nursing && s.PositionType == PositionType.HealthWorker);

        var (nurses, workers, later) = (report.StaffingLines[0], report.StaffingLines[1], report.StaffingLines[2]);
        Assert.Equal((2, PositionShare.FromPercent(150), PositionShare.FromPercent(100), PositionShare.Zero), (nurses.Heads, nurses.Present, nurses.Shortfall, nurses.Over));
        Assert.Equal((PositionShare.Zero, PositionShare.FromPercent(30)), (workers.Shortfall, workers.Over));
        Assert.False(later.Applies);
        Assert.Equal((PositionShare.Zero, PositionShare.FromPercent(50)), (later.Shortfall, later.Over));
    }

    [Property]
    public Property StaffingLine_ShortfallPlusPresentLessOver_IsTheRequiredAmount(PositiveInt required, NonNegativeInt[] shares)
    {
        var amount = PositionShare.FromHundredths(Math.Min(required.Get, 1_000_000));
        var people = shares.Take(20).Select((s, i) => new Person(new PersonId($"p{i}"), Home, PositionShare.FromHundredths((s.Get % 10_000) + 1), positionType: PositionType.Nurse)).ToList();
        var plan = new CompetencePlan(new LocalizedText("Plan"), Org, Competences, people, [], staffing: [new StaffingRequirement(Home, PositionType.Nurse, amount)]);
        var line = Assert.Single(CompetenceInventory.Compute(plan, Date).StaffingLines);
        var balanced = line.Shortfall.Hundredths + line.Present.Hundredths - line.Over.Hundredths == amount.Hundredths;
        var oneSided = line.Shortfall == PositionShare.Zero || line.Over == PositionShare.Zero;
        return (balanced && oneSided && line.Heads == people.Count).ToProperty();
    }

    [Fact]
    public void Disagreements_AreListedForEmployedPeople_WithTheLevelThatCounts()
    {
        // Issue "The plan closes the loop": documented level 2 and self-declared level 4 — the documented level counts.
        var course = new Evidence(Dementia, new ProficiencyLevel(2), EvidenceKind.Course, EvidenceSource.Documented, new LocalDate(2024, 5, 1));
        var self = new Evidence(Dementia, new ProficiencyLevel(4), EvidenceKind.Assessment, EvidenceSource.SelfDeclared, new LocalDate(2025, 3, 1));
        var resolved = EvidenceResolver.Resolve([course, self], EvidencePrecedence.Default);
        var person = new Person(new PersonId("p9"), Home, PositionShare.FullTime, resolved, evidence: [course, self]);
        var gone = new Person(new PersonId("p8"), Home, PositionShare.FullTime, resolved, leaves: new LocalDate(2025, 1, 1), evidence: [course, self]);
        var plan = new CompetencePlan(new LocalizedText("Plan"), Org, Competences, [person, gone], []);

        var d = Assert.Single(CompetenceInventory.Compute(plan, Date).Disagreements);
        Assert.Equal((new PersonId("p9"), Dementia, EvidenceSource.Documented), (d.Person, d.Competence, d.Counted.Source));
        Assert.Equal(new ProficiencyLevel(2), d.Counted.Level);
        var row = CompetenceInventory.Compute(plan, Date).Rows.Single(r => r.Node == Home && r.Competence == Dementia);
        Assert.Equal(1, row.HeadsByLevel[1]); // counted at level 2, not 4
    }

    [Fact]
    public void Narrative_NamesTheLevelByThePlansLabel()
    {
        // The issue: "the plan's proficiency labels wherever a level is printed".
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
        var analysis = GapAnalyzer.Analyse(plan, Date);
        var line = analysis.Lines.First();
        Assert.Contains($"level {line.MinLevel} ({plan.Scale.LabelOf(line.MinLevel).English})", analysis.Explain(line).Narrative(Language.English), StringComparison.Ordinal);
        Assert.Contains($"nivå {line.MinLevel} ({plan.Scale.LabelOf(line.MinLevel).Norwegian})", analysis.Explain(line).Narrative(Language.Norwegian), StringComparison.Ordinal);
    }

    [Fact]
    public void StaffingRequirement_ToAnUnknownNode_IsReportedAtItsPath()
    {
        var e = Assert.Throws<ValidationException>(() => new CompetencePlan(new LocalizedText("Plan"), Org, Competences, [], [],
            staffing: [new StaffingRequirement(new NodeId("nowhere"), PositionType.Nurse, PositionShare.FullTime)]));
        Assert.Contains(e.Problems, p => p.Path == "$.staffing[0].node" && p.Kind == ProblemKind.UnknownReference);
    }

    [Fact]
    public void GoalResources_AreNotPersonYears_TheGapAnalysisIgnoresThem()
    {
        var goal = new GoalId("g1");
        var requirement = new Requirement(Home, Dementia, new ProficiencyLevel(2), PositionShare.FromPercent(200), [goal]);
        Goal Make(params GoalResource[] resources) => new(goal, new LocalizedText("Mål"), resources: resources);
        var bare = new CompetencePlan(new LocalizedText("Plan"), Org, Competences, [Nurse("p1", Home, 100, Holds(Dementia, 2))], [requirement], [Make()]);
        var rich = new CompetencePlan(new LocalizedText("Plan"), Org, Competences, [Nurse("p1", Home, 100, Holds(Dementia, 2))], [requirement],
            [Make(new GoalResource(ResourceKind.Network, new LocalizedText("Læringsnettverk (USHT)")), new GoalResource(ResourceKind.Funds, new LocalizedText("Følgeforskning - midler")))]);
        var (a, b) = (GapAnalyzer.Analyse(bare, Date), GapAnalyzer.Analyse(rich, Date));
        Assert.Equal(a.Lines.Select(l => l.Figures), b.Lines.Select(l => l.Figures));
        Assert.Equal(2, rich.Goals[0].Resources.Length);
    }

    [Fact]
    public void Document_StaffingAndGoalResources_RoundTripAndReportBadValuesAtTheirPaths()
    {
        var plan = new CompetencePlan(new LocalizedText("Plan"), Org, Competences, [Nurse("p1", Home, 100)], [],
            [new Goal(new GoalId("g1"), new LocalizedText("Mål"), resources: [new GoalResource(ResourceKind.Agreement, new LocalizedText("Samarbeidsavtale med Sykehuset Innlandet", "Agreement with the hospital trust"), new LocalizedText("Tjenesteavtale"))])],
            staffing: [new StaffingRequirement(Home, PositionType.HealthWorker, PositionShare.FromPercent(150.5m), HealthEducation.UpperSecondary, new LocalDate(2027, 1, 1))]);
        var text = PlanDocument.WriteString(plan);
        Assert.Equal(plan, PlanDocument.Parse(text).GetValueOrThrow());

        var bad = text.Replace("\"agreement\"", "\"treaty\"", StringComparison.Ordinal).Replace("\"amountPercent\": 150.5", "\"amountPercent\": 0", StringComparison.Ordinal);
        var result = PlanDocument.Parse(bad);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == "$.goals[0].resources[0].kind");
        Assert.Contains(result.Problems, p => p.Path == "$.staffing[0].amountPercent");
    }

    [Fact]
    public void Grid_AgreesWithTheComponentCounts_OnTheRegionExample()
    {
        // A person holding a competence with a component is in at least one form's cell of it and in no more than the
        // component's count: the grid refines the four-component summary, it never invents people.
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
        foreach (var node in CompetenceInventory.Compute(plan, Date).Nodes)
        {
            foreach (var component in node.Components)
            {
                var cells = node.Grid.Where(c => c.Component == component.Component).ToList();
                Assert.Equal(4, cells.Count);
                Assert.All(cells, c => Assert.InRange(c.Heads, 0, component.Heads));
                Assert.InRange(component.Heads, cells.Max(c => c.Heads), cells.Sum(c => c.Heads));
            }
        }
    }
}
