using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The public surface of one analysis worked by hand from the gap-analysis spec ("Lines", "Classifying a person",
/// "Local allocation", "Roll-up"): the look-ups, the roll-up and net view, the unrequired list, the what-ifs that change
/// nothing, the one-line summaries whose formats the members' documentation gives, and the explanation's narrative.
/// </summary>
public class GapAnalysisSurfaceTests
{
    private static readonly LocalDate T = new(2026, 3, 1);
    private static readonly CompetenceId Med = new("med");
    private static readonly CompetenceId Dem = new("dem");
    private static readonly CompetenceId Sign = new("sign");
    private static readonly NodeId R = new("r");
    private static readonly NodeId M1 = new("m1");
    private static readonly NodeId M2 = new("m2");
    private static readonly NodeId U1 = new("u1");
    private static readonly GoalId G1 = new("g1");
    private static readonly GoalId G2 = new("g2");
    private static readonly GapKey Med3 = new(Med, new ProficiencyLevel(3));

    /// <summary>
    /// r → (m1 → u1), m2. Medication at level 3 is asked for in m1 (100 %, own minimum heads 3, goal g2) and twice in m2
    /// (200 % for g2 and 100 % for g1 and g2: one line of 200 % serving g1 and g2 once each); one at the root starts next year. m1: a qualified and using it
    /// (100 %), b qualified not using it (50 %). m2: k qualified not using it (level 4, 10 %), c within reach (level 2),
    /// e aspires, x's level 3 expired, y not assessed, d too far below (level 1 valid, level 2 expired), f has left.
    /// u1 holds only competences nobody asks for.
    /// </summary>
    private static CompetencePlan Plan() => new(
        new LocalizedText("flate"),
        new Organisation([
            new OrganisationNode(R, null, new LocalizedText("Region", "Region")),
            new OrganisationNode(M1, R, new LocalizedText("Alfa")),
            new OrganisationNode(U1, M1),
            new OrganisationNode(M2, R, new LocalizedText("m2")),
        ]),
        [
            new ReKs.Competence.Model.Competence(Med, new LocalizedText("Legemidler", "Medication"), LaiComponents.Knowledge),
            new ReKs.Competence.Model.Competence(Dem, new LocalizedText("Demens", "Dementia"), LaiComponents.Knowledge),
            new ReKs.Competence.Model.Competence(Sign, new LocalizedText("Tegn", "Sign"), LaiComponents.Skills),
        ],
        [
            P("a", M1, 100, H(Med, 3, used: true)),
            P("b", M1, 50, H(Med, 3), H(Dem, 2)),
            P("k", M2, 10, H(Med, 4)),
            P("c", M2, 80, H(Med, 2, used: true)),
            new Person(new PersonId("e"), M2, PositionShare.FromPercent(60), aspirations: [Med]),
            P("x", M2, 20, H(Med, 3, used: true, until: T.PlusDays(-1))),
            P("y", M2, 10, new Holding(Med, null, CompetenceBasis.Informal, true)),
            P("d", M2, 20, H(Med, 1, used: true), H(Med, 2, until: T.PlusDays(-1))),
            new Person(new PersonId("f"), M2, PositionShare.FromPercent(40), [H(Med, 4, used: true), H(Sign, 2)], leaves: T),
            P("j", U1, 15, H(Dem, 2), H(Sign, 1)),
            P("i", U1, 25, H(Dem, 1)),
            P("g", U1, 30, H(Sign, 1), H(Sign, 2)),
            P("h", U1, 70, H(Sign, 3, until: T.PlusDays(-1)), H(Dem, 4, from: T.PlusDays(1))),
        ],
        [
            new Requirement(M2, Med, new ProficiencyLevel(3), PositionShare.FromPercent(200), [G2], neededBy: new LocalDate(2026, 6, 1)),
            new Requirement(M1, Med, new ProficiencyLevel(3), PositionShare.FullTime, [G2], minHeads: 3),
            new Requirement(M2, Med, new ProficiencyLevel(3), PositionShare.FullTime, [G1, G2], neededBy: new LocalDate(2026, 5, 1)),
            new Requirement(R, Med, new ProficiencyLevel(2), PositionShare.FullTime, from: new LocalDate(2027, 1, 1)),
        ],
        [new Goal(G1, new LocalizedText("g1")), new Goal(G2, new LocalizedText("g2"))]);

    private static readonly GapAnalysis Analysis = GapAnalyzer.Analyse(Plan(), T);

    private static Person P(string id, NodeId node, decimal share, params Holding[] holdings) => new(new PersonId(id), node, PositionShare.FromPercent(share), holdings);

    private static Holding H(CompetenceId c, int level, bool used = false, LocalDate? until = null, LocalDate? from = null) =>
        new(c, new ProficiencyLevel(level), CompetenceBasis.Formal, used, from, until);

    private static PositionShare Pct(decimal percent) => PositionShare.FromPercent(percent);

    [Fact]
    public void Lines_AreTheHandWorkedAllocationOfEachNode()
    {
        // m1: A 100, used 100, unused 50: no gap, surplus 50; two qualified of the requirement's own three: fragile.
        var m1 = Assert.Single(Analysis.LinesOf(M1));
        Assert.Equal((Pct(100), Pct(100), Pct(50), Pct(0), 2), (m1.Figures.Amount, m1.Figures.UsedSupply, m1.Figures.UnusedSupply, m1.Figures.Developable, m1.Figures.Heads));
        Assert.Equal((Pct(0), Pct(50)), (m1.Figures.Gap, m1.Figures.Surplus));
        Assert.True(m1.Fragile);
        Assert.Equal(3, m1.MinHeads);

        // m2: the largest of two requirements (200), every goal and the earliest deadline; D = c 80 + e 60 + x 20 + y 10.
        var m2 = Assert.Single(Analysis.LinesOf(M2));
        Assert.Equal((Pct(200), Pct(0), Pct(10), Pct(170), 1), (m2.Figures.Amount, m2.Figures.UsedSupply, m2.Figures.UnusedSupply, m2.Figures.Developable, m2.Figures.Heads));
        Assert.Equal((Pct(200), Pct(10), Pct(170), Pct(20), Pct(0)), (m2.Figures.Gap, m2.Figures.Mobilise, m2.Figures.Develop, m2.Figures.Acquire, m2.Figures.Surplus));
        Assert.False(m2.Fragile);
        Assert.Equal(2, m2.MinHeads);
        Assert.Equal([G1, G2], m2.Goals.ToArray());
        Assert.Equal(new LocalDate(2026, 5, 1), m2.NeededBy);
        Assert.Equal(2, m2.Requirements.Length);

        // Lines in depth-first order; the root and u1 have none (the root's requirement starts next year).
        Assert.Equal([m1, m2], Analysis.Lines.ToArray());
        Assert.Empty(Analysis.LinesOf(R));
        Assert.Empty(Analysis.LinesOf(U1));
        Assert.Equal([Med], Analysis.LevelSets.Competences);
        Assert.Equal([3], Analysis.LevelSets.LevelsOf(Med).Select(l => l.Value));
    }

    [Fact]
    public void Requirement_StartingOnTheAsOfDate_Applies_AndIsPartOfItsLine()
    {
        // gap-analysis spec, "Inputs": a requirement applies at t when from ≤ t. u1's holders of sign get a line at
        // level 2 on the day it starts, not the day before (then sign is unrequired).
        var starting = new Requirement(U1, Sign, new ProficiencyLevel(2), PositionShare.FromPercent(50), [G1], from: T, neededBy: T.PlusDays(30));
        var plan = Plan().WithRequirement(starting);
        var sign2 = new GapKey(Sign, new ProficiencyLevel(2));
        foreach (var analysis in new[] { GapAnalyzer.Analyse(plan, T), Analysis.WithRequirement(starting) })
        {
            Assert.Equal([2], analysis.LevelSets.LevelsOf(Sign).Select(l => l.Value));
            var line = analysis.LineOf(U1, sign2)!;
            Assert.Equal([starting], line.Requirements.ToArray());
            Assert.Equal([G1], line.Goals.ToArray());
            Assert.Equal(T.PlusDays(30), line.NeededBy);
            Assert.Equal(Pct(50), line.Figures.Amount);
            Assert.Equal(Pct(30), line.Figures.UsedSupply + line.Figures.UnusedSupply);   // g's level 2; j's level 1 is developable
            Assert.DoesNotContain(analysis.Unrequired(), u => u.Competence == Sign);
        }

        var dayBefore = GapAnalyzer.Analyse(plan, T.PlusDays(-1));
        Assert.Empty(dayBefore.LevelSets.LevelsOf(Sign));
        Assert.Null(dayBefore.LineOf(U1, sign2));
        Assert.Contains(dayBefore.Unrequired(), u => u.Competence == Sign && u.Node == U1);
    }

    [Fact]
    public void LookUps_ByNodeKeyCompetenceGoalAndNeed_FindExactlyTheirLines()
    {
        var (m1, m2) = (Analysis.LineOf(M1, Med3)!, Analysis.LineOf(M2, Med3)!);
        Assert.Same(m1, Analysis.LineOf(M1, Med3));
        Assert.Null(Analysis.LineOf(U1, Med3));                              // the key exists, the node has no line on it
        Assert.Null(Analysis.LineOf(M1, new GapKey(Med, new ProficiencyLevel(2))));
        Assert.Null(Analysis.LineOf(M1, new GapKey(Sign, new ProficiencyLevel(3))));
        Assert.Null(Analysis.LineOf(new NodeId("nowhere"), Med3));
        Assert.Empty(Analysis.LinesOf(new NodeId("nowhere")));
        Assert.Equal([m1, m2], Analysis.LinesFor(Med));
        Assert.Empty(Analysis.LinesFor(Sign));
        Assert.Equal([m2], Analysis.LinesServing(G1));
        Assert.Equal([m1, m2], Analysis.LinesServing(G2));
        Assert.Empty(Analysis.LinesServing(new GoalId("g3")));
        Assert.Equal([m2], Analysis.LinesWith(NeedKind.Mobilise));
        Assert.Equal([m2], Analysis.LinesWith(NeedKind.Develop));
        Assert.Equal([m2], Analysis.LinesWith(NeedKind.Acquire));
        Assert.Equal([m1], Analysis.LinesWith(NeedKind.PhaseOut));
        Assert.Empty(Analysis.LinesWith((NeedKind)99));
    }

    [Fact]
    public void PartialAndNet_OfTheRoot_AreTheSumAndTheSharedView()
    {
        // Roll-up: the root's partial sums m1 and m2. Net: shared = min(develop 170 + acquire 20, surplus 50) = 50;
        // acquire_net = max(0, 20 − 50) = 0; develop_net = 170 − max(0, 50 − 20) = 140; mobilise_net = 10 + 50 = 60.
        var partial = Analysis.PartialOf(R);
        Assert.Equal([Med3], partial.Keys);
        var net = Assert.Single(Analysis.NetOf(R));
        Assert.Equal(Med3, net.Key);
        Assert.Equal((Pct(300), 3, Pct(200)), (net.Value.Amount, net.Value.Heads, net.Value.Gap));
        Assert.Equal((Pct(60), Pct(140), Pct(0), Pct(0), Pct(50)), (net.Value.Mobilise, net.Value.Develop, net.Value.Acquire, net.Value.Surplus, net.Value.Shared));
        Assert.Equal("net: gap 2.00 person-years = mobilise 0.60 + develop 1.40 + acquire 0.00; surplus 0.00 after sharing 0.50", net.Value.ToString());

        // A node with no descendants: net = local.
        var m1 = Analysis.NetOf(M1)[Med3];
        Assert.Equal((Pct(0), Pct(0), Pct(0), Pct(50), Pct(0)), (m1.Mobilise, m1.Develop, m1.Acquire, m1.Surplus, m1.Shared));
        Assert.Empty(Analysis.NetOf(U1));
        Assert.Equal("The organisation has no node 'nowhere'.", Assert.Throws<KeyNotFoundException>(() => Analysis.PartialOf(new NodeId("nowhere"))).Message);
        Assert.Throws<KeyNotFoundException>(() => Analysis.NetOf(new NodeId("nowhere")));
    }

    [Fact]
    public void NetFigures_EqualityComparesEveryFigure()
    {
        var root = Analysis.NetOf(R)[Med3];
        var again = GapAnalyzer.Analyse(Plan(), T).NetOf(R)[Med3];
        var m1 = Analysis.NetOf(M1)[Med3];
        Assert.True(root == again && root.Equals(again) && root.Equals((object)again) && !(root != again));
        Assert.Equal(root.GetHashCode(), again.GetHashCode());
        Assert.True(root != m1 && !root.Equals(m1) && !root.Equals((object)m1) && !root.Equals(null));
        Assert.Equal(default(NetFigures), new NetFigures(default, 0, default, default, default, default, default, default));

        // Figures that differ in one place only are unequal, whichever the place.
        var z = PositionShare.Zero;
        var one = Pct(1);
        NetFigures[] differing =
        [
            new(one, 0, z, z, z, z, z, z), new(z, 1, z, z, z, z, z, z), new(z, 0, one, z, z, z, z, z), new(z, 0, z, one, z, z, z, z),
            new(z, 0, z, z, one, z, z, z), new(z, 0, z, z, z, one, z, z), new(z, 0, z, z, z, z, one, z), new(z, 0, z, z, z, z, z, one),
        ];
        Assert.All(differing, d => Assert.NotEqual(default(NetFigures), d));
    }

    [Fact]
    public void GapLine_EqualityAndText()
    {
        var m1 = Analysis.LineOf(M1, Med3)!;
        var again = GapAnalyzer.Analyse(Plan(), T).LineOf(M1, Med3)!;
        Assert.True(m1 == again && m1.Equals(again) && m1.Equals((object)again) && !(m1 != again));
        Assert.Equal(m1.GetHashCode(), again.GetHashCode());
        Assert.False(m1 == null || null == m1 || m1.Equals(null) || m1.Equals((object)"m1"));
        Assert.True((GapLine?)null == null);
        Assert.NotEqual(m1, Analysis.LineOf(M2, Med3));

        // The same figures, but not the same requirements (own minimum heads gone: no longer fragile).
        var plain = Analysis.WithoutRequirement(m1.Requirements[0]).WithRequirement(new Requirement(M1, Med, new ProficiencyLevel(3), PositionShare.FullTime, [G2])).LineOf(M1, Med3)!;
        Assert.Equal(m1.Figures, plain.Figures);
        Assert.NotEqual(m1, plain);

        Assert.Equal("m1 med≥3: requirement 1.00 person-years, gap 0.00 = mobilise 0.00 + develop 0.00 + acquire 0.00; surplus 0.50; 2 qualified of 3 needed (fragile)", m1.ToString());
        Assert.Equal("m2 med≥3: requirement 2.00 person-years, gap 2.00 = mobilise 0.10 + develop 1.70 + acquire 0.20; surplus 0.00; 1 qualified of 2 needed", Analysis.LineOf(M2, Med3)!.ToString());
    }

    [Fact]
    public void ToString_SumsTheWholeTreeBeforeSharing()
    {
        Assert.Equal(
            "Gap analysis of r at 2026-03-01: 2 lines; gap 2.00 person-years = mobilise 0.10 + develop 1.70 + acquire 0.20; surplus 0.50; 1 fragile line",
            Analysis.ToString());
        Assert.Equal(
            "Gap analysis of r at 2026-03-01: 1 line; gap 2.00 person-years = mobilise 0.10 + develop 1.70 + acquire 0.20; surplus 0.00; 0 fragile lines",
            Analysis.WithoutRequirement(Analysis.LineOf(M1, Med3)!.Requirements[0]).WithoutPerson(new PersonId("a")).WithoutPerson(new PersonId("b")).ToString());
    }

    [Fact]
    public void Unrequired_ListsValidHoldersEmployedAtTheDate_OncePerPersonAndCompetence()
    {
        // b's dementia in m1; in u1 dementia (i, j) and sign (g holds it twice, counted once; j), not h's expired sign or
        // not-yet-valid dementia; not f, who has left. Depth first (m1, u1, m2), then by competence, holders by pseudonym.
        var unrequired = Analysis.Unrequired();
        Assert.Equal(
            [(M1, Dem, "b", 50m), (U1, Dem, "i,j", 40m), (U1, Sign, "g,j", 45m)],
            unrequired.Select(u => (u.Node, u.Competence, string.Join(",", u.Holders.Select(h => h.Value)), u.Share.Percent)));
    }

    [Fact]
    public void Explain_SaysWhoCountedInWhichClassWhyAndAtWhatLevel()
    {
        // Classes in the spec's order, then by pseudonym, "none" last; the deciding level: best valid used, best valid,
        // best invalid, or (too far below) the better of the two; none for an aspiration or an unassessed holding.
        var explanation = Analysis.Explain(Analysis.LineOf(M2, Med3)!);
        Assert.Equal(
            [
                ("k", PersonClass.QualifiedUnused, CountReason.QualifiedNotUsed, (int?)4, 10m),
                ("c", PersonClass.Developable, CountReason.WithinReach, 2, 80m),
                ("e", PersonClass.Developable, CountReason.Aspiration, null, 60m),
                ("x", PersonClass.Developable, CountReason.NotValidAtDate, 3, 20m),
                ("y", PersonClass.Developable, CountReason.NotAssessed, null, 10m),
                ("d", PersonClass.None, CountReason.TooFarBelow, 2, 20m),
            ],
            explanation.People.Select(p => (p.Person.Value, p.Class, p.Reason, p.Level?.Value, p.Share.Percent)));
        Assert.Equal(GapOptions.Default, explanation.Options);
        Assert.Same(Analysis.LineOf(M2, Med3), explanation.Line);

        var used = Assert.Single(Analysis.Explain(Analysis.LineOf(M1, Med3)!).People, p => p.Class == PersonClass.QualifiedUsed);
        Assert.Equal(("a", CountReason.QualifiedAndUsed, (int?)3), (used.Person.Value, used.Reason, used.Level?.Value));
    }

    [Fact]
    public void Explain_ALineOfAnotherAnalysis_IsRefused()
    {
        var other = Analysis.WithoutPerson(new PersonId("k")).LineOf(M2, Med3)!;
        Assert.Equal("line", Assert.Throws<ArgumentException>(() => Analysis.Explain(other)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Analysis.Explain(null!));
    }

    [Fact]
    public void Narrative_English_NamesWhatDiffersFromItsId_AndListsEachClass()
    {
        var text = Analysis.Explain(Analysis.LineOf(M2, Med3)!).Narrative(Language.English);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "m2, Medication (med) at level 3 (Proficient) or above: requirement 200 % for g1, g2; qualified and using it: 0 %, so the gap is 200 %.",
                "Mobilise 10 %: qualified but not using it: 10 % (k).",
                "Develop 170 %: developable staff: 170 % (c, e, x, y).",
                "Acquire 20 %: what neither mobilising nor developing current staff can cover must be recruited or bought."),
            text);
    }

    [Fact]
    public void Narrative_SurplusAndFragility_AreSaidOnlyWhenThereAreSome_InBothLanguages()
    {
        var m1 = Analysis.Explain(Analysis.LineOf(M1, Med3)!);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Alfa (m1), Medication (med) at level 3 (Proficient) or above: requirement 100 % for g2; qualified and using it: 100 % (a), so the gap is 0 %.",
                "Mobilise 0 %: qualified but not using it: 50 % (b).",
                "Develop 0 %: developable staff: 0 %.",
                "Acquire 0 %: what neither mobilising nor developing current staff can cover must be recruited or bought.",
                "Surplus 50 %: qualified beyond the requirement — share it, or phase it out.",
                "Fragile: only 2 qualified people, fewer than 3."),
            m1.Narrative(Language.English));
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Alfa (m1), Legemidler (med) på nivå 3 (Erfaren) eller høyere: krav 100 % for g2; kvalifisert og i bruk: 100 % (a), så gapet er 0 %.",
                "Mobilisere 0 %: kvalifisert, men ikke i bruk: 50 % (b).",
                "Utvikle 0 %: utviklbare ansatte: 0 %.",
                "Anskaffe 0 %: det verken mobilisering eller utvikling av ansatte dekker, må rekrutteres eller kjøpes.",
                "Overskudd 50 %: kvalifisert ut over kravet — del det, eller avvikle.",
                "Sårbar: bare 2 kvalifisert(e), færre enn 3."),
            m1.Narrative(Language.Norwegian));

        // Without b: one qualified person, no surplus.
        var alone = Analysis.WithoutPerson(new PersonId("b"));
        var text = alone.Explain(alone.LineOf(M1, Med3)!).Narrative(Language.English);
        Assert.EndsWith(Environment.NewLine + "Fragile: only 1 qualified person, fewer than 3.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Surplus", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fragile", Analysis.Explain(Analysis.LineOf(M2, Med3)!).Narrative(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_ToString_CountsEachClass()
    {
        var line = Analysis.LineOf(M2, Med3)!;
        Assert.Equal($"m2 med≥3 explained by 6 people: 0 qualified and using it, 1 qualified not using it, 4 developable, 1 not counted; {line.Figures.Net()}", Analysis.Explain(line).ToString());
        var m1 = Analysis.LineOf(M1, Med3)!;
        Assert.StartsWith("m1 med≥3 explained by 2 people: 1 qualified and using it, 1 qualified not using it, 0 developable, 0 not counted; ", Analysis.Explain(m1).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIfs_ThatChangeNothing_ReturnThisAnalysis()
    {
        // WithoutPerson, WithoutHolding and WithoutRequirement document "this one" when there is nothing to remove.
        var a = Analysis.LineOf(M1, Med3)!;
        Assert.Same(Analysis, Analysis.WithoutPerson(new PersonId("nobody")));
        Assert.Same(Analysis, Analysis.WithoutHolding(new PersonId("a"), H(Med, 2, used: true)));
        Assert.Same(Analysis, Analysis.WithoutRequirement(new Requirement(M1, Med, new ProficiencyLevel(3), PositionShare.FromPercent(99))));
        Assert.Same(Analysis, Analysis.WithoutRequirement(new Requirement(new NodeId("nowhere"), Med, new ProficiencyLevel(3), PositionShare.FullTime)));
        Assert.Throws<KeyNotFoundException>(() => Analysis.WithHolding(new PersonId("nobody"), H(Med, 3)));
        Assert.Throws<KeyNotFoundException>(() => Analysis.WithoutHolding(new PersonId("nobody"), H(Med, 3)));
        Assert.Throws<ArgumentNullException>(() => Analysis.WithPerson(null!));
        Assert.Throws<ArgumentNullException>(() => Analysis.WithRequirement(null!));
        Assert.Throws<ArgumentNullException>(() => Analysis.WithoutRequirement(null!));
        Assert.Same(a, Analysis.LineOf(M1, Med3));

        // A person who has left is still in the plan: removing them changes the plan, not a line.
        var without = Analysis.WithoutPerson(new PersonId("f"));
        Assert.NotSame(Analysis, without);
        Assert.Equal(Analysis.Lines.ToArray(), without.Lines.ToArray());
        Assert.DoesNotContain(without.Plan.People, p => p.Id == new PersonId("f"));
    }

    [Fact]
    public void WithoutPerson_Twice_IsThisOne_AndTheRemovedPersonIsNotInThePlan()
    {
        // Mutation review of the rest of the gap code (GapAnalysis.cs:247, 384): a removed person is absent, not moved to
        // another node, so removing them again is "this one" and a what-if on them says the plan has no such person.
        var without = Analysis.WithoutPerson(new PersonId("b"));
        Assert.Same(without, without.WithoutPerson(new PersonId("b")));
        Assert.Equal(
            "The plan has no person 'b'.",
            Assert.Throws<KeyNotFoundException>(() => without.WithHolding(new PersonId("b"), H(Med, 3))).Message);
        Assert.Equal(
            "The plan has no person 'nobody'.",
            Assert.Throws<KeyNotFoundException>(() => Analysis.WithHolding(new PersonId("nobody"), H(Med, 3))).Message);
    }

    [Fact]
    public void Explain_ALineOfAnotherAnalysis_SaysWhichLine_AndOnePersonIsCountedInTheSingular()
    {
        // Mutation review (GapAnalysis.cs:168, GapExplanation.cs:111): the refusal names the line; "1 person", not "1 people".
        var without = Analysis.WithoutPerson(new PersonId("k"));
        var error = Assert.Throws<ArgumentException>(() => Analysis.Explain(without.LineOf(M2, Med3)!));
        Assert.StartsWith("The line m2 med level 3 is not part of this analysis.", error.Message, StringComparison.Ordinal);
        var alone = Analysis.WithoutPerson(new PersonId("b"));
        Assert.StartsWith(
            "m1 med≥3 explained by 1 person: 1 qualified and using it, 0 qualified not using it, ",
            alone.Explain(alone.LineOf(M1, Med3)!).ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_OfALineWithoutGoals_SaysNoGoals()
    {
        // Mutation review (GapExplanation.cs:47): a line with holders but no applying requirement at its node has no
        // goals, and its narrative says the requirement without a " for …" list (the spec's "Lines": amount 0).
        var withHolder = Analysis.WithPerson(P("n", U1, 50, H(Med, 3, used: true)));
        var line = withHolder.LineOf(U1, Med3)!;
        Assert.True(line.Goals.IsEmpty);
        var text = withHolder.Explain(line).Narrative(Language.English);
        Assert.Contains(": requirement 0 %; ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" for ", text.Split(Environment.NewLine)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIfs_EachEqualAFullReanalysisOfTheChangedPlan()
    {
        // The remarks on GapAnalysis: a what-if always equals a full re-analysis of the changed plan.
        var plan = Plan();
        var later = new Requirement(M1, Med, new ProficiencyLevel(2), PositionShare.FullTime, from: T.PlusDays(1));
        var newLevel = new Requirement(U1, Med, new ProficiencyLevel(4), PositionShare.FromPercent(50));
        var firstM2 = plan.Requirements[0];
        var moved = plan.People.Single(p => p.Id.Value == "c").WithNode(M1);
        var renewed = H(Med, 3, used: true);
        (GapAnalysis WhatIf, CompetencePlan Plan)[] cases =
        [
            (Analysis.WithRequirement(later), plan.WithRequirement(later)),
            (Analysis.WithRequirement(newLevel), plan.WithRequirement(newLevel)),
            (Analysis.WithRequirement(newLevel).WithoutRequirement(newLevel), plan),
            (Analysis.WithoutRequirement(firstM2), plan.WithoutRequirement(firstM2)),
            (Analysis.WithoutRequirement(firstM2).WithRequirement(firstM2), plan.WithoutRequirement(firstM2).WithRequirement(firstM2)),
            (Analysis.WithPerson(moved), plan.WithPerson(moved)),
            (Analysis.WithHolding(new PersonId("x"), renewed), plan.WithPerson(plan.People.Single(p => p.Id.Value == "x").AddHolding(renewed))),
            (Analysis.WithoutHolding(new PersonId("d"), H(Med, 1, used: true)), plan.WithPerson(plan.People.Single(p => p.Id.Value == "d").WithHoldings([H(Med, 2, until: T.PlusDays(-1))]))),
        ];
        Assert.All(cases, c =>
        {
            var full = GapAnalyzer.Analyse(c.Plan, T);
            Assert.True(GapLawTests.Same(c.WhatIf, full), c.WhatIf.ToString());
            Assert.Equal(c.Plan, c.WhatIf.Plan);
            Assert.Equal(full.ToString(), c.WhatIf.ToString());
            Assert.Equal(full.Unrequired().Select(u => (u.Node, u.Competence, u.Share)), c.WhatIf.Unrequired().Select(u => (u.Node, u.Competence, u.Share)));
        });

        // A requirement that starts later changes the plan but no line and no level set.
        Assert.Equal(Analysis.Lines.ToArray(), cases[0].WhatIf.Lines.ToArray());
        Assert.Equal(Analysis.LevelSets, cases[0].WhatIf.LevelSets);
        Assert.Equal([3, 4], cases[1].WhatIf.LevelSets.LevelsOf(Med).Select(l => l.Value));
        Assert.Equal(Analysis.LevelSets, cases[2].WhatIf.LevelSets);
    }

    [Fact]
    public void WhatIf_RemovingTheLastRequirementAtALevelThatAShardsLevelSetsKeep_KeepsItsLines()
    {
        // AnalyseShard: the whole plan's level sets are kept, so a shard without any requirement of its own still has
        // lines for its holders at the whole plan's levels (gap-analysis spec, "Lines").
        var plan = Plan();
        var whole = GapLevelSets.Of(plan, T);
        var shard = GapAnalyzer.AnalyseShard(plan, T, GapOptions.Default, whole);
        var m1Requirement = plan.Requirements[1];
        var changed = shard.WithoutRequirement(m1Requirement);
        var full = GapAnalyzer.AnalyseShard(plan.WithoutRequirement(m1Requirement), T, GapOptions.Default, whole);
        Assert.True(GapLawTests.Same(changed, full));
        Assert.Equal(Pct(0), changed.LineOf(M1, Med3)!.Figures.Amount);

        // Without every medication requirement, the plain analysis has no medication line left; the shard keeps them.
        var bare = plan.Requirements.Aggregate(Analysis, (a, r) => a.WithoutRequirement(r));
        Assert.Empty(bare.Lines);
        Assert.Equal(GapLevelSets.Empty, bare.LevelSets);
        Assert.Contains(bare.Unrequired(), u => u.Competence == Med && u.Node == M1);
        var bareShard = plan.Requirements.Aggregate(shard, (a, r) => a.WithoutRequirement(r));
        Assert.Equal([M1, M2], bareShard.Lines.Select(l => l.Node));
        Assert.True(GapLawTests.Same(bareShard, GapAnalyzer.AnalyseShard(plan.Requirements.Aggregate(plan, (p, r) => p.WithoutRequirement(r)), T, GapOptions.Default, whole)));
    }
}
