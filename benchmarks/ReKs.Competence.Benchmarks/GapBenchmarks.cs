using BenchmarkDotNet.Attributes;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Benchmarks;

/// <summary>The gap engine on a generated unit-sized, municipality-sized and region-sized plan, against a naive LINQ peer.</summary>
[MemoryDiagnoser]
public class GapBenchmarks
{
    private CompetencePlan _plan = null!;

    /// <summary>People in the plan: about one unit's worth of service areas, one large municipality, a region.</summary>
    [Params(300, 3000, 30000)]
    public int People { get; set; }

    /// <summary>Builds the plan, and checks that the peer and the engine agree (a peer that computes something else is no baseline).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = RegionWorkload.Create(People);
        if (NaiveLinq() != Analyse())
        {
            throw new InvalidOperationException($"The naive peer ({NaiveLinq()}) and the engine ({Analyse()}) disagree on the total gap of {People} people.");
        }
    }

    /// <summary>The naive peer: for every line, scan the whole plan with LINQ (same numbers, no indexing).</summary>
    [Benchmark(Baseline = true)]
    public long NaiveLinq() => NaiveGapAnalysis.TotalGap(_plan, RegionWorkload.AsOf, GapOptions.Default);

    /// <summary>The engine: every line and the partials rolled up to the root (the region's total gap).</summary>
    [Benchmark]
    public long Analyse()
    {
        var partial = GapAnalyzer.Analyse(_plan, RegionWorkload.AsOf).PartialOf(_plan.Organisation.Root.Id);
        return partial.Keys.Sum(k => partial[k].Gap.Hundredths);
    }
}

/// <summary>What-if (one person added) against analysing the changed plan from scratch.</summary>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    private CompetencePlan _plan = null!;
    private GapAnalysis _analysis = null!;
    private Person _newcomer = null!;

    /// <summary>People in the plan: one large municipality, a region.</summary>
    [Params(3000, 30000)]
    public int People { get; set; }

    /// <summary>Builds the plan, its analysis and a newcomer shaped like the first person.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = RegionWorkload.Create(People);
        _analysis = GapAnalyzer.Analyse(_plan, RegionWorkload.AsOf);
        var template = _plan.People[0];
        _newcomer = new Person(new PersonId("newcomer"), template.Node, PositionShare.FullTime, template.Holdings, template.Aspirations);
    }

    /// <summary>Analysing the changed plan from scratch (the baseline a what-if must beat).</summary>
    [Benchmark(Baseline = true)]
    public GapAnalysis FullReanalysis() => GapAnalyzer.Analyse(_plan.WithPerson(_newcomer), RegionWorkload.AsOf);

    /// <summary>The incremental what-if: only the touched node's lines and its ancestors' partials.</summary>
    [Benchmark]
    public GapAnalysis WhatIfAddPerson() => _analysis.WithPerson(_newcomer);
}
