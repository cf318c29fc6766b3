using ReKs.Competence.Gaps;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>Every gap-analysis fixture (shared and REKS_EXTRA_FIXTURES), through the public API, compared exactly.</summary>
public class GapConformanceTests
{
    public static TheoryData<string> Cases => Fixtures.Files("gap-analysis");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_FixtureCase_MatchesEveryLineAndNetRow(string file)
    {
        var c = GapFixtureAdapter.Load(file);
        var analysis = GapAnalyzer.Analyse(c.Plan, c.AsOf, c.Options);
        var difference = GapFixtureAdapter.FirstDifference(analysis, c.Expected);
        Assert.True(difference is null, $"{file}: {difference}");
    }
}
