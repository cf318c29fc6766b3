using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The evaluation document's <c>statistics</c>: SSB tables (JSON-stat 2.0; the samples are shaped like SSB's
/// with made-up numbers) read as series, region codes mapped to the Gjøvik example's municipalities.</summary>
public class StatisticsDocumentTests
{
    private static readonly Lazy<CompetencePlan> Gjovik = new(() => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow());

    private static string Sample(string name) => File.ReadAllText(Repo.Path("tests", "ReKs.Competence.Tests", "Evaluation", "Samples", name));

    private static string Document(string statistics) => $$"""
        {
          "schemaVersion": 1,
          "indicators": [
            { "id": "kostra-helseutdanning", "name": { "nb": "Andel årsverk med helseutdanning" }, "unit": { "nb": "prosent" }, "kind": "measured", "direction": "higher", "level": "results", "chart": "run" },
            { "id": "kostra-hoyskole", "name": { "nb": "Andel årsverk med høyskoleutdanning" }, "unit": { "nb": "prosent" }, "kind": "measured", "direction": "higher", "level": "results", "chart": "run" }
          ],
          "series": [],
          "statistics": [ {{statistics}} ]
        }
        """;

    private static string Mapping(string table) => $$"""
        { {{table}},
          "regions": [ { "code": "3407", "node": "gjovik" }, { "code": "3442", "node": "ostre-toten" } ],
          "contents": [ { "code": "KOSandelhelseutd0000", "indicator": "kostra-helseutdanning" }, { "code": "KOSandelhoyskole0000", "indicator": "kostra-hoyskole" } ] }
        """;

    [Fact]
    public void Read_InlineKostraTable_GivesOneSeriesPerRegionAndContentWithGapsAndStatus()
    {
        var data = EvaluationDocument.Parse(Document(Mapping($"\"dataset\": {Sample("ssb-kostra-dense.json")}")), Gjovik.Value).GetValueOrThrow();

        Assert.Equal(4, data.Series.Length);
        // Values from the sample's row-major cells: 3442's health-education share is suppressed (":") in 2022.
        var toten = data.FindSeries(new IndicatorId("kostra-helseutdanning"), new NodeId("ostre-toten"))!;
        Assert.Equal([74.2, null, 75.6, 76.3], toten.Observations.Select(o => o.Value));
        Assert.Equal(":", toten.Observations[1].Status);
        var gjovik = data.FindSeries(new IndicatorId("kostra-hoyskole"), new NodeId("gjovik"))!;
        Assert.Equal(["2021", "2022", "2023", "2024"], gjovik.Observations.Select(o => o.Period.ToString()));
        Assert.Equal([33.0, 33.8, 34.1, null], gjovik.Observations.Select(o => o.Value));
    }

    [Fact]
    public void Read_MonthlyTableWithNoRoleOverride_GivesMonthsAndAMissingMarch()
    {
        const string mapping = """
            "regions": [ { "code": "3407", "node": "gjovik" } ],
            "contents": [ { "code": "Sykefravaer", "indicator": "kostra-helseutdanning" } ] }
            """;
        var data = EvaluationDocument.Parse(Document($"{{ \"dataset\": {Sample("ssb-sparse-monthly.json")}, {mapping}"), Gjovik.Value).GetValueOrThrow();

        var s = data.Series.Single();
        Assert.Equal("2025-01", s.Observations[0].Period.ToString());
        Assert.True(s.Observations[2].IsMissing);
        Assert.Equal("..", s.Observations[2].Status);
    }

    [Fact]
    public void ReadWithTables_TableInAFile_IsOpenedByName()
    {
        var json = Document(Mapping("\"file\": \"ssb-kostra-dense.json\""));
        var opened = new List<string>();
        var result = EvaluationDocument.ReadWithTables(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), Gjovik.Value, name =>
        {
            opened.Add(name);
            return System.Text.Encoding.UTF8.GetBytes(Sample(name));
        });

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["ssb-kostra-dense.json"], opened);
        Assert.Equal(4, result.Value!.Series.Length);
    }

    [Fact]
    public void Read_FileWithoutAWayToOpenIt_OrMissing_IsAProblemAtTheFile()
    {
        var json = Document(Mapping("\"file\": \"ssb-kostra-dense.json\""));
        var p = Assert.Single(EvaluationDocument.Parse(json, Gjovik.Value).Problems);
        Assert.Equal("$.statistics[0].file", p.Path);

        var missing = EvaluationDocument.ReadWithTables(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), Gjovik.Value, _ => null);
        Assert.Equal(ProblemKind.UnknownReference, Assert.Single(missing.Problems).Kind);
    }

    [Fact]
    public void Read_BadMapping_ReportsEveryProblemAtItsPath()
    {
        var json = Document($$"""
            { "dataset": {{Sample("ssb-kostra-dense.json")}},
              "region": "Kommune",
              "regions": [ { "code": "9999", "node": "gjovik" }, { "code": "9999", "node": "atlantis" } ],
              "contents": [ { "code": "KOSandelhelseutd0000", "indicator": "no-such-indicator" } ] }
            """);
        var problems = EvaluationDocument.Parse(json, Gjovik.Value).Problems;

        Assert.Contains(problems, p => p.Path == "$.statistics[0].regions[1].node" && p.Kind == ProblemKind.UnknownReference);
        Assert.Contains(problems, p => p.Path == "$.statistics[0].regions[1].code" && p.Kind == ProblemKind.Duplicate);
        Assert.Contains(problems, p => p.Path == "$.statistics[0].contents[0].indicator" && p.Kind == ProblemKind.UnknownReference);
    }

    [Fact]
    public void Read_UnknownDimensionAndCodes_AreNamedAtTheirPaths()
    {
        var json = Document($$"""
            { "dataset": {{Sample("ssb-kostra-dense.json")}},
              "time": "Aar",
              "regions": [ { "code": "3443", "node": "vestre-toten" } ],
              "contents": [ { "code": "KOSandelhelseutd0000", "indicator": "kostra-helseutdanning" } ] }
            """);
        var problems = EvaluationDocument.Parse(json, Gjovik.Value).Problems;

        Assert.Contains(problems, p => p.Path == "$.statistics[0].time" && p.Message.Contains("'Aar'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.statistics[0].regions[0].code" && p.Message.Contains("3443", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenInlineTable_ReportsItsProblemsUnderDataset()
    {
        var json = Document(Mapping($"\"dataset\": {Sample("broken.json")}"));
        var problems = EvaluationDocument.Parse(json, Gjovik.Value).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("$.statistics[0].dataset", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TableAndInlineSeriesForTheSameNode_IsADuplicate()
    {
        var json = Document(Mapping($"\"dataset\": {Sample("ssb-kostra-dense.json")}")).Replace("\"series\": []", """
            "series": [ { "indicator": "kostra-hoyskole", "node": "gjovik", "observations": [ { "period": "2021", "value": 1 } ] } ]
            """, StringComparison.Ordinal);
        var p = Assert.Single(EvaluationDocument.Parse(json, Gjovik.Value).Problems);
        Assert.Equal(("$.statistics[0].regions[0].node", ProblemKind.Duplicate), (p.Path, p.Kind));
    }

    [Fact]
    public void WriteThenRead_TableSeries_AreWrittenAsOrdinarySeries()
    {
        var data = EvaluationDocument.Parse(Document(Mapping($"\"dataset\": {Sample("ssb-kostra-dense.json")}")), Gjovik.Value).GetValueOrThrow();
        var again = EvaluationDocument.ReadBytes(EvaluationDocument.Write(data), Gjovik.Value).GetValueOrThrow();

        Assert.Equal(data.Series.SelectMany(s => s.Observations), again.Series.SelectMany(s => s.Observations));
    }
}
