using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;

namespace ReKs.Competence.Tests.Planning;

/// <summary>Coverage of the test plan (Planning/measures-plan.json) at 30 June 2013, the needed-by date of its rehabilitation
/// requirements (the Bodø seed evaluates the training in June 2013). Figures worked out by hand from the gap semantics.</summary>
public class CoverageTests
{
    private static readonly LocalDate June = new(2013, 6, 30);

    private static readonly PlanCoverage Coverage = PlanCoverage.Of(MeasurePlan.Plan, June);

    private static CoverageLine Line(string node, string competence) =>
        Coverage.Lines.Single(l => l.Node.Value == node && l.Key.Competence.Value == competence);

    [Fact]
    public void BasicTraining_ReachesDevelopablePeopleFirstThenTheRest_UpToItsSeats()
    {
        // Seats 2 × 2 runs = 4. Developable on an addressed line: p01, p02 (level 1, within reach of 2) and p05 (aspires);
        // then the rest of the group in depth-first node order and by pseudonym: p03. One seat reaches nobody developable.
        var reach = Coverage.Measures.Single(r => r.Measure.Id.Value == "grunnopplaering");
        Assert.Equal(["p01", "p02", "p05", "p03"], reach.People.Select(p => p.Value));
        Assert.Equal(["p01", "p02", "p05"], reach.Developable.Select(p => p.Value));
        Assert.Equal(1, reach.OverCommitted);
        Assert.True(reach.Completes);
    }

    [Fact]
    public void Zone1Rehabilitation_CoveredByTheBasicTraining()
    {
        // Need 300 − 100 used (p04) = 200. After: p01 100 + p02 80 + p03 50 + p04 100 = 330 used ≥ 300.
        var line = Line("sone-1", "rehab");
        Assert.Equal("need 200 = covered 200 + left 0", line.Figures.ToString());
        Assert.Equal(["grunnopplaering 200 [p01 p02 p03]", "ressursperson 0 [p04]"], line.Measures.Select(m => $"{m.Measure.Id} {m.Covers} [{string.Join(' ', m.People)}]"));
        Assert.All(line.Measures, m => Assert.False(m.Late));
    }

    [Fact]
    public void Zone2Rehabilitation_TrainingAndRecruitmentLeaveFifty()
    {
        // Need 200; p05 trained (100), an occupational therapist recruited at 50 % by 1 April: 50 left to acquire.
        var line = Line("sone-2", "rehab");
        Assert.Equal("need 200 = covered 150 + left 50", line.Figures.ToString());
        Assert.Equal(["grunnopplaering 100", "rekruttere-ergoterapeut 50"], line.Measures.Select(m => $"{m.Measure.Id} {m.Covers}"));
        Assert.Equal(PositionShare.FromPercent(50), line.After!.Figures.Acquire);
    }

    [Fact]
    public void Supervision_MobilisedLeavesTwenty()
    {
        // p02 holds supervision at level 3 unused (80 %): putting it into system covers 80 of the 100 needed.
        var line = Line("sone-1", "veiledning");
        Assert.Equal("need 100 = covered 80 + left 20", line.Figures.ToString());
        Assert.Equal("veiledning-i-system", Assert.Single(line.Measures).Measure.Id.Value);
    }

    [Fact]
    public void CancelledPhaseOut_LeavesTheNeedUnaddressed()
    {
        var line = Assert.Single(Coverage.Unaddressed);
        Assert.Equal(("sone-2", "gammel-rutine", "need 40 = covered 0 + left 40"), (line.Node.Value, line.Key.Competence.Value, line.Figures.ToString()));
        Assert.Empty(Coverage.AddressingNoNeed);
    }

    [Fact]
    public void NetOfMunicipality_AddsTheZones()
    {
        var net = Coverage.NetOf(new NodeId("kommune"));
        Assert.Equal("need 400 = covered 350 + left 50", net.Single(kv => kv.Key.Competence.Value == "rehab").Value.ToString());
    }

    [Fact]
    public void BeforeTheTrainingEnds_OnlyTheMobilisationAndRecruitmentCount()
    {
        // 1 April 2013: the basic training ends 9 April; supervision (1 March) and the recruitment (1 April) have happened.
        var early = PlanCoverage.Of(MeasurePlan.Plan, new LocalDate(2013, 4, 1));
        Assert.False(early.Measures.Single(r => r.Measure.Id.Value == "grunnopplaering").Completes);
        Assert.Equal("need 200 = covered 50 + left 150", early.Lines.Single(l => l.Node.Value == "sone-2" && l.Key.Competence.Value == "rehab").Figures.ToString());
    }

    [Fact]
    public void Project_WithAndWithoutTheMeasures()
    {
        var pairs = PlanCoverage.Project(MeasurePlan.Plan, [June, new LocalDate(2013, 1, 1)]);
        Assert.Equal([new LocalDate(2013, 1, 1), June], pairs.Select(p => p.Key.AsOf));
        var without = pairs[1].Key.Lines.Sum(l => l.Figures.Gap.Hundredths);
        var with = pairs[1].Value.Lines.Sum(l => l.Figures.Gap.Hundredths);
        Assert.Equal((54000L, 11000L), (without, with)); // 200 + 100 + 200 + 40 = 540 → 0 + 20 + 50 + 40 = 110
        Assert.Equal(pairs[0].Key.Lines.AsEnumerable(), pairs[0].Value.Lines.AsEnumerable()); // nothing completes by 1 January 2013
    }
}
