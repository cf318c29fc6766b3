using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>JSON-stat 2.0 datasets shaped as Statistics Norway's API returns them (dimension ids, roles, units, status
/// symbols); the numbers in the samples are made up. Format: the JSON-stat 2.0 specification, "dataset" class.</summary>
public class JsonStatTests
{
    private static JsonStatDataset Sample(string name) =>
        JsonStatDataset.ReadBytes(File.ReadAllBytes(Repo.Path("tests", "ReKs.Competence.Tests", "Evaluation", "Samples", name))).GetValueOrThrow();

    [Fact]
    public void Read_DenseKostraSample_GivesDimensionsRolesAndUnits()
    {
        var d = Sample("ssb-kostra-dense.json");
        Assert.Equal(["KOKkommuneregion0000", "ContentsCode", "Tid"], d.Dimensions.Select(x => x.Id));
        Assert.Equal("Tid", d.DimensionWithRole("time")!.Id);
        Assert.Equal("Gjøvik", d.FindDimension("KOKkommuneregion0000")!.Categories[0].Label);
        Assert.Equal(("prosent", 1), (d.FindDimension("ContentsCode")!.Categories[0].Unit, d.FindDimension("ContentsCode")!.Categories[0].Decimals));
        Assert.Equal(24, d.Count);
        Assert.Equal("Statistisk sentralbyrå", d.Source);
    }

    [Fact]
    public void Read_Stream_GivesWhatReadBytesGives_AndKeepsToTheSizeLimit()
    {
        // One name means one thing across the documents (API review decision 3): Read takes a stream, ReadBytes a span.
        var bytes = File.ReadAllBytes(Repo.Path("tests", "ReKs.Competence.Tests", "Evaluation", "Samples", "ssb-kostra-dense.json"));
        using (var stream = new MemoryStream(bytes))
        {
            var d = JsonStatDataset.Read(stream).GetValueOrThrow();
            var expected = JsonStatDataset.ReadBytes(bytes).GetValueOrThrow();
            Assert.Equal(expected.Dimensions.Select(x => x.Id), d.Dimensions.Select(x => x.Id));
            Assert.Equal(expected.Dimensions.SelectMany(x => x.Categories).Select(c => c.Label), d.Dimensions.SelectMany(x => x.Categories).Select(c => c.Label));
            Assert.Equal((expected.Count, expected.Source, expected.Updated), (d.Count, d.Source, d.Updated));
        }

        using var large = new MemoryStream(bytes);
        Assert.False(JsonStatDataset.Read(large, new ReadOptions(maxBytes: bytes.Length - 1)).IsValid);
        Assert.Throws<ArgumentNullException>(() => JsonStatDataset.Read(null!));
    }

    [Fact]
    public void Cell_RowMajorOrder_FindsTheValueWithTheLastDimensionFastest()
    {
        var d = Sample("ssb-kostra-dense.json");
        Assert.Equal((75.6, null), d.Cell(new Dictionary<string, string> { ["KOKkommuneregion0000"] = "3442", ["ContentsCode"] = "KOSandelhelseutd0000", ["Tid"] = "2023" }));
        Assert.Equal((null, ":"), d.Cell(new Dictionary<string, string> { ["KOKkommuneregion0000"] = "3442", ["ContentsCode"] = "KOSandelhelseutd0000", ["Tid"] = "2022" }));
    }

    [Fact]
    public void ToSeries_ChosenRegionAndContent_GivesYearsWithMissingValuesAndStatus()
    {
        var d = Sample("ssb-kostra-dense.json");
        var series = d.ToSeries(new IndicatorId("kostra-hoyskole"), new NodeId("gjovik"), new Dictionary<string, string> { ["KOKkommuneregion0000"] = "3407", ["ContentsCode"] = "KOSandelhoyskole0000" });

        Assert.Equal(["2021", "2022", "2023", "2024"], series.Observations.Select(o => o.Period.ToString()));
        Assert.Equal([33.0, 33.8, 34.1, null], series.Observations.Select(o => o.Value));
        Assert.Equal("..", series.Observations[3].Status);
        Assert.All(series.Observations, o => Assert.Equal(PeriodGranularity.Year, o.Period.Granularity));
    }

    [Fact]
    public void ToSeries_SparseMonthlySample_FillsUnlistedCellsAsMissing()
    {
        var d = Sample("ssb-sparse-monthly.json");
        var series = d.ToSeries(new IndicatorId("sykefravaer"), new NodeId("gjovik"), new Dictionary<string, string>());

        Assert.Equal(MeasurementPeriod.Parse("2025-01"), series.Observations[0].Period);
        Assert.Equal([8.1, 8.4, null, 7.9, 7.2, 7.5], series.Observations.Select(o => o.Value));
        Assert.Equal("..", series.Observations[2].Status);
        Assert.Equal("Gjøvik", d.FindDimension("Region")!.Categories.Single().Label);
    }

    [Fact]
    public void ToSeries_UnchosenAndUnknownCoordinates_AreAllNamed()
    {
        var d = Sample("ssb-kostra-dense.json");
        var ex = Assert.Throws<ArgumentException>(() => d.ToSeries(new IndicatorId("x"), new NodeId("n"), new Dictionary<string, string> { ["KOKkommuneregion0000"] = "0301", ["Fylke"] = "34" }));
        Assert.Contains("no dimension 'Fylke'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no category '0301'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'ContentsCode' has 2 categories", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenDataset_ReportsEveryProblemAtItsPath()
    {
        var result = JsonStatDataset.ReadBytes(File.ReadAllBytes(Repo.Path("tests", "ReKs.Competence.Tests", "Evaluation", "Samples", "broken.json")));

        Assert.False(result.IsValid);
        var found = result.Problems.Select(p => (p.Path, p.Kind)).ToList();
        Assert.Contains(("$.dimension.Region.category.index", ProblemKind.InvalidValue), found); // two categories at position 0
        Assert.Contains(("$.dimension.Tid", ProblemKind.Missing), found);
        Assert.Contains(("$.value", ProblemKind.InvalidValue), found); // 6 cells, 5 values
        Assert.Contains(("$.status['9']", ProblemKind.InvalidValue), found);
    }

    [Theory]
    [InlineData("{\"version\":\"1.0\",\"class\":\"dataset\",\"id\":[],\"size\":[],\"dimension\":{},\"value\":[]}", "$.version", ProblemKind.UnsupportedVersion)]
    [InlineData("{\"version\":\"2.0\",\"class\":\"collection\",\"id\":[],\"size\":[],\"dimension\":{},\"value\":[]}", "$.class", ProblemKind.InvalidValue)]
    [InlineData("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"A\"],\"size\":[2],\"dimension\":{\"A\":{\"category\":{\"index\":[\"a\",\"b\"]}}},\"value\":[1,true]}", "$.value[1]", ProblemKind.WrongType)]
    [InlineData("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"A\"],\"size\":[0],\"dimension\":{\"A\":{\"category\":{\"index\":[]}}},\"value\":[]}", "$.size[0]", ProblemKind.InvalidValue)]
    [InlineData("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"A\"],\"size\":[1],\"dimension\":{\"A\":{\"category\":{\"index\":[\"a\"]}}},\"value\":[1]", "$", ProblemKind.Syntax)]
    public void Read_Malformed_NamesWhereAndWhat(string json, string path, ProblemKind kind)
    {
        var result = JsonStatDataset.Parse(json);
        Assert.Contains(result.Problems, p => p.Path == path && p.Kind == kind);
    }
}
