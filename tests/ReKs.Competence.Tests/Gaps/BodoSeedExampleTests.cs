using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// Bodø's strategic competence plan for everyday rehabilitation (seed 003), goals 2–5, as encoded in the shared
/// fixture bodo-hverdagsrehabilitering.json: the analysis must read as the seed does.
/// </summary>
public class BodoSeedExampleTests
{
    private static readonly GapFixtureAdapter.Case Bodo = GapFixtureAdapter.Load(Path.Combine(Repo.Fixtures, "gap-analysis", "bodo-hverdagsrehabilitering.json"));
    private static readonly GapAnalysis Analysis = GapAnalyzer.Analyse(Bodo.Plan, Bodo.AsOf, Bodo.Options);

    [Fact]
    public void Goal3_MoreFteInTheInterdisciplinaryTeam_ShowsAsAcquisition()
    {
        // Seed 003, Mål 3 (line 407): Krav "Team med tverrfagligkompetanse" (413); Kapital "Etablert tverrfagligteam
        // med erfaringer" (423); Behov, anskaffelse: "Flere årsverk tverrfagligteam" (439).
        var line = Analysis.LinesServing(new GoalId("goal-3")).Single(l => l.Competence == new CompetenceId("interdisciplinary"));
        Assert.True(line.Has(NeedKind.Acquire));
        Assert.Equal(PositionShare.FromPercent(40), line.Figures.Acquire);
        Assert.True(line.Figures.UsedSupply > PositionShare.Zero); // the established team is capital in use
    }

    [Fact]
    public void Goal4_SupervisionHeldButNotPutIntoSystem_ShowsAsMobilisation()
    {
        // Seed 003, Mål 4 (line 445): Kapital "Vi har ansatte med veiledningskompetanse" (457); Behov, mobilisering:
        // "Utnytte veiledningskompetansen bedre ved å sette veiledning inn i system" (465) — held but unused.
        var line = Analysis.LineOf(new NodeId("pilot-zone"), new GapKey(new CompetenceId("supervision"), new ProficiencyLevel(3)))!;
        Assert.True(line.Has(NeedKind.Mobilise));
        Assert.Equal(line.Figures.Gap, line.Figures.Mobilise);
        Assert.Equal(PositionShare.Zero, line.Figures.UsedSupply);
        Assert.True(line.Fragile); // one supervisor carries it: robustness is a finding too (seed 000, 2.3 "robuste")
    }

    [Fact]
    public void Explain_Goal3Line_SaysWhoCountedAndWhyTheRestIsAcquired()
    {
        var line = Analysis.LinesServing(new GoalId("goal-3")).Single(l => l.Competence == new CompetenceId("interdisciplinary"));
        var explanation = Analysis.Explain(line);
        Assert.Contains(explanation.People, p => p.Class == PersonClass.QualifiedUsed && p.Reason == CountReason.QualifiedAndUsed);
        var nb = explanation.Narrative(Language.Norwegian);
        var en = explanation.Narrative(Language.English);
        Assert.Contains("Anskaffe 40 %", nb, StringComparison.Ordinal);
        Assert.Contains("Acquire 40 %", en, StringComparison.Ordinal);
    }

    [Fact]
    public void SharingSuggestions_ZoneWithUnusedSupervision_CanServeTheTeam()
    {
        // Seed 000's "use experts across" at unit level: zone 2 holds supervision competence it does not need.
        var suggestions = Analysis.SharingSuggestions(new NodeId("ho"));
        Assert.Contains(suggestions, s => s.Key.Competence == new CompetenceId("supervision") && s.From == new NodeId("zone-2") && s.Amount > PositionShare.Zero);
        Assert.All(suggestions, s => Assert.NotEqual(s.From, s.To));
    }
}
