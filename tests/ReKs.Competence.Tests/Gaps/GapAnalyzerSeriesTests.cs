using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The analyser's entry points beyond one analysis: projections over dates ("gaps have a time axis", domain digest
/// section 2), the line-by-line comparison of two analyses, and the greedy sharing rule between siblings as
/// <see cref="SharingSuggestion"/>'s remarks state it.
/// </summary>
public class GapAnalyzerSeriesTests
{
    private static readonly CompetenceId Med = new("med");
    private static readonly NodeId Root = new("root");
    private static readonly NodeId A = new("a");
    private static readonly NodeId B = new("b");
    private static readonly GapKey Med2 = new(Med, new ProficiencyLevel(2));
    private static readonly LocalDate T = new(2026, 1, 31);

    /// <summary>root → a, b; a needs 100 % of med ≥ 2 and has a qualified nurse (60 %) whose certificate expires at the
    /// end of March; b needs 50 % from April and has a qualified 40 % nobody needs before then; the root needs 30 % from
    /// April and has nobody.</summary>
    private static CompetencePlan Plan() => new(
        new LocalizedText("serie"),
        new Organisation([new OrganisationNode(Root, null), new OrganisationNode(A, Root), new OrganisationNode(B, Root)]),
        [new ReKs.Competence.Model.Competence(Med, new LocalizedText("med"), LaiComponents.Knowledge)],
        [
            new Person(new PersonId("nurse"), A, PositionShare.FromPercent(60), [new Holding(Med, new ProficiencyLevel(2), CompetenceBasis.Formal, true, validUntil: new LocalDate(2026, 3, 31))]),
            new Person(new PersonId("spare"), B, PositionShare.FromPercent(40), [new Holding(Med, new ProficiencyLevel(3), CompetenceBasis.Formal, true)]),
        ],
        [
            new Requirement(A, Med, new ProficiencyLevel(2), PositionShare.FullTime),
            new Requirement(B, Med, new ProficiencyLevel(2), PositionShare.FromPercent(50), from: new LocalDate(2026, 4, 1)),
            new Requirement(Root, Med, new ProficiencyLevel(2), PositionShare.FromPercent(30), from: new LocalDate(2026, 4, 1)),
        ]);

    [Fact]
    public void Analyse_Arguments()
    {
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.Analyse(null!, T));
        Assert.Same(GapOptions.Default, GapAnalyzer.Analyse(Plan(), T).Options);
        var options = new GapOptions(developReach: 2);
        Assert.Same(options, GapAnalyzer.Analyse(Plan(), T, options).Options);
        Assert.Equal(T, GapAnalyzer.Analyse(Plan(), T).AsOf);
        Assert.Equal(Plan().Scale, GapAnalyzer.Analyse(Plan(), T).Scale);
        var levels = GapLevelSets.Of(Plan(), T);
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.AnalyseShard(null!, T, options, levels));
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.AnalyseShard(Plan(), T, null!, levels));
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.AnalyseShard(Plan(), T, options, null!));
        Assert.Same(options, GapAnalyzer.AnalyseShard(Plan(), T, options, levels).Options);
    }

    [Fact]
    public void Project_AnalysesEachDistinctDateOnce_InDateOrder()
    {
        var dates = new[] { T.PlusDays(70), T, T.PlusDays(70), T.PlusDays(-3) };
        var projection = GapAnalyzer.Project(Plan(), dates, new GapOptions(minHeads: 1));
        Assert.Equal([T.PlusDays(-3), T, T.PlusDays(70)], projection.Select(a => a.AsOf));
        Assert.All(projection, a => Assert.Equal(new GapOptions(minHeads: 1), a.Options));
        Assert.Empty(GapAnalyzer.Project(Plan(), []));
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.Project(null!, dates));
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.Project(Plan(), null!));
    }

    [Fact]
    public void ProjectEvery_StepsFromTheStart_SoAMonthEndStaysAtMonthEnds_AndTheEndIsIncluded()
    {
        // Each date is the start plus i steps (not the previous date plus one step): 31 January, then 28 February,
        // 31 March and 30 April, the interval's last day.
        var months = GapAnalyzer.ProjectEvery(Plan(), new DateInterval(T, new LocalDate(2026, 4, 30)), Period.FromMonths(1));
        Assert.Equal([T, new LocalDate(2026, 2, 28), new LocalDate(2026, 3, 31), new LocalDate(2026, 4, 30)], months.Select(a => a.AsOf));
        var days = GapAnalyzer.ProjectEvery(Plan(), new DateInterval(T, T.PlusDays(6)), Period.FromDays(3), new GapOptions(developReach: 0));
        Assert.Equal([T, T.PlusDays(3), T.PlusDays(6)], days.Select(a => a.AsOf));
        Assert.All(days, a => Assert.Equal(0, a.Options.DevelopReach));
        Assert.Equal([T], GapAnalyzer.ProjectEvery(Plan(), new DateInterval(T, T), Period.FromYears(1)).Select(a => a.AsOf));
    }

    [Fact]
    public void ProjectEvery_AStepThatDoesNotMoveForward_IsRefused()
    {
        var interval = new DateInterval(T, T.PlusDays(10));
        Assert.Equal("step", Assert.Throws<ArgumentException>(() => GapAnalyzer.ProjectEvery(Plan(), interval, Period.Zero)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentException>(() => GapAnalyzer.ProjectEvery(Plan(), interval, Period.FromDays(-1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.ProjectEvery(Plan(), null!, Period.FromDays(1)));
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.ProjectEvery(Plan(), interval, null!));
        Assert.Single(GapAnalyzer.ProjectEvery(Plan(), interval, Period.FromDays(11)));
    }

    [Fact]
    public void Compare_ListsChangedLinesInTheLaterAnalysesLineOrder_WithTheirFiguresBeforeAndAfter()
    {
        // 31 January → 1 April: the root's requirement has started (a new line: gap 30 %, all acquired); a's nurse's
        // certificate has expired, so she is developable, not qualified (gap 40 → 100 %, acquire stays 40 %); b's
        // requirement has started (gap 0 → 10 %). In the other direction the root's line disappears.
        var plan = Plan();
        var (before, after) = (GapAnalyzer.Analyse(plan, T), GapAnalyzer.Analyse(plan, new LocalDate(2026, 4, 1)));
        var changes = GapAnalyzer.Compare(before, after);
        Assert.Equal([(Root, Med2), (A, Med2), (B, Med2)], changes.Select(c => (c.Node, c.Key)));
        var (root, a, b) = (changes[0], changes[1], changes[2]);
        Assert.Null(root.Before);
        Assert.Same(after.LineOf(Root, Med2), root.After);
        Assert.Equal((3000, 3000), (root.GapChangeHundredths, root.AcquireChangeHundredths));
        Assert.Equal("root med≥2: gap none → 30 %, acquire none → 30 %", root.ToString());
        Assert.Same(before.LineOf(A, Med2), a.Before);
        Assert.Same(after.LineOf(A, Med2), a.After);
        Assert.Equal((6000, 0), (a.GapChangeHundredths, a.AcquireChangeHundredths));
        Assert.Equal("a med≥2: gap 40 → 100 %, acquire 40 → 40 %", a.ToString());
        Assert.Equal((1000, 1000), (b.GapChangeHundredths, b.AcquireChangeHundredths));
        Assert.Equal("b med≥2: gap 0 → 10 %, acquire 0 → 10 %", b.ToString());

        var back = GapAnalyzer.Compare(after, before);
        Assert.Equal([(Root, Med2), (A, Med2), (B, Med2)], back.Select(c => (c.Node, c.Key)));
        Assert.Null(back[0].After);
        Assert.Equal((-3000, -3000), (back[0].GapChangeHundredths, back[0].AcquireChangeHundredths));
        Assert.Equal("root med≥2: gap 30 → none %, acquire 30 → none %", back[0].ToString());

        Assert.Empty(GapAnalyzer.Compare(before, GapAnalyzer.Analyse(plan, T)));
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.Compare(null!, before));
        Assert.Throws<ArgumentNullException>(() => GapAnalyzer.Compare(before, null!));
    }

    [Fact]
    public void Compare_TwoChangedLinesAtOneNode_AreInKeyOrder_WhicheverAnalysisHasThem()
    {
        // GapAnalyzer.Compare's documented "line order": by node in the later tree, then by key (competence id, then
        // level). At a, med ≥ 2 changes (the certificate expires) and a line for dem ≥ 1 appears (its requirement
        // starts on 1 April): dem sorts before med although only the later analysis has it, and the order holds in
        // the other direction too, where the dem line disappears.
        var dem = new CompetenceId("dem");
        var dem1 = new GapKey(dem, new ProficiencyLevel(1));
        var april = new LocalDate(2026, 4, 1);
        var seed = Plan();
        var plan = new CompetencePlan(
            seed.Name,
            seed.Organisation,
            seed.Competences.Append(new ReKs.Competence.Model.Competence(dem, new LocalizedText("dem"), LaiComponents.Knowledge)),
            seed.People,
            seed.Requirements.Append(new Requirement(A, dem, new ProficiencyLevel(1), PositionShare.FromPercent(20), from: april)));
        var (before, after) = (GapAnalyzer.Analyse(plan, T), GapAnalyzer.Analyse(plan, april));
        Assert.Equal([(Root, Med2), (A, dem1), (A, Med2), (B, Med2)], GapAnalyzer.Compare(before, after).Select(c => (c.Node, c.Key)));
        var back = GapAnalyzer.Compare(after, before);
        Assert.Equal([(Root, Med2), (A, dem1), (A, Med2), (B, Med2)], back.Select(c => (c.Node, c.Key)));
        Assert.Null(back[1].After);
    }

    [Fact]
    public void Compare_ALineWhoseFragilityAloneChanged_IsAChange()
    {
        // With a second qualified 40 % a is covered by two people: robust with two minimum heads, fragile with three.
        var plan = Plan().WithPerson(new Person(new PersonId("extra"), A, PositionShare.FromPercent(40), [new Holding(Med, new ProficiencyLevel(2), CompetenceBasis.Formal, true)]));
        var change = Assert.Single(GapAnalyzer.Compare(GapAnalyzer.Analyse(plan, T), GapAnalyzer.Analyse(plan, T, new GapOptions(minHeads: 3))));
        Assert.Equal(A, change.Node);
        Assert.Equal(change.Before!.Figures, change.After!.Figures);
        Assert.False(change.Before.Fragile);
        Assert.True(change.After.Fragile);
        Assert.Equal((0, 0), (change.GapChangeHundredths, change.AcquireChangeHundredths));
    }

    [Fact]
    public void Compare_ANodeTheLaterOrganisationLacks_ComesLast()
    {
        // An analysis of a re-organised plan: node "a" is gone, so its line sorts after every line of the later tree
        // (the root's, whose 30 % applies at once there).
        var plan = Plan();
        var reorganised = new CompetencePlan(
            plan.Name,
            new Organisation([new OrganisationNode(Root, null), new OrganisationNode(B, Root)]),
            plan.Competences,
            plan.People.Where(p => p.Node != A),
            plan.Requirements.Where(r => r.Node != A).Append(new Requirement(Root, Med, new ProficiencyLevel(2), PositionShare.FromPercent(30))));
        var changes = GapAnalyzer.Compare(GapAnalyzer.Analyse(plan, T), GapAnalyzer.Analyse(reorganised, T));
        Assert.Equal([Root, A], changes.Select(c => c.Node));
        Assert.Null(changes[1].After);
    }

    [Fact]
    public void SharingSuggestions_LargestNeedFirst_ServedByTheLargestSurplusFirst_TiesByNodeId()
    {
        // Needs: e 100, d 60 (develop + acquire, net); surpluses: c 50, b 50, a 30, f 0. e takes b's 50 then c's 50
        // (b before c on the tie); d takes a's 30 and nothing is left for the rest of its need.
        var k = new GapKey(Med, new ProficiencyLevel(1));
        var other = new GapKey(new CompetenceId("dem"), new ProficiencyLevel(2));
        var children = new List<(NodeId, IReadOnlyDictionary<GapKey, NetFigures>)>
        {
            (new NodeId("c"), Net(k, surplus: 50)),
            (new NodeId("a"), Net(k, surplus: 30)),
            (new NodeId("e"), Net(k, develop: 40, acquire: 60)),
            (new NodeId("b"), Net(k, surplus: 50)),
            (new NodeId("d"), Net(k, develop: 60)),
            (new NodeId("f"), Net(k)),
        };
        Assert.Equal(
            ["b → e: med≥1 50 %", "c → e: med≥1 50 %", "a → d: med≥1 30 %"],
            SharingSuggestion.Greedy(children).Select(s => s.ToString()));

        // Keys in order; one donor serves several needs until it is used up; a node with neither gives nor takes.
        var two = new List<(NodeId, IReadOnlyDictionary<GapKey, NetFigures>)>
        {
            (new NodeId("x"), new Dictionary<GapKey, NetFigures> { [k] = Figures(acquire: 20), [other] = Figures(surplus: 70) }),
            (new NodeId("y"), new Dictionary<GapKey, NetFigures> { [k] = Figures(surplus: 100), [other] = Figures(develop: 30) }),
            (new NodeId("z"), new Dictionary<GapKey, NetFigures> { [k] = Figures(acquire: 90), [other] = Figures(acquire: 50) }),
        };
        var suggestions = SharingSuggestion.Greedy(two);
        Assert.Equal(
            [("x", "z", other, 5000L), ("x", "y", other, 2000L), ("y", "z", k, 9000L), ("y", "x", k, 1000L)],
            suggestions.Select(s => (s.From.Value, s.To.Value, s.Key, s.Amount.Hundredths)));
        Assert.Empty(SharingSuggestion.Greedy([]));
    }

    [Fact]
    public void Arguments_AreNamed_AndAStepBackIsExplained()
    {
        // Mutation review of the rest of the gap code (GapAnalyzer.cs:33, 47, 48, 62, 65): each guard names its own
        // parameter, also where a later call would have thrown for another parameter's name or not at all.
        var levels = GapLevelSets.Of(Plan(), T);
        Assert.Throws<ArgumentNullException>("shard", () => GapAnalyzer.AnalyseShard(null!, T, GapOptions.Default, levels));
        Assert.Throws<ArgumentNullException>("plan", () => GapAnalyzer.Project(null!, []));
        Assert.Throws<ArgumentNullException>("dates", () => GapAnalyzer.Project(Plan(), null!));
        var interval = new DateInterval(T, T.PlusDays(10));
        Assert.Throws<ArgumentNullException>("step", () => GapAnalyzer.ProjectEvery(Plan(), interval, null!));
        Assert.StartsWith(
            "The step must move forward in time.",
            Assert.Throws<ArgumentException>(() => GapAnalyzer.ProjectEvery(Plan(), interval, Period.Zero)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void SharingSuggestions_TwoEqualNeeds_TheSmallerNodeIdIsServedFirst()
    {
        // Mutation review (SharingSuggestion.cs:50): needs tie on size like donors do, by node id.
        var k = new GapKey(Med, new ProficiencyLevel(1));
        var children = new List<(NodeId, IReadOnlyDictionary<GapKey, NetFigures>)>
        {
            (new NodeId("y"), Net(k, acquire: 50)),
            (new NodeId("z"), Net(k, surplus: 60)),
            (new NodeId("x"), Net(k, acquire: 50)),
        };
        Assert.Equal(["z → x: med≥1 50 %", "z → y: med≥1 10 %"], SharingSuggestion.Greedy(children).Select(s => s.ToString()));
    }

    [Fact]
    public void SharingSuggestions_OfAnAnalysis_ShareWhatTheParentsNetViewAssumes()
    {
        // From 1 April: a needs 100 % (certificate expired: acquire 100), b needs 50 % and has 40 %: no surplus, b's
        // net need is 10 %. At 31 January b's requirement has not started and its 40 % is surplus: it goes to a.
        var january = GapAnalyzer.Analyse(Plan(), T);
        var suggestion = Assert.Single(january.SharingSuggestions(Root));
        Assert.Equal((B, A, Med2, PositionShare.FromPercent(40)), (suggestion.From, suggestion.To, suggestion.Key, suggestion.Amount));
        Assert.Equal(january.NetOf(Root)[Med2].Shared, suggestion.Amount);
        Assert.Equal("b → a: med≥2 40 %", suggestion.ToString());
        Assert.Empty(GapAnalyzer.Analyse(Plan(), new LocalDate(2026, 4, 1)).SharingSuggestions(Root));
        Assert.Empty(january.SharingSuggestions(A));
    }

    private static IReadOnlyDictionary<GapKey, NetFigures> Net(GapKey key, int develop = 0, int acquire = 0, int surplus = 0) =>
        ImmutableDictionary<GapKey, NetFigures>.Empty.Add(key, Figures(develop, acquire, surplus));

    private static NetFigures Figures(int develop = 0, int acquire = 0, int surplus = 0)
    {
        PositionShare P(int percent) => PositionShare.FromPercent(percent);
        return new NetFigures(P(develop + acquire), 0, P(develop + acquire), PositionShare.Zero, P(develop), P(acquire), P(surplus), PositionShare.Zero);
    }
}
