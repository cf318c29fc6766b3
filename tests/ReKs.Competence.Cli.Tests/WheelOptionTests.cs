namespace ReKs.Competence.Cli.Tests;

/// <summary>Every verb that takes <c>--wheel</c> refuses a wheel that does not fit the plan the same way: the same
/// problems at the same paths, exit code 2 (docs/wheel.md, "Links").</summary>
public class WheelOptionTests
{
    public static TheoryData<string[]> Verbs => new()
    {
        new[] { "wheel", "--year", "2013" },
        new[] { "report", "--as-of", "2013-06-30" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Wheel_LinksThePlanDoesNotHave_ExitsTwoWithTheLinkProblems(string[] verb)
    {
        // Bodø's training wheel links to Bodø's training measure (seed 003, lines 713–719); the Gjøvik plan has no such measure.
        var (exit, output, error) = CliRunner.Run([verb[0], CliRunner.Example("gjovik-region.json"), "--wheel", CliRunner.Example("bodo-training-wheel.json"), .. verb[1..]]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(
            "bodo-training-wheel.json: 2 problem(er) / problem(s)\n" +
            "bodo-training-wheel.json: $.activities[0].link: the activity 'training' links to 'opplaering-hverdagsrehabilitering', which names no goal, measure or indicator of the plan\n" +
            "bodo-training-wheel.json: $.activities[1].link: the activity 'evaluation' links to 'opplaering-hverdagsrehabilitering', which names no goal, measure or indicator of the plan\n",
            error);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Wheel_IndicatorLinkTheEvaluationDocumentLacks_ExitsTwoAtTheLink(string[] verb)
    {
        // The plan's evaluation document beside it is what indicator links are checked against, in every verb.
        var wheel = Path.Combine(Path.GetTempPath(), $"reks-wheel-indicator-{Guid.NewGuid():N}.json");
        File.WriteAllText(wheel, File.ReadAllText(CliRunner.Example("bodo-training-wheel.json"))
            .Replace("\"link\": \"opplaering-hverdagsrehabilitering\"", "\"link\": \"no-such-indicator\", \"linkKind\": \"indicator\"", StringComparison.Ordinal));
        try
        {
            var (exit, output, error) = CliRunner.Run([verb[0], CliRunner.Example("bodo-hverdagsrehabilitering.json"), "--wheel", wheel, .. verb[1..]]);

            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains("$.activities[0].link", error, StringComparison.Ordinal);
            Assert.Contains("no-such-indicator", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(wheel);
        }
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Wheel_LinksThePlanHas_IsAccepted(string[] verb)
    {
        var (exit, output, error) = CliRunner.Run([verb[0], CliRunner.Example("bodo-hverdagsrehabilitering.json"), "--wheel", CliRunner.Example("bodo-training-wheel.json"), .. verb[1..]]);

        Assert.True(exit == 0, error);
        Assert.NotEmpty(output);
    }
}
