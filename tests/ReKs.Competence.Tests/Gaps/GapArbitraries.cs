using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>A generated plan to analyse, with its as-of date and options.</summary>
public sealed record GapScenario(CompetencePlan Plan, LocalDate AsOf, GapOptions Options)
{
    public override string ToString() =>
        $"asOf {AsOf:uuuu-MM-dd}, reach {Options.DevelopReach}, minHeads {Options.MinHeads}, m {Options.MinGroupSize}\n" + ReKs.Competence.Documents.PlanDocument.WriteString(Plan);
}

/// <summary>A change a what-if call can make.</summary>
public sealed record GapChangeSeed(int Kind, int Pick, Person NewPerson, Requirement NewRequirement, Holding NewHolding);

/// <summary>
/// FsCheck generators for the gap engine: small organisations (a root, up to three children, up to two grandchildren
/// each), three competences, people and requirements whose dates fall before, on or after the as-of date, unassessed
/// levels, expired and not-yet-valid holdings, aspirations, own minimum heads.
/// </summary>
public static class GapArbitraries
{
    public static readonly LocalDate T = new(2026, 3, 1);

    private static readonly string[] CompetenceIds = ["dementia", "medication", "palliative"];
    private static readonly string[] GoalIds = ["g1", "g2"];

    public static Arbitrary<GapScenario> Scenarios() => Arb.From(ScenarioGen());

    public static Arbitrary<GapChangeSeed> Changes() => Arb.From(
        from kind in Gen.Choose(0, 5)
        from pick in Gen.Choose(0, 1000)
        from node in Gen.Elements(NodeIds(3, 2))
        from person in PersonGen(node, 999)
        from requirement in RequirementGen(NodeIds(1, 0))
        from holding in HoldingGen()
        select new GapChangeSeed(kind, pick, person, requirement, holding));

    /// <summary>Small organisations on one key, in the shape of the regional-export fixtures: a random tree of up to 10
    /// nodes (any node may be a parent), people on internal nodes as well as on leaves, amounts 0 or more, k of 2, 3 or 5.</summary>
    public static Arbitrary<RegionalCase> RegionalCases() => Arb.From(RegionalCaseGen());

    public static Gen<RegionalCase> RegionalCaseGen() =>
        from size in Gen.Choose(1, 10)
        from names in Gen.Shuffle(RegionalNames)
        from parents in Gen.CollectToList(Enumerable.Range(1, size - 1), i => Gen.Choose(0, i - 1))
        from people in Gen.ListOf(Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Choose(1, 4)), (2, Gen.Choose(5, 9))), size)
        from amounts in Gen.ListOf(Gen.Elements(0, 0, 50, 100, 200), size)
        from k in Gen.Elements(2, 3, 3, 5)
        let anyAmount = amounts.Any(a => a > 0)
        select new RegionalCase(
            "generated",
            k,
            [.. Enumerable.Range(0, size).Select(i => new RegionalNodeSeed(names[i], i == 0 ? null : names[parents[i - 1]], people[i], i == 0 && !anyAmount ? 100 : amounts[i]))]);

    private static readonly string[] RegionalNames = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k1", "k2"];

    public static Gen<GapScenario> ScenarioGen() =>
        from children in Gen.Choose(1, 3)
        from grandchildren in Gen.Choose(0, 2)
        let nodes = NodeIds(children, grandchildren)
        from peopleCount in Gen.Choose(0, 14)
        from people in Gen.CollectToList(Enumerable.Range(0, peopleCount), i => from n in Gen.Elements(nodes) from p in PersonGen(n, i) select p)
        from requirementCount in Gen.Choose(0, 9)
        from requirements in Gen.ListOf(RequirementGen(nodes), requirementCount)
        from reach in Gen.Choose(0, 2)
        from minHeads in Gen.Choose(1, 3)
        from minGroup in Gen.Choose(1, 4)
        select new GapScenario(Plan(children, grandchildren, people, requirements), T, new GapOptions(reach, minHeads, minGroup));

    public static CompetencePlan Plan(int children, int grandchildren, IEnumerable<Person> people, IEnumerable<Requirement> requirements) =>
        new(
            new LocalizedText("generert"),
            Organisation(children, grandchildren),
            CompetenceIds.Select(c => new ReKs.Competence.Model.Competence(new CompetenceId(c), new LocalizedText(c), LaiComponents.Knowledge)),
            people,
            requirements,
            GoalIds.Select(g => new Goal(new GoalId(g), new LocalizedText(g))));

    /// <summary>The node ids of a generated organisation: n, n.0 …, n.0.0 … (every listed node exists whatever the sizes used).</summary>
    public static string[] NodeIds(int children, int grandchildren) =>
        ["n", .. Enumerable.Range(0, children).SelectMany(c => new[] { $"n.{c}" }.Concat(Enumerable.Range(0, grandchildren).Select(g => $"n.{c}.{g}")))];

    private static Organisation Organisation(int children, int grandchildren) =>
        new(NodeIds(children, grandchildren).Select(id => new OrganisationNode(new NodeId(id), id == "n" ? null : new NodeId(id[..id.LastIndexOf('.')]))));

    private static Gen<LocalDate?> DateNear() => Gen.Frequency(
        (4, Gen.Constant<LocalDate?>(null)),
        (1, Gen.Constant<LocalDate?>(T)),
        (3, Gen.Choose(-500, 500).Select(d => (LocalDate?)T.PlusDays(d))));

    private static Gen<Holding> HoldingGen() =>
        from competence in Gen.Elements(CompetenceIds)
        from level in Gen.Frequency((8, Gen.Choose(1, 4).Select(l => (ProficiencyLevel?)new ProficiencyLevel(l))), (1, Gen.Constant<ProficiencyLevel?>(null)))
        from formal in Gen.Elements(true, false)
        from used in Gen.Elements(true, true, false)
        from validFrom in DateNear()
        from validUntil in DateNear()
        select new Holding(new CompetenceId(competence), level, formal ? CompetenceBasis.Formal : CompetenceBasis.Informal, used, validFrom, validUntil);

    private static Gen<Person> PersonGen(string node, int index) =>
        from share in Gen.Elements(20m, 33.33m, 50m, 75m, 80m, 100m, 12.5m)
        from starts in DateNear()
        from leaves in DateNear()
        from holdingCount in Gen.Choose(0, 3)
        from holdings in Gen.ListOf(HoldingGen(), holdingCount)
        from aspires in Gen.Frequency((3, Gen.Constant(Array.Empty<string>())), (1, Gen.SubListOf(CompetenceIds).Select(l => l.ToArray())))
        let ordered = Ordered(starts, leaves)
        select new Person(
            new PersonId($"p{index}"),
            new NodeId(node),
            PositionShare.FromPercent(share),
            holdings,
            aspires.Select(a => new CompetenceId(a)),
            ordered.Starts,
            ordered.Leaves);

    /// <summary>Puts two generated dates in a valid order: leaves after starts (a same-day pair leaves a day later).</summary>
    private static (LocalDate? Starts, LocalDate? Leaves) Ordered(LocalDate? starts, LocalDate? leaves) =>
        starts is { } s && leaves is { } l
            ? (LocalDate.Min(s, l), LocalDate.Max(s, l) == LocalDate.Min(s, l) ? s.PlusDays(1) : LocalDate.Max(s, l))
            : (starts, leaves);

    private static Gen<Requirement> RequirementGen(string[] nodes) =>
        from node in Gen.Elements(nodes)
        from competence in Gen.Elements(CompetenceIds)
        from level in Gen.Choose(1, 4)
        from amount in Gen.Elements(20m, 50m, 100m, 150m, 200m, 33.33m)
        from minHeads in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 3).Select(h => (int?)h)))
        from start in Gen.Frequency((3, Gen.Constant<LocalDate?>(null)), (1, DateNear()))
        from neededBy in DateNear()
        from goals in Gen.SubListOf(GoalIds)
        select new Requirement(new NodeId(node), new CompetenceId(competence), new ProficiencyLevel(level), PositionShare.FromPercent(amount), goals.Select(g => new GoalId(g)), minHeads, start, neededBy);
}
