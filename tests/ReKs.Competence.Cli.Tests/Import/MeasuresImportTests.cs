using System.Text;
using ReKs.Competence.Cli.Import;
using ReKs.Competence.Model;

namespace ReKs.Competence.Cli.Tests.Import;

/// <summary>The optional measures.csv: one row per measure, or a row per yield, cost item and funding source of a measure, problems at file:line:column.</summary>
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

    [Fact]
    public void Import_SeveralRowsOfOneMeasure_GiveItsYieldsCostsAndFunding()
    {
        // As a finance export joins a measure with its budget lines: the Bodø seed's budget (seed 003, lines 658-663):
        // KS project funds NOK 100 000 granted, the county governor's discretionary grants applied for, the Directorate of
        // Health's collaboration funds to apply for. The amounts of the grants are not in the seed (assumed here).
        Write(
            "measures.csv",
            "id;name;kind;participants;sessions;evaluationDates;yieldStrategy;yieldCompetence;yieldLevel;costYear;costDescription;costFee;costHours;costRate;fundingSource;fundingYear;fundingAmount;fundingStatus;fundingDeadline\n"
            + "grunnopplaering;Grunnopplæring;course;sone-1;26.02.2013|12.03.2013;18.06.2013;develop;rehab;2;2013;Kursholder;25000;;;ks-prosjektmidler;2013;100000;granted;\n"
            + "grunnopplaering;Grunnopplæring;;;;;mobilise;veiledning;;2013;Frikjøp;;32;412,50;skjonnsmidler;2013;50000;applied;15.01.2013\n"
            + "grunnopplaering;;;;;;;;;;;;;;samhandlingsmidler;2013;40000;applied;01.03.2013\n");
        Write("requirements.csv", "node;competence;minLevel;amountPercent\nsone-1;rehab;2;100\nsone-1;veiledning;1;100\n");
        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.True(result.Plan is not null, string.Join('\n', result.Problems));
        var m = Assert.Single(result.Plan.Measures);
        Assert.Equal([CompetenceStrategies.Develop, CompetenceStrategies.Mobilise], m.Yields.Select(y => y.Strategy));
        Assert.Equal([25000m, 13200m], m.Costs.Select(c => c.Amount));
        Assert.Equal(["ks-prosjektmidler", "skjonnsmidler", "samhandlingsmidler"], m.Funding.Select(f => f.Source));
        Assert.Equal([null, new NodaTime.LocalDate(2013, 1, 15), new NodaTime.LocalDate(2013, 3, 1)], m.Funding.Select(f => f.ApplicationDeadline));
        Assert.Equal<NodaTime.LocalDate>([new NodaTime.LocalDate(2013, 6, 18)], m.EvaluationDates);
    }

    [Fact]
    public void Import_FurtherRowThatChangesTheMeasureOrBadMoney_ProblemsAtTheirColumns()
    {
        Write(
            "measures.csv",
            "id;name;kind;costYear;costDescription;costFee;fundingSource;fundingYear;fundingAmount;fundingStatus\n"
            + "m1;Tiltak;course;2013;Kurs;100;ks;2013;50;granted\n"
            + "m1;Annet navn;course;2013;Kurs;1,005;ks;2013;50;promised\n"
            + "m1;;;;;;a b;2013;-1;granted\n");
        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.Null(result.Plan);
        Assert.Equal(["measures.csv:3:2", "measures.csv:3:6", "measures.csv:3:10", "measures.csv:4:7", "measures.csv:4:9"], result.Problems.Select(p => p.Location));
        Assert.Contains("continues line 2", result.Problems[0].Message, StringComparison.Ordinal);
    }

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_folder, file), text, new UTF8Encoding(false));
}
