using BenchmarkDotNet.Attributes;
using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Benchmarks;

/// <summary>Control and run charts over monthly series of growing length, against the bare centre line.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private double[] _numerators = [];
    private double[] _denominators = [];

    [Params(24, 240, 2400)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _denominators = [.. Enumerable.Range(0, Points).Select(_ => (double)random.Next(80, 120))];
        _numerators = [.. _denominators.Select(d => Math.Round(d * (0.4 + (random.NextDouble() * 0.2))))];
    }

    /// <summary>The floor: the centre line alone.</summary>
    [Benchmark(Baseline = true)]
    public double CentreOnly() => _numerators.Sum() / _denominators.Sum();

    [Benchmark]
    public ControlChartResult ProportionChart() => ControlChart.Compute(ChartKind.Proportion, _numerators, _denominators);

    [Benchmark]
    public ControlChartResult LaneyProportionChart() => ControlChart.Compute(ChartKind.LaneyProportion, _numerators, _denominators);

    [Benchmark]
    public RunsAnalysis RunChartAnalysis() => RunChart.Analyse(_numerators);
}
