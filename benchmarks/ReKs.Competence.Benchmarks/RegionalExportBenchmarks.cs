using BenchmarkDotNet.Attributes;
using ReKs.Competence.Gaps;

namespace ReKs.Competence.Benchmarks;

/// <summary>The privacy-safe export's suppression pattern (both counts, every subtable top-down) against the analysis it protects: it should grow with the number of cells, like the analysis.</summary>
[MemoryDiagnoser]
public class RegionalExportBenchmarks
{
    private GapAnalysis _analysis = null!;

    /// <summary>People in the plan: one large municipality, a region, ten regions.</summary>
    [Params(3000, 30000, 300000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup() => _analysis = GapAnalyzer.Analyse(RegionWorkload.Create(People), RegionWorkload.AsOf);

    /// <summary>The pattern over the whole organisation, computed afresh (an export caches it with the analysis).</summary>
    [Benchmark]
    public bool Pattern()
    {
        var root = _analysis.Organisation.Root.Id;
        var pattern = RegionalPattern.Compute(_analysis, 3);
        return _analysis.PartialOf(root).Keys.Any(k => pattern.IsWithheld(root, k));
    }
}
