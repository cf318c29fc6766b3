using System.Text.Json;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The chart fixtures (run-chart/, control-chart/, control-chart-more/, qicharts2/, qicharts2-more/), shared and REKS_EXTRA_FIXTURES, through the public API.
/// A failing case names its file, its case and the first field that differs.</summary>
public class ChartConformanceTests
{
    public static TheoryData<string> RunCharts => Fixtures.Files("run-chart");

    public static TheoryData<string> ControlCharts => Fixtures.Files("control-chart");

    public static TheoryData<string> Qicharts2 => Fixtures.Files("qicharts2");

    public static TheoryData<string> ControlChartsMore => Fixtures.Files("control-chart-more");

    public static TheoryData<string> Qicharts2More => Fixtures.Files("qicharts2-more");

    [Theory]
    [MemberData(nameof(RunCharts))]
    public void RunChart_FixtureCases_MatchQicharts2(string file)
    {
        foreach (var c in Cases(file))
        {
            var runs = RunsAnalysis.AgainstMedian(Doubles(c.GetProperty("values")), Int(c, "freeze"));
            var e = c.GetProperty("expected");
            var where = $"{file}: case '{c.GetProperty("name").GetString()}'";
            Close(where, "centre", e.GetProperty("centre").GetDouble(), runs.Centre, 1e-9, relative: false);
            Same(where, "nUseful", e.GetProperty("nUseful").GetInt32(), runs.UsefulCount);
            Same(where, "longestRun", NullableInt(e, "longestRun"), runs.LongestRun);
            Same(where, "longestRunMax", NullableInt(e, "longestRunMax"), runs.LongestRunMax);
            Same(where, "crossings", NullableInt(e, "crossings"), runs.Crossings);
            Same(where, "crossingsMin", NullableInt(e, "crossingsMin"), runs.CrossingsMin);
            Same(where, "signal", e.GetProperty("signal").GetBoolean(), runs.Signal);
        }
    }

    [Theory]
    [MemberData(nameof(ControlCharts))]
    [MemberData(nameof(ControlChartsMore))]
    public void ControlChart_FixtureCases_MatchQicharts2Limits(string file)
    {
        foreach (var c in Cases(file))
        {
            var chart = Compute(c, new ChartOptions(freeze: Int(c, "freeze")));
            var e = c.GetProperty("expected");
            var where = $"{file}: case '{c.GetProperty("name").GetString()}'";
            var phase = Assert.Single(chart.Phases);
            if (e.TryGetProperty("values", out var values))
            {
                Series(where, "values", values, chart.Values, 1e-9, relative: false);
            }

            Close(where, "centre", e.GetProperty("centre").GetDouble(), phase.Centre, 1e-9, relative: false);
            Series(where, "lower", e.GetProperty("lower"), phase.Lower, 1e-9, relative: false);
            Series(where, "upper", e.GetProperty("upper"), phase.Upper, 1e-9, relative: false);
        }
    }

    [Theory]
    [MemberData(nameof(Qicharts2))]
    [MemberData(nameof(Qicharts2More))]
    public void ControlChart_Qicharts2ReferenceOutputs_MatchPhasesExclusionsAndMultiplier(string file)
    {
        foreach (var c in Cases(file))
        {
            var options = new ChartOptions(
                freeze: Int(c, "freeze"),
                phaseBreaks: Ints(c, "parts"),
                exclude: Ints(c, "exclude"),
                multiply: c.TryGetProperty("multiply", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : 1);
            var chart = Compute(c, options);
            var e = c.GetProperty("expected");
            var where = $"{file}: case '{c.GetProperty("name").GetString()}'";
            if (e.TryGetProperty("values", out var values))
            {
                Series(where, "values", values, chart.Values, 1e-6, relative: true);
            }

            var parts = e.GetProperty("parts").EnumerateArray().ToList();
            Same(where, "parts (count)", parts.Count, chart.Phases.Length);
            for (var i = 0; i < parts.Count; i++)
            {
                var p = parts[i];
                var a = chart.Phases[i];
                var at = $"{where}, part {i + 1}";
                Same(at, "from", p.GetProperty("from").GetInt32(), a.From);
                Same(at, "to", p.GetProperty("to").GetInt32(), a.To);
                Close(at, "centre", p.GetProperty("centre").GetDouble(), a.Centre, 1e-6, relative: true);
                Series(at, "lower", p.GetProperty("lower"), a.Lower, 1e-6, relative: true);
                Series(at, "upper", p.GetProperty("upper"), a.Upper, 1e-6, relative: true);
                Same(at, "nUseful", p.GetProperty("nUseful").GetInt32(), a.Runs.UsefulCount);
                Same(at, "longestRun", NullableInt(p, "longestRun"), a.Runs.LongestRun);
                Same(at, "longestRunMax", NullableInt(p, "longestRunMax"), a.Runs.LongestRunMax);
                Same(at, "crossings", NullableInt(p, "crossings"), a.Runs.Crossings);
                Same(at, "crossingsMin", NullableInt(p, "crossingsMin"), a.Runs.CrossingsMin);
                Same(at, "runsSignal", p.GetProperty("runsSignal").GetBoolean(), a.Runs.Signal);
            }

            Assert.True(Ints(e, "sigmaSignals").SequenceEqual(chart.SigmaSignals), $"{where}: sigmaSignals expected [{string.Join(", ", Ints(e, "sigmaSignals"))}], got [{string.Join(", ", chart.SigmaSignals)}]");
        }
    }

    internal static ChartKind Kind(string chart) => chart switch
    {
        "i" => ChartKind.Individuals,
        "p" => ChartKind.Proportion,
        "pp" => ChartKind.LaneyProportion,
        "u" => ChartKind.Rate,
        "up" => ChartKind.LaneyRate,
        "c" => ChartKind.Count,
        "mr" => ChartKind.MovingRange,
        "xbar" => ChartKind.SubgroupMean,
        "s" => ChartKind.SubgroupStandardDeviation,
        "t" => ChartKind.TimeBetweenEvents,
        "g" => ChartKind.OpportunitiesBetweenEvents,
        _ => throw new InvalidOperationException($"Unknown chart '{chart}'."),
    };

    private static ControlChartResult Compute(JsonElement c, ChartOptions options) =>
        c.TryGetProperty("subgroups", out var groups) && groups.ValueKind == JsonValueKind.Array
            ? ControlChart.ComputeSubgroups(Kind(c.GetProperty("chart").GetString()!), [.. groups.EnumerateArray().Select(g => (IReadOnlyList<double>)Doubles(g))], options)
            : ControlChart.Compute(Kind(c.GetProperty("chart").GetString()!), Doubles(c.GetProperty("values")),
                c.TryGetProperty("denominators", out var d) && d.ValueKind == JsonValueKind.Array ? Doubles(d) : null, options);

    private static List<JsonElement> Cases(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return [.. doc.RootElement.Clone().GetProperty("cases").EnumerateArray()];
    }

    private static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble())];

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static int? NullableInt(JsonElement e, string name) => Int(e, name);

    private static int[] Ints(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetInt32())] : [];

    private static void Same<T>(string where, string field, T expected, T actual) =>
        Assert.True(EqualityComparer<T>.Default.Equals(expected, actual), $"{where}: {field} expected {expected}, got {actual}");

    private static void Close(string where, string field, double expected, double actual, double tolerance, bool relative)
    {
        // null in a fixture (NA in qicharts2: no value or no limit) is NaN on our side, and only NaN matches it.
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"{where}: {field} expected {(double.IsNaN(expected) ? "null" : expected.ToString("R", System.Globalization.CultureInfo.InvariantCulture))}, got {(double.IsNaN(actual) ? "null" : actual.ToString("R", System.Globalization.CultureInfo.InvariantCulture))}");
            return;
        }

        var bound = relative ? tolerance * Math.Max(1, Math.Abs(expected)) : tolerance * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= bound, $"{where}: {field} expected {expected:R}, got {actual:R}");
    }

    private static void Series(string where, string field, JsonElement expected, IReadOnlyList<double> actual, double tolerance, bool relative)
    {
        var e = Doubles(expected);
        Same(where, $"{field} (length)", e.Length, actual.Count);
        for (var i = 0; i < e.Length; i++)
        {
            Close(where, $"{field}[{i}]", e[i], actual[i], tolerance, relative);
        }
    }
}
