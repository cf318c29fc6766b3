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
    public RunsAnalysis RunChartAnalysis() => RunsAnalysis.AgainstMedian(_numerators);
}

/// <summary>The verdict for one indicator at every municipality of a country (356 in 2024), half of them taking part in
/// an intervention after 36 of 60 months; the non-participants are every participant's comparison.</summary>
[MemoryDiagnoser]
public class VerdictBenchmarks
{
    private EvaluationData _data = null!;

    [Params(10, 100, 356)]
    public int Municipalities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var id = new IndicatorId("share");
        var indicator = new Indicator(id, new Model.LocalizedText("Andel"), new Model.LocalizedText("%"), IndicatorKind.Proportion, DesiredDirection.Higher, KirkpatrickLevel.Behaviour, multiplier: 100);
        var nodes = Enumerable.Range(0, Municipalities).Select(i => new Model.NodeId($"k{i:D4}")).ToList();
        var series = nodes.Select((n, k) => new Series(id, n, Enumerable.Range(0, 60).Select(i =>
        {
            var denominator = random.Next(40, 200);
            var p = 0.6 + (k % 2 == 0 && i >= 36 ? 0.08 : 0) + ((random.NextDouble() - 0.5) * 0.1);
            return new Observation(MeasurementPeriod.Month(new NodaTime.YearMonth(2021, 1).PlusMonths(i)), Math.Round(p * denominator), denominator);
        })));
        var intervention = new Intervention("iv", new NodaTime.LocalDate(2024, 1, 1), nodes.Where((_, k) => k % 2 == 0), new Model.LocalizedText("Kurs"));
        _data = new EvaluationData([indicator], series, [intervention]);
    }

    /// <summary>The floor: the charted values of every series, no analysis.</summary>
    [Benchmark(Baseline = true)]
    public int ChartedValuesOnly() => _data.Series.Sum(s => Evaluator.Charted(_data.Indicators[0], s).Length);

    [Benchmark]
    public int EvaluateAll() => Evaluator.EvaluateAll(_data, _data.Indicators[0].Id).Length;
}
