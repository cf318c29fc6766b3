using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The Anhøj rules at their limits and the arguments of <see cref="RunsAnalysis"/>.</summary>
public sealed class RunsAnalysisTests
{
    // Anhøj & Olesen (2014), PLoS ONE 9(11): e113825, table 1: for 10 useful values the longest run may be 6
    // (round(log2 10) + 3) and the crossings may be as few as 2 (the 5 % quantile of Binomial(9, 0.5)); a signal is a run
    // LONGER than 6 or FEWER than 2 crossings (qicharts2: longest.run > longest.run.max, n.crossings < n.crossings.min).
    [Theory]
    [InlineData(new[] { 1.0, 1, 1, 1, 1, 1, -1, 1, -1, 1 }, 6, 4, false, false)] // a run of exactly 6
    [InlineData(new[] { 1.0, 1, 1, 1, 1, 1, 1, -1, 1, -1 }, 7, 3, true, false)] // a run of 7
    [InlineData(new[] { 1.0, 1, 1, 1, 1, -1, -1, -1, -1, 1 }, 5, 2, false, false)] // exactly 2 crossings
    [InlineData(new[] { 1.0, 1, 1, 1, 1, -1, -1, -1, -1, -1 }, 5, 1, false, true)] // 1 crossing
    public void Of_TenUsefulValues_SignalOnlyBeyondTheLimits(double[] values, int longest, int crossings, bool longRun, bool fewCrossings)
    {
        var runs = RunsAnalysis.Of(values, 0);

        Assert.Equal(10, runs.UsefulCount);
        Assert.Equal(6, runs.LongestRunMax);
        Assert.Equal(2, runs.CrossingsMin);
        Assert.Equal(longest, runs.LongestRun);
        Assert.Equal(crossings, runs.Crossings);
        Assert.Equal(longRun, runs.LongRunSignal);
        Assert.Equal(fewCrossings, runs.FewCrossingsSignal);
        Assert.Equal(longRun || fewCrossings, runs.Signal);
    }

    [Fact]
    public void OfAndMedian_MissingValues_AreRefusedNamingThem()
    {
        Assert.Throws<ArgumentNullException>("values", () => RunsAnalysis.Of(null!, 0));
        Assert.Throws<ArgumentNullException>("values", () => RunsAnalysis.Median(null!));
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { double.NaN, double.NaN })]
    public void Median_NoValue_IsRefused(double[] given)
    {
        var e = Assert.Throws<ArgumentException>("values", () => RunsAnalysis.Median(given));
        Assert.StartsWith("A median needs at least one value.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 3.0, 1, 2 }, 2)]
    [InlineData(new[] { 4.0, 1, double.NaN, 3, 2 }, 2.5)]
    public void Median_IsTheMiddleValueOrTheMeanOfTheTwoMiddleValues(double[] values, double median) =>
        Assert.Equal(median, RunsAnalysis.Median(values));
}
