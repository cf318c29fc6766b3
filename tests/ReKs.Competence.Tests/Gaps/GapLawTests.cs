using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The laws of the gap semantics (docs/gap-analysis.md, "Laws"), each over 1 000 generated plans.</summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 1000)]
public class GapLawTests
{
    [Property]
    public Property Conservation_HoldsOnEveryLineAndEveryNetView(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var lines = a.Lines.All(l => l.Figures.Gap == l.Figures.Mobilise + l.Figures.Develop + l.Figures.Acquire);
        var nets = a.Organisation.Nodes.All(n => a.NetOf(n.Id).Values.All(v => v.Gap == v.Mobilise + v.Develop + v.Acquire));
        return (lines && nets).ToProperty();
    }

    [Property]
    public Property Rollup_IsAFoldOfMergesInAnyOrderAndGrouping(GapScenario s, int seed)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var random = new Random(seed);
        return a.Organisation.Nodes.All(node =>
        {
            var parts = a.Organisation.ChildrenOf(node.Id).Select(c => a.PartialOf(c.Id)).Append(GapPartial.Of(a.LinesOf(node.Id))).OrderBy(_ => random.Next()).ToList();
            var leftFold = parts.Aggregate(GapPartial.Empty, (x, y) => x.Merge(y));
            var rightFold = Enumerable.Reverse(parts).Aggregate(GapPartial.Empty, (x, y) => y.Merge(x));
            var pairwise = MergePairwise(parts);
            return leftFold == a.PartialOf(node.Id) && rightFold == a.PartialOf(node.Id) && pairwise == a.PartialOf(node.Id);
        }).ToProperty();
    }

    [Property]
    public Property Rollup_ShardsAnalysedWithTheWholePlansLevelSetsMergeToTheWhole(GapScenario s)
    {
        var whole = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var levels = GapLevelSets.Of(s.Plan, s.AsOf);
        var root = s.Plan.Organisation.Root.Id;
        var shards = s.Plan.Organisation.ChildrenOf(root).Select(c => Shard(s.Plan, c.Id)).Append(Shard(s.Plan, root, rootOnly: true))
            .Select(shard => GapAnalyzer.AnalyseShard(shard, s.AsOf, s.Options, levels))
            .Select(x => x.PartialOf(x.Organisation.Root.Id));
        return (GapPartial.MergeAll(shards) == whole.PartialOf(root)).ToProperty();
    }

    [Property]
    public Property Monotonicity_AddingAPersonNeverIncreasesGapOrAcquire(GapScenario s, GapChangeSeed change)
    {
        var before = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var node = s.Plan.Organisation.Nodes[change.Pick % s.Plan.Organisation.Nodes.Length].Id;
        var after = GapAnalyzer.Analyse(s.Plan.WithPerson(change.NewPerson.WithNode(node)), s.AsOf, s.Options);
        var lines = before.LinesOf(node).All(l => after.LineOf(node, l.Key) is { } x && x.Figures.Gap <= l.Figures.Gap && x.Figures.Acquire <= l.Figures.Acquire);
        var nets = NetsNeverIncrease(before, after, n => n.Gap, n => n.Acquire);
        return (lines && nets).ToProperty();
    }

    [Property]
    public Property Monotonicity_RemovingARequirementNeverIncreasesGapDevelopOrAcquire(GapScenario s, GapChangeSeed change)
    {
        if (s.Plan.Requirements.IsEmpty)
        {
            return true.ToProperty();
        }

        var before = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var after = GapAnalyzer.Analyse(s.Plan.WithoutRequirement(s.Plan.Requirements[change.Pick % s.Plan.Requirements.Length]), s.AsOf, s.Options);
        var lines = after.Lines.All(x => before.LineOf(x.Node, x.Key) is { } l
            ? x.Figures.Gap <= l.Figures.Gap && x.Figures.Develop <= l.Figures.Develop && x.Figures.Acquire <= l.Figures.Acquire
            : x.Figures.Gap == PositionShare.Zero);
        var nets = NetsNeverIncrease(before, after, n => n.Gap, n => n.Develop, n => n.Acquire);
        return (lines && nets).ToProperty();
    }

    [Property]
    public Property Time_LeaversAndExpiredHoldingsContributeNothingQualified(GapScenario s, GapChangeSeed change)
    {
        if (s.Plan.People.IsEmpty)
        {
            return true.ToProperty();
        }

        var person = s.Plan.People[change.Pick % s.Plan.People.Length];
        var left = new Person(person.Id, person.Node, person.Share, person.Holdings, person.Aspirations, starts: null, leaves: s.AsOf.PlusDays(-change.Pick % 3));
        var expired = person.WithHoldings(person.Holdings.Select(h => new Holding(h.Competence, h.Level, h.Basis, h.Used, h.ValidFrom, s.AsOf.PlusDays(-1))));
        bool NeverQualified(Person p)
        {
            var a = GapAnalyzer.Analyse(s.Plan.WithPerson(p), s.AsOf, s.Options);
            return a.LinesOf(p.Node).All(l => a.Explain(l).People.All(c => c.Person != p.Id || c.Class is PersonClass.None or PersonClass.Developable));
        }

        return (NeverQualified(left) && NeverQualified(expired)).ToProperty();
    }

    [Property]
    public Property WhatIf_EqualsAFullReanalysis(GapScenario s, GapChangeSeed change)
    {
        var before = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var nodes = s.Plan.Organisation.Nodes;
        var people = s.Plan.People;
        var (incremental, plan) = change.Kind switch
        {
            0 => Apply(p => before.WithPerson(p), s.Plan.WithPerson, change.NewPerson.WithNode(nodes[change.Pick % nodes.Length].Id)),
            1 when !people.IsEmpty => (before.WithoutPerson(people[change.Pick % people.Length].Id), s.Plan.WithoutPerson(people[change.Pick % people.Length].Id)),
            2 => Apply(before.WithRequirement, s.Plan.WithRequirement, change.NewRequirement),
            3 when !s.Plan.Requirements.IsEmpty => Apply(before.WithoutRequirement, s.Plan.WithoutRequirement, s.Plan.Requirements[change.Pick % s.Plan.Requirements.Length]),
            4 when !people.IsEmpty => (before.WithHolding(people[change.Pick % people.Length].Id, change.NewHolding), s.Plan.WithPerson(people[change.Pick % people.Length].AddHolding(change.NewHolding))),
            5 when !people.IsEmpty && !people[change.Pick % people.Length].Holdings.IsEmpty => RemoveHolding(before, s.Plan, people[change.Pick % people.Length]),
            _ => (before, s.Plan),
        };
        var full = GapAnalyzer.Analyse(plan, s.AsOf, s.Options);
        return (Same(incremental, full) && incremental.Plan == plan).ToProperty();
    }

    [Property]
    public Property WhatIf_ChainOfMovesAndEditsOfOneNode_EqualsAFullReanalysis(GapScenario s, GapChangeSeed change)
    {
        // A what-if copies the columns of the people who stay in a node and builds only the changed person's; this chain
        // edits a node that an earlier what-if already changed (its columns are the what-if's own), moves a person
        // between two nodes (both change), and changes a person in place (they leave and rejoin the same node).
        if (s.Plan.People.IsEmpty)
        {
            return true.ToProperty();
        }

        var nodes = s.Plan.Organisation.Nodes;
        var person = s.Plan.People[change.Pick % s.Plan.People.Length];
        var target = nodes[(change.Pick / 7) % nodes.Length].Id;
        var moved = person.WithNode(target);
        var newcomer = change.NewPerson.WithNode(target);
        var changed = person.WithHoldings(person.Holdings.Add(change.NewHolding));
        var incremental = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options)
            .WithPerson(newcomer).WithPerson(moved).WithPerson(changed.WithNode(target)).WithoutPerson(newcomer.Id).WithPerson(newcomer);
        var plan = s.Plan.WithPerson(newcomer).WithPerson(moved).WithPerson(changed.WithNode(target)).WithoutPerson(newcomer.Id).WithPerson(newcomer);
        return (Same(incremental, GapAnalyzer.Analyse(plan, s.AsOf, s.Options)) && incremental.Plan == plan).ToProperty();
    }

    [Property]
    public Property Explanation_PeopleAddUpToTheLinesFigures(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        return a.Lines.All(l =>
        {
            var e = a.Explain(l);
            long Sum(PersonClass c) => e.People.Where(p => p.Class == c).Sum(p => p.Share.Hundredths);
            return Sum(PersonClass.QualifiedUsed) == l.Figures.UsedSupply.Hundredths
                && Sum(PersonClass.QualifiedUnused) == l.Figures.UnusedSupply.Hundredths
                && Sum(PersonClass.Developable) == l.Figures.Developable.Hundredths
                && e.People.Count(p => p.Class is PersonClass.QualifiedUsed or PersonClass.QualifiedUnused) == l.Figures.Heads;
        }).ToProperty();
    }

    internal static bool Same(GapAnalysis x, GapAnalysis y) =>
        x.Lines.SequenceEqual(y.Lines) && x.LevelSets == y.LevelSets && x.Organisation.Nodes.All(n => x.PartialOf(n.Id) == y.PartialOf(n.Id));

    private static (GapAnalysis, CompetencePlan) Apply<T>(Func<T, GapAnalysis> incremental, Func<T, CompetencePlan> plan, T change) => (incremental(change), plan(change));

    private static (GapAnalysis, CompetencePlan) RemoveHolding(GapAnalysis before, CompetencePlan plan, Person person)
    {
        var holding = person.Holdings[0];
        return (before.WithoutHolding(person.Id, holding), plan.WithPerson(person.WithHoldings(person.Holdings.RemoveAt(0))));
    }

    private static bool NetsNeverIncrease(GapAnalysis before, GapAnalysis after, params Func<NetFigures, PositionShare>[] figures) =>
        after.Organisation.Nodes.All(n =>
        {
            var b = before.NetOf(n.Id);
            return after.NetOf(n.Id).All(kv => figures.All(f => f(kv.Value) <= (b.TryGetValue(kv.Key, out var old) ? f(old) : PositionShare.Zero)));
        });

    private static GapPartial MergePairwise(List<GapPartial> parts) =>
        parts.Count switch
        {
            0 => GapPartial.Empty,
            1 => parts[0],
            _ => MergePairwise(parts.Take(parts.Count / 2).ToList()).Merge(MergePairwise(parts.Skip(parts.Count / 2).ToList())),
        };

    /// <summary>A shard: the sub-tree of a node (re-rooted) with its people and requirements; or the node alone.</summary>
    internal static CompetencePlan Shard(CompetencePlan plan, NodeId top, bool rootOnly = false)
    {
        var nodes = rootOnly ? [plan.Organisation[top]] : plan.Organisation.SubtreeOf(top).ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet();
        return new CompetencePlan(
            plan.Name,
            new Organisation(nodes.Select(n => n.Id == top ? new OrganisationNode(n.Id, null, n.Name, n.Kind) : n)),
            plan.Competences,
            plan.People.Where(p => ids.Contains(p.Node)),
            plan.Requirements.Where(r => ids.Contains(r.Node)),
            plan.Goals,
            scale: plan.Scale);
    }
}
