namespace ReKs.Competence.Cli.Tests;

/// <summary><c>reks evaluate</c> end to end on the Gjøvik-region example and its evaluation document.</summary>
public class EvaluateVerbTests
{
    [Theory]
    [InlineData("table", "nb", "evaluate-all.nb.txt")]
    [InlineData("markdown", "en", "evaluate-all.en.md")]
    [InlineData("json", "nb", "evaluate-all.json")]
    public void Evaluate_AllIndicators_MatchesGolden(string format, string lang, string golden)
    {
        var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-11-01", "--format", format, "--lang", lang, "--kostra");
        Assert.True(exit == 0, error);
        CliRunner.AssertGolden(golden, output);
    }

    [Theory]
    [InlineData("table", "nb", "evaluate-legemiddel-gjovik.nb.txt")]
    [InlineData("markdown", "en", "evaluate-legemiddel-gjovik.en.md")]
    [InlineData("json", "en", "evaluate-legemiddel-gjovik.json")]
    public void Evaluate_OneIndicatorAtOneMunicipality_MatchesGolden(string format, string lang, string golden)
    {
        var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "legemiddelavvik-per-1000", "--node", "gjovik", "--as-of", "2026-11-01", "--format", format, "--lang", lang);
        Assert.True(exit == 0, error);
        CliRunner.AssertGolden(golden, output);
    }

    [Fact]
    public void Evaluate_ExcludedMonth_IsMarkedAndLeftOutOfTheCentre()
    {
        // Gjøvik's January 2025 taken out as a known special cause: still a point, no longer in the baseline's centre.
        string[] args = ["evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "legemiddelavvik-per-1000", "--node", "gjovik", "--as-of", "2026-11-01", "--format", "json"];
        var (exit, output, error) = CliRunner.Run([.. args, "--exclude", "2025-01"]);
        var (_, plain, _) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        Assert.Matches("\"period\": \"2025-01\",[^}]*\"excluded\": true", output);
        Assert.NotEqual(Centre(plain), Centre(output));
        Assert.Equal(19, BaselinePoints(output));
    }

    [Theory]
    [InlineData("--exclude", "2019-01", "no series of 'legemiddelavvik-per-1000' has the period(s) 2019-01")]
    [InlineData("--exclude", "2025-01,januar", "'januar' is not a period")]
    [InlineData("--baseline", "0", "--baseline: the baseline has at least one point")]
    [InlineData("--baseline", "40", "--baseline: 40 points is more than a series without an intervention has")]
    public void Evaluate_BadExclusionOrBaseline_IsInvalidInputSayingWhatIsWrong(string option, string value, string message)
    {
        var (exit, _, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "legemiddelavvik-per-1000", "--as-of", "2026-11-01", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IChartAndTChart_ShowTheMrChartAndTheKind()
    {
        var file = Path.Combine(Path.GetTempPath(), $"reks-charts-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Report.IndicatorSectionTests.Document());
        try
        {
            var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--series", file, "--indicator", "ventetid-minutter", "--as-of", "2026-11-01", "--lang", "en");
            Assert.True(exit == 0, error);
            Assert.Contains("control chart (I with MR)", output, StringComparison.Ordinal);
            Assert.Contains("MR chart: centre line ", output, StringComparison.Ordinal);
            var (_, t, _) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--series", file, "--as-of", "2026-11-01", "--lang", "en", "--format", "json");
            Assert.Contains("\"chart\": \"T\"", t, StringComparison.Ordinal);
            Assert.Contains("\"chart\": \"G\"", t, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_SubgroupedKnowledgeTest_ShowsXbarWithItsSChartInTextAndJson()
    {
        // The Gjøvik example's knowledge test (eng/generate-gjovik-evaluation.py): 3–7 staff a month at Gjøvik's nursing
        // homes, the mean score up by about three points after the e-learning of 1 September 2025.
        string[] args = ["evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "kunnskapstest-legemiddel", "--as-of", "2026-11-01", "--lang", "en"];
        var (exit, text, error) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        Assert.Contains("control chart (Xbar with S)", text, StringComparison.Ordinal);
        Assert.Contains("S chart: centre line ", text, StringComparison.Ordinal);
        Assert.Contains("subgroups of 3–7 measurements", text, StringComparison.Ordinal);
        Assert.Contains("Verdict: improvement", text, StringComparison.OrdinalIgnoreCase);

        var (_, json, _) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.Contains("\"chart\": \"Xbar\"", json, StringComparison.Ordinal);
        Assert.Matches("\"period\": \"2024-01\",[^}]*\"subgroupSize\": 5,[^}]*\"standardDeviation\": ", json);
        Assert.Contains("\"standardDeviationChart\": {", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SeriesDocumentNamingAnSsbTable_ReadsTheTableBesideItAndNamesItsProblems()
    {
        // The table is the test suite's SSB-shaped sample (made-up numbers): 3407 is Gjøvik's municipality number.
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"reks-ssb-{Guid.NewGuid():N}"));
        File.Copy(Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Tests", "Evaluation", "Samples", "ssb-sparse-monthly.json"), Path.Combine(dir.FullName, "sykefravaer.json"));
        string Document(string file) => $$"""
            { "schemaVersion": 1,
              "indicators": [ { "id": "sykefravaer", "name": { "nb": "Sykefravær" }, "unit": { "nb": "prosent" }, "kind": "measured", "direction": "lower", "level": "results", "chart": "run" } ],
              "series": [],
              "statistics": [ { "file": "{{file}}", "regions": [ { "code": "3407", "node": "gjovik" } ], "contents": [ { "code": "Sykefravaer", "indicator": "sykefravaer" } ] } ] }
            """;
        var good = Path.Combine(dir.FullName, "good.json");
        var bad = Path.Combine(dir.FullName, "bad.json");
        File.WriteAllText(good, Document("sykefravaer.json"));
        File.WriteAllText(bad, Document("mangler.json"));
        try
        {
            var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--series", good, "--indicator", "sykefravaer", "--as-of", "2026-11-01", "--format", "json");
            Assert.True(exit == 0, error);
            Assert.Contains("\"period\": \"2025-06\"", output, StringComparison.Ordinal);
            var (badExit, _, badError) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--series", bad);
            Assert.Equal(2, badExit);
            Assert.Contains("$.statistics[0].file", badError, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Evaluate_ExcludedMonthInText_IsListedAsLeftOut()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "legemiddelavvik-per-1000", "--node", "gjovik", "--as-of", "2026-11-01", "--lang", "en", "--exclude", "2025-01,2025-03");
        Assert.True(exit == 0, error);
        Assert.Contains("Left out of the calculations (still drawn): 2025-01, 2025-03", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BaselineForSeriesWithoutIntervention_FreezesTheFirstPoints()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "legemiddelavvik-per-1000", "--node", "nordre-land", "--as-of", "2026-11-01", "--format", "json", "--baseline", "12");
        Assert.True(exit == 0, error);
        Assert.Equal(12, BaselinePoints(output));
    }

    private static double Centre(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("indicators")[0].GetProperty("nodes")[0].GetProperty("baseline").GetProperty("centre").GetDouble();

    private static int BaselinePoints(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("indicators")[0].GetProperty("nodes")[0].GetProperty("baseline").GetProperty("points").GetInt32();

    [Fact]
    public void Evaluate_AsOfBeforeTheIntervention_HasNothingAfterItYet()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "legemiddelavvik-per-1000", "--node", "gjovik", "--as-of", "2025-08-15", "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Contains("Insufficient data", output, StringComparison.Ordinal);
        Assert.Contains("no measurements after the intervention yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_KostraForAMunicipality_ShowsItAndItsServices()
    {
        var (exit, output, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--node", "gjovik", "--kostra", "--as-of", "2026-11-01", "--format", "json");
        Assert.True(exit == 0, error);
        Assert.Contains("\"node\": \"gjovik\",", output, StringComparison.Ordinal);
        Assert.Contains("\"node\": \"gjovik-hjemme\",", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"node\": \"reks\",", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_KostraForBodo_ShowsTheSpecialistNurseShareBesideTheHealthEducationShare()
    {
        // Bodø's plan (seed 003, goal 3): the interdisciplinary team has a specialist nurse; the example plan gives her a
        // position share, and the KOSTRA table shows her person-years and their share of all.
        var plan = CliRunner.Example("bodo-hverdagsrehabilitering.json");
        var people = System.Text.Json.JsonDocument.Parse(File.ReadAllText(plan)).RootElement.GetProperty("people").EnumerateArray().ToList();
        var nurses = people.Where(p => p.GetProperty("positionType").GetString() == "specialistNurse").Sum(p => p.GetProperty("positionPercent").GetDecimal()) / 100;
        Assert.True(nurses > 0);
        var file = Path.Combine(Path.GetTempPath(), $"reks-empty-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ \"schemaVersion\": 1, \"indicators\": [], \"series\": [] }");
        try
        {
            var (exit, json, error) = CliRunner.Run("evaluate", plan, "--series", file, "--kostra", "--as-of", "2013-06-01", "--format", "json");
            Assert.True(exit == 0, error);
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"specialistNurses\": {nurses}"), json, StringComparison.Ordinal);
            Assert.Contains("\"specialistNurseShare\": 0.", json, StringComparison.Ordinal);
            var (_, text, _) = CliRunner.Run("evaluate", plan, "--series", file, "--kostra", "--as-of", "2013-06-01", "--lang", "en");
            Assert.Contains("Share spec. nurses", text, StringComparison.Ordinal);
            Assert.Contains("Health educ.", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_KostraGroups_ComparesEachMunicipalityWithItsGroupInTheSsbTable()
    {
        // docs/examples/ssb: shaped like SSB's KOSTRA table with made-up numbers and group membership.
        var table = CliRunner.Example(Path.Combine("ssb", "kostra-pleie-og-omsorg.json"));
        string[] args = ["evaluate", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-11-01", "--kostra", "--kostra-groups", table, "--kostra-region", "gjovik=3407:EKG13, sondre-land=3447:EKG11", "--lang", "en"];
        var (exit, text, error) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        Assert.Contains("The municipality against its KOSTRA group (SSB's figures)", text, StringComparison.Ordinal);
        Assert.Matches(@"Gjøvik kommune\s+3407\s+EKG13\s+KOSandelhelseutd0000\s+2024\s+81\.0\s+79\.9\s+1\.1", text);

        var (_, json, _) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.Contains("\"kostraGroupComparison\": [", json, StringComparison.Ordinal);
        Assert.Matches("\"period\": \"2021\",\\s*\"municipality\": null,\\s*\"group\": [0-9.]+,\\s*\"difference\": null", json); // Søndre Land's 2021 is ".."
    }

    [Theory]
    [InlineData("gjovik=3417:EKG99", "region dimension 'KOKkommuneregion0000' has no category '3417'")]
    [InlineData("atlantis=3407:EKG13", "'atlantis' is not a node of the plan")]
    [InlineData("gjovik:3407=EKG13", "is not node=municipality number:KOSTRA group")]
    public void Evaluate_KostraGroupsBadMapping_IsInvalidInputNamingIt(string mapping, string message)
    {
        var table = CliRunner.Example(Path.Combine("ssb", "kostra-pleie-og-omsorg.json"));
        var (exit, _, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--kostra-groups", table, "--kostra-region", mapping);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        var (alone, _, aloneError) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--kostra-groups", table);
        Assert.Equal(2, alone);
        Assert.Contains("--kostra-groups and --kostra-region go together", aloneError, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BareJsonStatTableAsSeries_SaysWhatItLacksOrNamesItsProblemsAtTheirPaths()
    {
        // A sound SSB-shaped table has no indicators and the plan no municipality numbers: the answer says how to use it.
        var table = CliRunner.Example(Path.Combine("ssb", "kostra-pleie-og-omsorg.json"));
        var (exit, _, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--series", table);
        Assert.Equal(2, exit);
        Assert.Contains("kostra-pleie-og-omsorg.json: a JSON-stat table (7 region(s) in 'KOKkommuneregion0000'), not an evaluation document", error, StringComparison.Ordinal);
        Assert.Contains("\"statistics\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("schemaVersion", error, StringComparison.Ordinal);

        // A broken table: its own problems at their JSON paths, not the evaluation document's missing fields.
        var broken = Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Tests", "Evaluation", "Samples", "broken.json");
        var (brokenExit, _, brokenError) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--series", broken);
        Assert.Equal(2, brokenExit);
        Assert.Contains("broken.json: $.value: the sizes make 6 cells; the array has 5", brokenError, StringComparison.Ordinal);
        Assert.Contains("broken.json: $.dimension.Tid:", brokenError, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownIndicator_IsAUsageErrorNamingTheKnownOnes()
    {
        var (exit, _, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--indicator", "nope");
        Assert.Equal(1, exit);
        Assert.Contains("legemiddelavvik-per-1000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BrokenEvaluationDocument_ListsEveryProblemWithItsPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"reks-eval-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
        {
          "schemaVersion": 1,
          "indicators": [ { "id": "x", "name": { "nb": "X" }, "unit": { "nb": "x" }, "kind": "rate", "direction": "lower", "level": "results", "nodes": ["atlantis"] } ],
          "series": [ { "indicator": "x", "node": "gjovik", "observations": [ { "period": "2025-01", "value": 1 }, { "period": "2025-03", "value": 1, "denominator": 10 } ] } ]
        }
        """);
        try
        {
            var (exit, _, error) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--series", file);
            Assert.Equal(2, exit);
            Assert.Contains("$.indicators[0].nodes[0]", error, StringComparison.Ordinal);
            Assert.Contains("$.series[0].observations[0].denominator", error, StringComparison.Ordinal);
            Assert.Contains("$.series[0].observations[1].period", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_NoEvaluationDocumentBesideThePlan_SaysHowToNameOne()
    {
        // A copy of Bodø's plan alone in a folder: the example itself has its June 2013 evaluation beside it.
        var folder = Directory.CreateTempSubdirectory("reks-alone-");
        try
        {
            var plan = Path.Combine(folder.FullName, "bodo.json");
            File.Copy(CliRunner.Example("bodo-hverdagsrehabilitering.json"), plan);
            var (exit, _, error) = CliRunner.Run("evaluate", plan);
            Assert.Equal(2, exit);
            Assert.Contains("--series", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Evaluate_BodoJune2013_TheTrainingIsJudgedPerZoneAndMeasuredAtTwoOfFourLevels()
    {
        // Seed 003, lines 702-725: the training (four sessions from February/March 2013) is evaluated in June 2013 by
        // those trained, once they have worked with everyday rehabilitation. The example's evaluation document
        // (eng/generate-bodo-evaluation.py, assumed figures) has that survey (reaction) and the share of new users
        // offered everyday rehabilitation (behaviour); learning and results are left unmeasured.
        var plan = CliRunner.Example("bodo-hverdagsrehabilitering.json");
        var (exit, text, error) = CliRunner.Run("evaluate", plan, "--as-of", "2013-08-31", "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Contains("Basic training in everyday rehabilitation: four two-hour sessions every other week, mandatory, leader takes part  Insufficient data (3 of 3 without enough data)  no indicator  Improvement (improved 3 of 3)  no indicator", text, StringComparison.Ordinal);
        Assert.Contains("Home care, pilot zone", text, StringComparison.Ordinal);
        var (planExit, measures, planError) = CliRunner.Run("plan", plan, "--as-of", "2013-08-31", "--lang", "en", "--format", "json");
        Assert.True(planExit == 0, planError);
        using var json = System.Text.Json.JsonDocument.Parse(measures);
        var training = json.RootElement.GetProperty("evaluation").EnumerateArray().Single(e => e.GetProperty("measure").GetString() == "opplaering-hverdagsrehabilitering");
        Assert.Equal(["learning", "results"], training.GetProperty("unmeasured").EnumerateArray().Select(x => x.GetString()!).ToArray());
    }
}
