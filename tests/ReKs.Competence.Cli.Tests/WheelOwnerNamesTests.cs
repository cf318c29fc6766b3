using System.Text.Json.Nodes;

namespace ReKs.Competence.Cli.Tests;

/// <summary>The calendar names an activity's owner as the tables do (issue 13: names, not ids, in the .ics descriptions).</summary>
public class WheelOwnerNamesTests
{
    [Fact]
    public void Wheel_OwnerThatIsAUnitOfThePlan_IsNamedAlikeInTheTableAndTheCalendar()
    {
        // The ReKs template with its first activity owned by the unit 'gjovik' of the example plan (named "Gjøvik kommune").
        var wheel = JsonNode.Parse(File.ReadAllText(CliRunner.Example("reks-wheel.json")))!.AsObject();
        wheel.Remove("owners");
        wheel["activities"]![0]!["owner"] = "gjovik";
        var file = Path.Combine(Path.GetTempPath(), $"reks-wheel-owner-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, wheel.ToJsonString());
        try
        {
            string[] common = ["wheel", CliRunner.Example("gjovik-region.json"), "--wheel", file, "--year", "2027"];
            var (exit, table, error) = CliRunner.Run([.. common, "--format", "table"]);
            Assert.True(exit == 0, error);
            (exit, var ics, error) = CliRunner.Run([.. common, "--format", "ics"]);
            Assert.True(exit == 0, error);

            Assert.Contains("Gjøvik kommune", table, StringComparison.Ordinal);
            Assert.Contains(" · Gjøvik kommune · ", ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
