using System.Text;
using ReKs.Competence.Cli.Import;
using ReKs.Competence.Model;

namespace ReKs.Competence.Cli.Tests.Import;

/// <summary>The optional measures.csv: one row per measure and its one yield, problems at file:line:column.</summary>
public sealed class MeasuresImportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reks-import-measures-" + Guid.NewGuid().ToString("N"));

    public MeasuresImportTests()
    {
        Directory.CreateDirectory(_folder);
        Write("organisation.csv", "id;parent\nkommune;\nsone-1;kommune\n");
        Write("people.csv", "id;node;positionPercent\np1;sone-1;100\n");
        Write("holdings.csv", "person;competence;level;basis;used\np1;rehab;1;informal;ja\n");
        Write("requirements.csv", "node;competence;minLevel;amountPercent\nsone-1;rehab;2;100\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Import_MeasuresTable_ReadsTheTrainingScheme()
    {
        // The Bodø seed's scheme: four two-hour sessions every other week from February 2013, mandatory, leader takes part.
        Write(
            "measures.csv",
            "id;name;kind;participants;capacity;runs;sessions;hoursPerParticipant;mandatory;leaderTakesPart;yieldStrategy;yieldCompetence;yieldLevel\n"
            + "grunnopplaering;Grunnopplæring;course;sone-1;15;2;26.02.2013|12.03.2013|26.03.2013|09.04.2013;8;ja;ja;develop;rehab;2\n");
        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.True(result.Plan is not null, string.Join('\n', result.Problems));
        var m = Assert.Single(result.Plan.Measures);
        Assert.Equal((30L, 4, 8m, true, true), (m.Seats!.Value, m.Sessions.Length, m.HoursPerParticipant!.Value, m.Mandatory, m.LeaderTakesPart));
        Assert.Equal(MeasureYield.Develop(new CompetenceId("rehab"), new ProficiencyLevel(2)), Assert.Single(m.Yields));
        Assert.Equal(CompetenceStrategies.Develop, m.Strategy);
    }

    [Fact]
    public void Import_BadMeasureRow_ProblemsAtTheirColumns()
    {
        Write(
            "measures.csv",
            "id;name;kind;sessions;runs;yieldStrategy;yieldCompetence;yieldLevel\n"
            + "m1;Tiltak;course;2013-02-30;0;develop;ukjent;2\n"
            + "m2;Tiltak;course;;;develop;rehab;\n");
        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.Null(result.Plan);
        Assert.Equal(["measures.csv:2:4", "measures.csv:2:5", "measures.csv:2:7", "measures.csv:3:8"], result.Problems.Select(p => p.Location));
    }

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_folder, file), text, new UTF8Encoding(false));
}
