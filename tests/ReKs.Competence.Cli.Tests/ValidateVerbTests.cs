namespace ReKs.Competence.Cli.Tests;

/// <summary><c>reks validate</c> on every document kind (issue 13: "validate on a wheel document says what it is"; every
/// problem in one pass, sorted by path).</summary>
public class ValidateVerbTests
{
    private const string BadWheel = """
        { "schemaVersion": 1, "name": { "nb": "X" }, "periods": [ { "name": { "nb": "P" }, "colour": "#zzzzzz", "start": "13-01" } ], "rings": ["unit"],
          "activities": [
            { "id": "a", "name": { "nb": "A" }, "ring": "nowhere", "category": "meeting", "owner": "x", "rule": { "kind": "fixedDate", "month": 13, "day": 1 } },
            { "id": "a", "name": { "nb": "B" }, "ring": "unit", "category": "party", "owner": "x", "rule": { "kind": "relativeToActivity", "activity": "nobody", "offset": 1, "unit": "days" } }
          ] }
        """;

    [Theory]
    [InlineData("reks-wheel.json", "valid wheel \"ReKs annual wheel\" — 4 periods, 2 rings, 7 activities.")]
    [InlineData("bodo-training-wheel.json", "valid wheel")]
    [InlineData("gjovik-region.evaluation.json", "valid evaluation document — 5 indicators, 13 series against the plan gjovik-region.json.")]
    [InlineData("bodo-hverdagsrehabilitering.json", "valid plan")]
    public void Validate_BundledDocuments_SayWhatTheyAre(string example, string expected)
    {
        var (exit, output, error) = CliRunner.Run("validate", CliRunner.Example(example), "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WheelWithPlan_ChecksItsLinksAgainstThePlan()
    {
        // Bodø's training wheel links to the plan's training measure (seed 003, lines 713–719).
        var (exit, output, error) = CliRunner.Run("validate", CliRunner.Example("bodo-training-wheel.json"), "--plan", CliRunner.Example("bodo-hverdagsrehabilitering.json"), "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Contains("the links agree with the plan bodo-hverdagsrehabilitering.json", output, StringComparison.Ordinal);

        // Against another plan the links dangle: each is reported at its activity's path.
        (exit, output, error) = CliRunner.Run("validate", CliRunner.Example("bodo-training-wheel.json"), "--plan", CliRunner.Example("gjovik-region.json"));
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("$.activities[0].link: the activity 'training' links to 'opplaering-hverdagsrehabilitering', which names no goal, measure or indicator", error, StringComparison.Ordinal);
        Assert.Contains("$.activities[1].link", error, StringComparison.Ordinal);

        // reks wheel with a wheel whose links dangle refuses it the same way.
        (exit, _, error) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--wheel", CliRunner.Example("bodo-training-wheel.json"), "--year", "2013");
        Assert.Equal(2, exit);
        Assert.Contains("$.activities[0].link", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenWheel_ListsEveryProblemInOnePassSortedByPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"reks-bad-wheel-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, BadWheel);
        var (exit, output, error) = CliRunner.Run("validate", file);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        var paths = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(": ")[1]).ToList();
        Assert.Equal(
            [
                "$.activities[0].ring", "$.activities[0].rule.month", "$.activities[1].category", "$.activities[1].id",
                "$.activities[1].rule.activity", "$.periods[0].colour", "$.periods[0].start",
            ],
            paths);
        Assert.Contains(": 7 problem", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManyProblems_SortsIndicesByNumber()
    {
        // Twelve activities on an unknown ring: [2] comes before [10], as a reader counts, not as text sorts.
        var activities = string.Join(",", Enumerable.Range(0, 12).Select(i => $$"""{ "id": "a{{i}}", "name": { "nb": "A" }, "ring": "nowhere", "category": "meeting", "owner": "x", "rule": { "kind": "fixedDate", "month": 1, "day": 5 } }"""));
        var file = Path.Combine(Path.GetTempPath(), $"reks-many-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, $$"""{ "schemaVersion": 1, "name": { "nb": "X" }, "periods": [ { "name": { "nb": "P" }, "colour": "#112233", "start": "01-01" } ], "rings": ["unit"], "activities": [{{activities}}] }""");
        var (exit, _, error) = CliRunner.Run("validate", file);
        Assert.Equal(2, exit);
        var indices = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => int.Parse(line.Split("activities[")[1].Split(']')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(0, 12), indices);
    }

    [Fact]
    public void Validate_KindGiven_ReadsTheDocumentAsThatKind()
    {
        // A plan read as a wheel lacks the wheel's properties: invalid input, every problem named.
        var (exit, _, error) = CliRunner.Run("validate", CliRunner.Example("gjovik-region.json"), "--kind", "wheel");
        Assert.Equal(2, exit);
        Assert.Contains("$", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reks-wheel.json", "--kind", "calendar")]
    [InlineData("bodo-hverdagsrehabilitering.json", "--plan", "docs/examples/gjovik-region.json")] // --plan goes with an evaluation document or a wheel
    public void Validate_BadOption_IsAUsageError(string document, string option, string value) =>
        Assert.Equal(1, CliRunner.Run("validate", CliRunner.Example(document), option, value.StartsWith("docs", StringComparison.Ordinal) ? Path.Combine(CliRunner.Root, value) : value).Exit);
}
