using FsCheck.Xunit;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>A municipality against its KOSTRA group's average (seed 000, 4.3: "KOSTRA statistics from SSB, compare with
/// similar municipalities"), from the bundled table shaped like SSB's with made-up numbers.</summary>
public class KostraGroupComparisonTests
{
    private static readonly Lazy<JsonStatDataset> Table = new(() =>
        JsonStatDataset.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "ssb", "kostra-pleie-og-omsorg.json"))).GetValueOrThrow());

    [Fact]
    public void Compare_GjovikAgainstItsGroup_GivesBothSeriesAndTheirDifferencePerYear()
    {
        var c = KostraGroupComparison.Compare(Table.Value, new NodeId("gjovik"), "3407", "EKG13", "KOSandelhelseutd0000");

        Assert.Equal(["2021", "2022", "2023", "2024"], c.Periods.Select(p => p.ToString()));
        var own = Table.Value.Cell(new Dictionary<string, string> { ["KOKkommuneregion0000"] = "3407", ["ContentsCode"] = "KOSandelhelseutd0000", ["Tid"] = "2024" }).Value;
        var group = Table.Value.Cell(new Dictionary<string, string> { ["KOKkommuneregion0000"] = "EKG13", ["ContentsCode"] = "KOSandelhelseutd0000", ["Tid"] = "2024" }).Value;
        Assert.Equal(own, c.MunicipalityValues[3]);
        Assert.Equal(group, c.GroupValues[3]);
        Assert.Equal(own - group, c.Differences[3]);
        Assert.Equal(3, c.Latest);
        Assert.StartsWith("Andel årsverk", c.ContentLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_MissingYear_StaysMissingAndHasNoDifference()
    {
        // Søndre Land's 2021 figure is ".." (not available) in the sample.
        var c = KostraGroupComparison.Compare(Table.Value, new NodeId("sondre-land"), "3447", "EKG11", "KOSandelhelseutd0000");

        Assert.Null(c.MunicipalityValues[0]);
        Assert.NotNull(c.GroupValues[0]);
        Assert.Null(c.Differences[0]);
        Assert.Equal(3, c.Latest);
    }

    [Fact]
    public void Compare_UnknownCodesAndNoContent_NamesEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => KostraGroupComparison.Compare(Table.Value, new NodeId("gjovik"), "3417", "EKG99"));

        Assert.Contains("no category '3417'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no category 'EKG99'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("content dimension 'ContentsCode' has 2 categories: name one (KOSandelhelseutd0000, KOSandelhoyskole0000)", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Compare_Difference_IsMunicipalityMinusGroupWhereBothArePresent(bool higherEducation)
    {
        var content = higherEducation ? "KOSandelhoyskole0000" : "KOSandelhelseutd0000";
        var c = KostraGroupComparison.Compare(Table.Value, new NodeId("gjovik"), "3407", "EKG11", content);
        return Enumerable.Range(0, c.Periods.Length).All(i => c.Differences[i] == (c.MunicipalityValues[i] is { } m && c.GroupValues[i] is { } g ? m - g : null));
    }
}
