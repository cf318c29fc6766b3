using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The benchmarks' national workload generator, at a small size: deterministic, skewed, and shaped as the issue describes.</summary>
public class NationalWorkloadTests
{
    [Fact]
    public void Create_SameScaleAndSeed_GivesTheSamePlan()
    {
        Assert.Equal(NationalWorkload.Create(64, peopleScale: 8), NationalWorkload.Create(64, peopleScale: 8));
        Assert.NotEqual(NationalWorkload.Create(64, seed: 1, peopleScale: 8), NationalWorkload.Create(64, seed: 2, peopleScale: 8));
    }

    [Fact]
    public void Create_NationalScale_HasThe357MunicipalitiesWithAFewLargeAndManySmall()
    {
        var sizes = Enumerable.Range(0, NationalWorkload.Municipalities).Select(NationalWorkload.PeopleOf).ToList();
        Assert.InRange(sizes.Sum(), 195_000, 205_000);
        Assert.True(sizes[0] > 50 * sizes[^1], "the largest municipality is far larger than the smallest");
        Assert.True(sizes.Count(s => s < 250) > NationalWorkload.Municipalities / 2, "most municipalities have fewer than 250 staff");
        Assert.Equal(89, NationalWorkload.RanksOf(4).Count());
        Assert.Equal(22, NationalWorkload.RanksOf(16).Count());
        Assert.Equal(6, NationalWorkload.RanksOf(64).Count());
    }

    [Fact]
    public void Create_SmallSample_HasHoldingsCertificatesStartersLeaversAndRequirements()
    {
        var plan = NationalWorkload.Create(64, peopleScale: 4);
        Assert.Equal(6, plan.Organisation.ChildrenOf(plan.Organisation.Root.Id).Count());
        Assert.All(plan.People, p => Assert.InRange(p.Holdings.Length, 10, 60));
        Assert.Contains(plan.People, p => p.Holdings.Any(h => h.ValidUntil is not null));
        Assert.Contains(plan.People, p => p.Holdings.Any(h => h.ValidFrom is not null));
        Assert.Contains(plan.People, p => p.Holdings.Any(h => h.Level is null));
        Assert.Contains(plan.People, p => p.Starts > NationalWorkload.AsOf);
        Assert.Contains(plan.People, p => p.Leaves <= NationalWorkload.AsOf);
        Assert.True(plan.Requirements.Length > plan.Organisation.Nodes.Length, "most units ask for many competences");
        Assert.NotEmpty(GapAnalyzer.Analyse(plan, NationalWorkload.AsOf).Lines);
    }
}
