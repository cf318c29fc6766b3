using BenchmarkDotNet.Attributes;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// <see cref="GapAnalyzer.Analyse"/> on the national workload at 1/64, 1/16, 1/4 and the whole nation, against the naive
/// LINQ peer (baseline), DuckDB (same tables, same semantics in SQL; load timed apart) and the hand-written columnar floor.
/// Every peer is checked equal to the engine on every key of the root partial before it is timed.
/// </summary>
[MemoryDiagnoser]
public class NationalGapBenchmarks
{
    private CompetencePlan _plan = null!;
    private ColumnarFloor _floor = null!;
    private DuckDbPeer? _duck;

    /// <summary>The fractions measured: 1/64, 1/16, 1/4 and the nation, or those the environment variable REKS_SIZES lists (e.g. "64,16").</summary>
    public static IEnumerable<int> Divisors =>
        Environment.GetEnvironmentVariable("REKS_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [64, 16, 4, 1];

    /// <summary>The fraction of the nation: 1/Divisor.</summary>
    [ParamsSource(nameof(Divisors))]
    public int Divisor { get; set; }

    /// <summary>Builds the plan and its columns (once per plan, shared by every analysis) and checks the naive peer.</summary>
    [GlobalSetup(Target = nameof(NaiveLinq))]
    public void SetupNaive() => Check(NaiveLinqGap.Sums(Build(), NationalWorkload.AsOf, GapOptions.Default), "the naive peer");

    /// <summary>Builds the plan and checks the floor.</summary>
    [GlobalSetup(Targets = [nameof(Floor), nameof(Analyse), nameof(AnalyseSequential)])]
    public void SetupFloor()
    {
        _floor = new ColumnarFloor(Build(), NationalWorkload.AsOf, GapOptions.Default);
        Check(_floor.Sums(), "the floor");
    }

    /// <summary>Builds the plan, loads DuckDB (timed here, apart from the query) and checks it.</summary>
    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        var plan = Build();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _duck = new DuckDbPeer(plan, NationalWorkload.AsOf, GapOptions.Default);
        Console.WriteLine($"// DuckDB load of 1/{Divisor}: {watch.Elapsed.TotalSeconds:F2} s");
        Check(_duck.Sums(), "DuckDB");
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup() => _duck?.Dispose();

    /// <summary>The specification as LINQ GroupBy over the plan's objects.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinq() => NaiveLinqGap.Sums(_plan, NationalWorkload.AsOf, GapOptions.Default).Sums.Count;

    /// <summary>DuckDB in process: the query alone.</summary>
    [Benchmark]
    public int DuckDb() => _duck!.Sums().Sums.Count;

    /// <summary>The floor: a plain loop over the columns, one thread, the same lines into flat arrays.</summary>
    [Benchmark]
    public int Floor() => _floor.Run().LineCount;

    /// <summary>The engine: every line and every node's partial, municipalities in parallel.</summary>
    [Benchmark]
    public int Analyse() => GapAnalyzer.Analyse(_plan, NationalWorkload.AsOf).PartialOf(_plan.Organisation.Root.Id).Count;

    /// <summary>The engine on one core: what the parallel split buys on this machine.</summary>
    [Benchmark]
    public int AnalyseSequential() => GapAnalysis.Create(_plan, NationalWorkload.AsOf, GapOptions.Default, GapLevelSets.Empty, parallel: false).PartialOf(_plan.Organisation.Root.Id).Count;

    private CompetencePlan Build()
    {
        _plan = NationalWorkload.Create(Divisor);
        _ = PlanColumns.Of(_plan);
        return _plan;
    }

    private void Check(KeySums peer, string name) =>
        peer.CheckEquals(GapAnalyzer.Analyse(_plan, NationalWorkload.AsOf).PartialOf(_plan.Organisation.Root.Id), name);
}

/// <summary>What-if on the national workload: one person added, one removed.</summary>
[MemoryDiagnoser]
public class NationalWhatIfBenchmarks
{
    private GapAnalysis _analysis = null!;
    private Person _newcomer = null!;
    private PersonId _leaver;
    private GapKernel _kernel = null!;
    private NodeInput _unit;

    /// <summary>The fractions measured: a quarter and the nation, or those the environment variable REKS_SIZES lists.</summary>
    public static IEnumerable<int> Divisors =>
        Environment.GetEnvironmentVariable("REKS_SIZES") is { Length: > 0 } ? NationalGapBenchmarks.Divisors : [4, 1];

    /// <summary>The fraction of the nation: 1/Divisor.</summary>
    [ParamsSource(nameof(Divisors))]
    public int Divisor { get; set; }

    /// <summary>Builds the plan, its analysis, a newcomer shaped like a person of the largest sampled municipality, and a leaver.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var plan = NationalWorkload.Create(Divisor);
        _analysis = GapAnalyzer.Analyse(plan, NationalWorkload.AsOf);
        var template = plan.People[plan.People.Length / 3];
        _newcomer = new Person(new PersonId("newcomer"), template.Node, PositionShare.FullTime, template.Holdings, template.Aspirations);
        _leaver = plan.People[plan.People.Length / 2].Id;
        var columns = PlanColumns.Of(plan);
        var node = plan.Organisation.IndexOf(template.Node);
        _kernel = new GapKernel(new KeyLayout(_analysis.LevelSets.KeySpace, columns.Competences), columns.Competences.Count, NationalWorkload.AsOf, GapOptions.Default);
        _unit = new NodeInput(columns.People, columns.PeopleStart[node], columns.PeopleStart[node + 1], columns.Requirements, columns.RequirementStart[node], columns.RequirementStart[node + 1]);
        if (!GapLawTestsAgree(plan))
        {
            throw new InvalidOperationException("The what-if does not equal a full re-analysis.");
        }
    }

    /// <summary>The floor: recomputing the touched unit's lines from the columns, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int RecomputeUnitFloor() => _kernel.Own(_unit).Count;

    /// <summary>A person joins a unit.</summary>
    [Benchmark]
    public GapAnalysis AddPerson() => _analysis.WithPerson(_newcomer);

    /// <summary>A person leaves.</summary>
    [Benchmark]
    public GapAnalysis RemovePerson() => _analysis.WithoutPerson(_leaver);

    private bool GapLawTestsAgree(CompetencePlan plan)
    {
        var full = GapAnalyzer.Analyse(plan.WithPerson(_newcomer), NationalWorkload.AsOf);
        var incremental = AddPerson();
        return plan.Organisation.Nodes.All(n => full.PartialOf(n.Id) == incremental.PartialOf(n.Id))
            && full.LinesOf(_newcomer.Node).SequenceEqual(incremental.LinesOf(_newcomer.Node));
    }
}

/// <summary>Merging the 357 municipal partials of the nation into the national one.</summary>
[MemoryDiagnoser]
public class PartialMergeBenchmarks
{
    private List<GapPartial> _partials = null!;

    /// <summary>Analyses the nation once and keeps each municipality's partial (what each would send).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var plan = NationalWorkload.Create(1);
        var analysis = GapAnalyzer.Analyse(plan, NationalWorkload.AsOf);
        _partials = [.. plan.Organisation.ChildrenOf(plan.Organisation.Root.Id).Select(m => analysis.PartialOf(m.Id))];
        if (GapPartial.MergeAll(_partials) != PairwiseFold() || _partials.Count != NationalWorkload.Municipalities)
        {
            throw new InvalidOperationException("Dense merging and pairwise merging disagree.");
        }
    }

    /// <summary>One merge after another, as a caller without MergeAll would.</summary>
    [Benchmark(Baseline = true)]
    public GapPartial PairwiseFold() => _partials.Aggregate(GapPartial.Empty, (a, b) => a.Merge(b));

    /// <summary>All at once, dense arrays over the shared key space.</summary>
    [Benchmark]
    public GapPartial MergeAll() => GapPartial.MergeAll(_partials);
}

/// <summary>
/// <see cref="RegionalExport.Create"/> at the root of the national workload (every node and key of the country, with the
/// suppression pattern of both counts), against the analysis it protects in the same run. Each export gets a fresh
/// analysis, because an export keeps its pattern with the analysis and a second export of one analysis would reuse it.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class NationalExportBenchmarks
{
    private CompetencePlan _plan = null!;
    private GapAnalysis _analysis = null!;

    /// <summary>The fractions measured: 1/64, 1/16, 1/4 and the nation, or those the environment variable REKS_SIZES lists.</summary>
    public static IEnumerable<int> Divisors => NationalGapBenchmarks.Divisors;

    /// <summary>The fraction of the nation: 1/Divisor.</summary>
    [ParamsSource(nameof(Divisors))]
    public int Divisor { get; set; }

    /// <summary>Builds the plan and its columns.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = NationalWorkload.Create(Divisor);
        _analysis = GapAnalyzer.Analyse(_plan, NationalWorkload.AsOf);
    }

    /// <summary>A fresh analysis for the next export (not timed).</summary>
    [IterationSetup(Targets = [nameof(Create), nameof(CreateAndReadCells)])]
    public void FreshAnalysis() => _analysis = GapAnalyzer.Analyse(_plan, NationalWorkload.AsOf);

    /// <summary>The analysis the export protects: the reference in the same run.</summary>
    [Benchmark(Baseline = true)]
    public int Analyse() => GapAnalyzer.Analyse(_plan, NationalWorkload.AsOf).PartialOf(_plan.Organisation.Root.Id).Count;

    /// <summary>The export of the whole country: the suppression pattern over every node and key (cell objects are made when read).</summary>
    [Benchmark]
    public int Create() => RegionalExport.Create(_analysis, _plan.Organisation.Root.Id).MinGroupSize;

    /// <summary>The export and every one of its cells read (one cell object for each node and key).</summary>
    [Benchmark]
    public int CreateAndReadCells() => RegionalExport.Create(_analysis, _plan.Organisation.Root.Id).Cells.Length;
}
