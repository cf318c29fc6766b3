using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Examples;

/// <summary>The bundled example plans validate and say what the seed plans say.</summary>
public class ExamplePlanTests
{
    private static CompetencePlan Load(string name) => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", name))).GetValueOrThrow();

    private static readonly CompetencePlan Bodo = Load("bodo-hverdagsrehabilitering.json");
    private static readonly CompetencePlan Gjovik = Load("gjovik-region.json");

    [Fact]
    public void Bodo_HasTheFiveGoalsOfTheSeed()
    {
        // Seed 003: Mål 1 (line 308), Mål 2 (346), Mål 3 (407), Mål 4 (445), Mål 5 (479).
        Assert.Equal(["goal-1", "goal-2", "goal-3", "goal-4", "goal-5"], Bodo.Goals.Select(g => g.Id.Value));
        Assert.Contains("Tverrfaglig", Bodo.Goals[2].Name.Norwegian, StringComparison.Ordinal);
    }

    [Fact]
    public void Bodo_InterdisciplinaryTeamIsOccupationalTherapistPhysiotherapistAndSpecialistNurse()
    {
        // Seed 003 line 368: "Tverrfagligteam, – ergoterapeut, fysioterapeut og spesialsykepleier".
        var team = Bodo.People.Where(p => p.Node == new NodeId("team")).Select(p => p.PositionType).Order().ToArray();
        Assert.Equal([PositionType.SpecialistNurse, PositionType.OccupationalTherapist, PositionType.Physiotherapist], team);
    }

    [Fact]
    public void Bodo_SupervisionIsHeldButNotPutIntoSystem()
    {
        // Seed 003 line 300: "Ansatte med veiledningskompetanse, men behov for å sette veiledning inn i system".
        Assert.Contains(Bodo.People.SelectMany(p => p.Holdings), h => h.Competence == new CompetenceId("supervision") && !h.Used);
    }

    [Fact]
    public void Bodo_TrainingSchemeIsFourSessionsEveryOtherWeek()
    {
        // Seed 003 line 595: mandatory training, the leader takes part; four sessions of about two hours every other week.
        var training = Bodo.Measures.Single(m => m.Kind == MeasureKind.Course);
        Assert.Equal(4, training.Sessions.Length);
        Assert.All(training.Sessions.Zip(training.Sessions.Skip(1)), p => Assert.Equal(14, Period.Between(p.First, p.Second, PeriodUnits.Days).Days));
    }

    [Fact]
    public void Bodo_GapAnalysisReadsAsTheSeed()
    {
        // Goal 3: "Flere årsverk tverrfagligteam" (line 439) is an acquisition need; goal 4: "Utnytte veiledningskompetansen
        // bedre ved å sette veiledning inn i system" (line 465) a mobilisation need.
        var analysis = GapAnalyzer.Analyse(Bodo, new LocalDate(2013, 2, 1));
        Assert.Contains(analysis.LinesServing(new GoalId("goal-3")), l => l.Competence == new CompetenceId("interdisciplinary") && l.Has(NeedKind.Acquire));
        Assert.True(analysis.LineOf(new NodeId("pilot-zone"), new GapKey(new CompetenceId("supervision"), new ProficiencyLevel(3)))!.Has(NeedKind.Mobilise));
        Assert.True(analysis.LinesServing(new GoalId("goal-5")).Any(l => l.Figures.Gap > PositionShare.Zero), "the attitude of goal 5 is not yet in place");
    }

    [Fact]
    public void Gjovik_HasTheFiveReksMunicipalitiesAndAFewHundredPeople()
    {
        // Seed 000: ReKs is Gjøvik, Østre Toten, Vestre Toten, Søndre Land and Nordre Land.
        var municipalities = Gjovik.Organisation.ChildrenOf(Gjovik.Organisation.Root.Id).Select(n => n.Id.Value).Order().ToArray();
        Assert.Equal(["gjovik", "nordre-land", "ostre-toten", "sondre-land", "vestre-toten"], municipalities);
        Assert.InRange(Gjovik.People.Length, 200, 600);
        Assert.All(Gjovik.Organisation.ChildrenOf(Gjovik.Organisation.Root.Id), m => Assert.Equal(NodeKind.Municipality, m.Kind));
    }

    [Fact]
    public void Gjovik_GoalsComeFromTheReksStrategy()
    {
        // Seed 000 section 2.3: result goal "Utnyttelse av fagpersoner på tvers av kommuner", effect goals "De ansatte er mer
        // robuste faglig sett" and an overview of the competence held and needed; section 5.1: Kompetanseløft 2025.
        Assert.Contains(Gjovik.Goals, g => g.Name.Norwegian.Contains("på tvers av kommuner", StringComparison.Ordinal));
        Assert.Contains(Gjovik.Goals, g => g.Name.Norwegian.Contains("robuste", StringComparison.Ordinal));
        Assert.Contains(Gjovik.Goals, g => g.Name.Norwegian.Contains("Kompetanseløft 2025", StringComparison.Ordinal));
        Assert.Contains(Gjovik.Competences, c => c.Tags.Contains("Demensplan 2025"));
        Assert.Contains(Gjovik.Competences, c => c.Components.HasFlag(LaiComponents.Attitudes));
    }
}
