using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The chart kinds beyond the fixtures: U′ against reference values, missing against excluded points, bad input,
/// and the law that every chart kind is handled as itself.</summary>
public partial class ControlChartTests
{
    private static readonly double[] Falls = [12, 15, 9, 20, 14, 11, 17, 13];
    private static readonly double[] CareDays = [1500, 1620, 1480, 1710, 1590, 1530, 1660, 1550];

    [Fact]
    public void LaneyRate_FallsPerThousandCareDays_MatchesReferenceValues()
    {
        // Reference values computed independently (a few lines of Python) from the U′ formula in the control-chart fixture
        // README (Laney 2002): centre = Σcounts/Σexposure; sigma_i = √(centre/n_i) × mean|Δz| / 1.128; times 1 000.
        var chart = ControlChart.Compute(ChartKind.LaneyRate, Falls, CareDays, new ChartOptions(multiply: 1000));
        var phase = Assert.Single(chart.Phases);

        Assert.Equal(8.781645569620252, phase.Centre, 1e-9);
        Near([1.1639324076427453, 1.4514976618251376, 1.1126340963030883, 1.6470035054129963, 1.3826684718986488, 1.238985599187151, 1.540351223193282, 1.2878059177957746], phase.Lower);
        Near([16.39935873159776, 16.11179347741537, 16.45065704293742, 15.916287633827508, 16.180622667341858, 16.324305540053352, 16.022939916047225, 16.27548522144473], phase.Upper);
    }

    [Fact]
    public void LaneyRate_MissingMonth_HasNoLimitsAndItsTwoZRangesDropOut()
    {
        // As above with the fourth month missing (value null, as SSB's ".."), same reference computation.
        double[] falls = [.. Falls];
        falls[3] = double.NaN;
        var phase = Assert.Single(ControlChart.Compute(ChartKind.LaneyRate, falls, CareDays, new ChartOptions(multiply: 1000)).Phases);

        Assert.Equal(8.325709057639523, phase.Centre, 1e-9);
        Near([2.340957704428447, 2.5668793829572034, 2.300655893152615, double.NaN, 2.512804678542099, 2.399922209931248, 2.6366859588059572, 2.438277220371327], phase.Lower);
        Near([14.3104604108506, 14.084538732321844, 14.350762222126432, double.NaN, 14.13861343673695, 14.251495905347799, 14.01473215647309, 14.21314089490772], phase.Upper);
    }

    [Fact]
    public void Individuals_MissingPointAndExcludedPoint_DifferInWhetherNeighboursBecomeAdjacent()
    {
        // Control-chart fixture README: the two moving ranges next to a missing point drop out; an excluded point's
        // neighbours become adjacent (qicharts2 README: "Moving ranges are taken over the included baseline points in order").
        double[] values = [10, 12, 30, 14, 16];
        double[] missing = [10, 12, double.NaN, 14, 16];
        var excluded = ControlChart.Compute(ChartKind.Individuals, values, options: new ChartOptions(exclude: [3])).Phases[0];
        var gap = ControlChart.Compute(ChartKind.Individuals, missing).Phases[0];

        Assert.Equal(13, excluded.Centre, 12);
        Assert.Equal(13, gap.Centre, 12);
        Assert.Equal(13 + (3 * (2 + 2 + 2) / 3.0 / 1.128), excluded.Upper[0], 12); // ranges 2, |14 − 12| = 2, 2
        Assert.Equal(13 + (3 * (2 + 2) / 2.0 / 1.128), gap.Upper[0], 12); // ranges 2 and 2; none across the gap
        Assert.False(double.IsNaN(gap.Upper[2])); // an I chart keeps its limits at the missing point
    }

    [Property(MaxTest = 300)]
    public Property RateAndProportion_InsertingAMissingMonth_ChangesNoOtherPointAndGivesItNoLimits(NonEmptyArray<PositiveInt> counts, PositiveInt at, bool proportion)
    {
        // qicharts2 gives a missing point size 0 and drops its non-finite limits; the centre and every other point's
        // sigma depend only on the points present, so a gap anywhere leaves the rest of the chart as it was.
        var kind = proportion ? ChartKind.Proportion : ChartKind.Rate;
        double[] values = [.. counts.Get.Select(c => (double)(c.Get % 50)), 3];
        double[] den = [.. values.Select((v, i) => v + 20 + (i % 7))];
        var k = at.Get % (values.Length + 1);
        double[] gappedValues = [.. values[..k], double.NaN, .. values[k..]];
        double[] gappedDen = [.. den[..k], double.NaN, .. den[k..]];
        var plain = ControlChart.Compute(kind, values, den).Phases[0];
        var gapped = ControlChart.Compute(kind, gappedValues, gappedDen).Phases[0];
        bool Same(double a, double b) => Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a));
        var others = Enumerable.Range(0, values.Length).All(i => Same(plain.Lower[i], gapped.Lower[i < k ? i : i + 1]) && Same(plain.Upper[i], gapped.Upper[i < k ? i : i + 1]));
        return (Same(plain.Centre, gapped.Centre) && others && double.IsNaN(gapped.Lower[k]) && double.IsNaN(gapped.Upper[k])).ToProperty();
    }

    [Fact]
    public void MovingRange_RulesNeverSignal_LikeQicharts2()
    {
        double[] trending = [.. Enumerable.Range(0, 20).Select(i => i * (i + 1) / 2.0)]; // moving ranges 1, 2, …, 19: one long run below, one above
        var runs = ControlChart.Compute(ChartKind.MovingRange, trending).Phases[0].Runs;

        Assert.False(runs.RulesApply);
        Assert.True(runs.LongestRun > runs.LongestRunMax); // the run is there,
        Assert.False(runs.Signal); // but the points share measurements, so it is no signal
    }

    [Theory]
    [InlineData(ChartKind.TimeBetweenEvents, new[] { 12.0, 0, 30, -4 }, "2, 4")]
    [InlineData(ChartKind.OpportunitiesBetweenEvents, new[] { 120.0, 85.5, 40, -1 }, "2, 4")]
    public void Compute_ValueTheKindCannotTake_IsRejectedNamingEveryPoint(ChartKind kind, double[] values, string points)
    {
        var e = Assert.Throws<ArgumentException>(() => ControlChart.Compute(kind, values));
        Assert.Equal("values", e.ParamName);
        Assert.Contains($"point(s) {points}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SubgroupKindsAndSingleValueKinds_EachRefuseTheOtherEntryPoint()
    {
        Assert.Throws<ArgumentException>(() => ControlChart.Compute(ChartKind.SubgroupMean, [1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => ControlChart.ComputeSubgroups(ChartKind.Individuals, [[1.0, 2.0], [3.0, 4.0]]));
        Assert.Throws<ArgumentException>(() => ControlChart.Compute(ChartKind.Count, [1.0, 2.0], [5.0, 5.0]));
    }

    [Fact]
    public void EveryChartKind_OnTheSameData_IsComputedAsItselfAndUnlikeEveryOther()
    {
        // A new member of ChartKind fails here until it is handled: every switch over the kinds names every member and
        // throws UnreachableException otherwise (see also EveryChartKindSwitch_NamesEveryMemberOrThrows).
        double[] values = [3, 7, 2, 9, 4, 6, 1, 8, 5, 10, 4, 7];
        double[] denominators = [20, 22, 19, 25, 21, 20, 18, 24, 22, 26, 20, 23];
        IReadOnlyList<double>[] subgroups = [.. Enumerable.Range(0, 12).Select(i => (IReadOnlyList<double>)[values[i], values[(i + 5) % 12], values[(i + 7) % 12]])];
        var signatures = new Dictionary<ChartKind, string>();
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            var chart = kind switch
            {
                ChartKind.SubgroupMean or ChartKind.SubgroupStandardDeviation => ControlChart.ComputeSubgroups(kind, subgroups),
                ChartKind.Proportion or ChartKind.LaneyProportion or ChartKind.Rate or ChartKind.LaneyRate => ControlChart.Compute(kind, values, denominators),
                _ => ControlChart.Compute(kind, values),
            };
            Assert.Equal(kind, chart.Kind);
            var p = chart.Phases[0];
            signatures[kind] = string.Join("|", chart.Values.Concat([p.Centre]).Concat(p.Lower).Concat(p.Upper).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var same = signatures.GroupBy(s => s.Value).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(x => x.Key))).ToList();
        Assert.True(same.Count == 0, $"Chart kinds computed alike: {string.Join("; ", same)}");
    }

    [Fact]
    public void EveryChartKindSwitch_NamesEveryMemberOrThrows()
    {
        // The source-level half of the law: no switch that dispatches on ChartKind (in the library, the CLI and the report)
        // has a discard arm that returns something — a new kind must not compile and quietly behave as another.
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("src"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in SwitchKeyword().Matches(text))
            {
                var body = Block(text, m.Index + m.Length);
                if (!body.Contains("ChartKind.", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match arm in DiscardArm().Matches(body))
                {
                    if (!arm.Groups["rest"].Value.Contains("throw new UnreachableException", StringComparison.Ordinal))
                    {
                        offenders.Add($"{Path.GetRelativePath(Repo.Root, file)}: '{arm.Value.Trim()}'");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "Switches over ChartKind with a discard arm that does not throw UnreachableException:\n" + string.Join("\n", offenders));
    }

    private static void Near(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(double.IsNaN(expected[i]) ? double.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= 1e-9 * Math.Max(1, Math.Abs(expected[i])), $"[{i}] expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    /// <summary>The text of the brace block that starts at or after <paramref name="from"/>, braces balanced.</summary>
    private static string Block(string text, int from)
    {
        var open = text.IndexOf('{', from);
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return text[open..(i + 1)];
            }
        }

        return text[open..];
    }

    [GeneratedRegex(@"\bswitch\b")]
    private static partial Regex SwitchKeyword();

    [GeneratedRegex(@"(?m)^[ \t]*(?:_\s*=>(?<rest>[^\n]*)|default\s*:(?<rest>\s*[^\n]*))")]
    private static partial Regex DiscardArm();
}
