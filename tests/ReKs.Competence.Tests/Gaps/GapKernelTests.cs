using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The columnar kernel: the parallel result equals the sequential one, dense merging equals pairwise merging, and on
/// the national workload (at a small size) the lines agree with the specification's classification person by person,
/// what-ifs equal a full re-analysis, and municipal shards merge to the whole.
/// </summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 500)]
public class GapKernelTests
{
    private static readonly Lazy<CompetencePlan> Sample = new(() => NationalWorkload.Create(64, peopleScale: 8));

    [Property]
    public Property Parallel_EqualsSequential(GapScenario s) =>
        GapLawTests.Same(GapAnalysis.Create(s.Plan, s.AsOf, s.Options, GapLevelSets.Empty, parallel: true), GapAnalysis.Create(s.Plan, s.AsOf, s.Options, GapLevelSets.Empty, parallel: false)).ToProperty();

    [Property]
    public Property MergeAll_EqualsAFoldOfPairwiseMerges(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);

        // Partials of one analysis share a key space (dense path); partials of lines do not (union path).
        var shared = a.Organisation.Nodes.Select(n => a.PartialOf(n.Id)).ToList();
        var own = a.Organisation.Nodes.Select(n => GapPartial.Of(a.LinesOf(n.Id))).ToList();
        return (GapPartial.MergeAll(shared) == shared.Aggregate(GapPartial.Empty, (x, y) => x.Merge(y))
            && GapPartial.MergeAll(own) == a.PartialOf(a.Organisation.Root.Id)
            && GapPartial.MergeAll(own.Concat(shared)) == own.Concat(shared).Aggregate(GapPartial.Empty, (x, y) => y.Merge(x))).ToProperty();
    }

    [Fact]
    public void Analyse_NationalSample_ParallelEqualsSequential()
    {
        var plan = Sample.Value;
        var parallel = GapAnalysis.Create(plan, NationalWorkload.AsOf, GapOptions.Default, GapLevelSets.Empty, parallel: true);
        var sequential = GapAnalysis.Create(plan, NationalWorkload.AsOf, GapOptions.Default, GapLevelSets.Empty, parallel: false);
        Assert.True(GapLawTests.Same(parallel, sequential));
        Assert.True(parallel.Lines.Length > 1000, "the sample is big enough to split across cores");
    }

    [Fact]
    public void Analyse_NationalSample_EveryLineAgreesWithItsExplanationPersonByPerson()
    {
        // The explanation classifies people with the specification's rules over the plan's objects, not the columns.
        var a = GapAnalyzer.Analyse(Sample.Value, NationalWorkload.AsOf);
        Assert.All(a.Lines, l =>
        {
            var e = a.Explain(l);
            long Sum(PersonClass c) => e.People.Where(p => p.Class == c).Sum(p => p.Share.Hundredths);
            Assert.Equal(l.Figures.UsedSupply.Hundredths, Sum(PersonClass.QualifiedUsed));
            Assert.Equal(l.Figures.UnusedSupply.Hundredths, Sum(PersonClass.QualifiedUnused));
            Assert.Equal(l.Figures.Developable.Hundredths, Sum(PersonClass.Developable));
            Assert.Equal(l.Figures.People, e.People.Count(p => p.Class != PersonClass.None));
        });
    }

    [Fact]
    public void WhatIf_NationalSample_ChainEqualsAFullReanalysis()
    {
        var plan = Sample.Value;
        var t = NationalWorkload.AsOf;
        var template = plan.People[7];
        var newcomer = new Person(new PersonId("newcomer"), plan.People[^1].Node, PositionShare.FromPercent(60), template.Holdings, template.Aspirations);
        var unit = plan.People[3].Node;
        var newLevel = new Requirement(unit, new CompetenceId("k239"), new ProficiencyLevel(1), PositionShare.FromPercent(50));
        var changed = plan.WithPerson(newcomer).WithoutPerson(plan.People[3].Id).WithRequirement(newLevel).WithoutRequirement(plan.Requirements[5])
            .WithPerson(plan.People[11].WithNode(unit));
        var incremental = GapAnalyzer.Analyse(plan, t).WithPerson(newcomer).WithoutPerson(plan.People[3].Id).WithRequirement(newLevel)
            .WithoutRequirement(plan.Requirements[5]).WithPerson(plan.People[11].WithNode(unit));
        Assert.True(GapLawTests.Same(incremental, GapAnalyzer.Analyse(changed, t)));
    }

    [Fact]
    public void WhatIf_NationalSample_LongChainEqualsAFullReanalysis()
    {
        // Ancestors' partials carry a what-if's changes as an overlay on shared arrays, merged from what-if to what-if
        // and copied out once the overlay grows past its bound. Sixty changes spread over the units take every
        // ancestor through both, and the result must still equal analysing the changed plan from scratch.
        var plan = Sample.Value;
        var t = NationalWorkload.AsOf;
        var incremental = GapAnalyzer.Analyse(plan, t);
        var changed = plan;
        for (var i = 0; i < 60; i++)
        {
            var template = plan.People[(i * 37) % plan.People.Length];
            var node = plan.People[(i * 101 + 13) % plan.People.Length].Node;
            if (i % 3 == 2)
            {
                var leaving = plan.People[(i * 53 + 5) % plan.People.Length].Id;
                incremental = incremental.WithoutPerson(leaving);
                changed = changed.WithoutPerson(leaving);
                continue;
            }

            var newcomer = new Person(new PersonId($"chain-{i}"), node, PositionShare.FromPercent(40 + i), template.Holdings, template.Aspirations);
            incremental = incremental.WithPerson(newcomer);
            changed = changed.WithPerson(newcomer);
        }

        var fresh = GapAnalyzer.Analyse(changed, t);
        Assert.True(GapLawTests.Same(incremental, fresh));
        Assert.Equal(fresh.PartialOf(plan.Organisation.Root.Id), incremental.PartialOf(plan.Organisation.Root.Id));
    }

    [Fact]
    public void Shards_NationalSample_MunicipalitiesAnalysedApartMergeToTheWhole()
    {
        // Beyond one machine: each municipality analyses its own shard with the whole plan's level sets and sends only
        // its root partial (aggregates, no person records); the merged partials equal the national analysis.
        var plan = Sample.Value;
        var t = NationalWorkload.AsOf;
        var whole = GapAnalyzer.Analyse(plan, t);
        var levels = GapLevelSets.Of(plan, t);
        var root = plan.Organisation.Root.Id;
        var sent = plan.Organisation.ChildrenOf(root)
            .Select(m => (m.Id, Partial: GapAnalyzer.AnalyseShard(GapLawTests.Shard(plan, m.Id), t, GapOptions.Default, levels).PartialOf(m.Id)))
            .ToList();
        Assert.All(sent, s => Assert.Equal(whole.PartialOf(s.Id), s.Partial));
        var national = GapAnalyzer.AnalyseShard(GapLawTests.Shard(plan, root, rootOnly: true), t, GapOptions.Default, levels).PartialOf(root);
        Assert.Equal(whole.PartialOf(root), GapPartial.MergeAll(sent.Select(s => s.Partial).Append(national)));
    }
}
