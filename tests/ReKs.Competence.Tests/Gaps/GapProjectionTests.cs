using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

public class GapProjectionTests
{
    private static readonly CompetenceId Medication = new("medication");
    private static readonly CompetenceId Sign = new("sign-language");
    private static readonly NodeId Unit = new("unit");

    /// <summary>A unit needing one full position of medication competence; the certified nurse's certificate expires
    /// at the end of 2026 and a colleague retires in 2027 — "gaps have a time axis" (domain digest, section 2).</summary>
    private static CompetencePlan Plan() => new(
        new LocalizedText("tid"),
        new Organisation([new OrganisationNode(Unit, null)]),
        [
            new ReKs.Competence.Model.Competence(Medication, new LocalizedText("Legemidler"), LaiComponents.Knowledge | LaiComponents.Skills),
            new ReKs.Competence.Model.Competence(Sign, new LocalizedText("Tegn til tale"), LaiComponents.Skills),
        ],
        [
            new Person(new PersonId("nurse"), Unit, PositionShare.FromPercent(60), [new Holding(Medication, new ProficiencyLevel(3), CompetenceBasis.Formal, true, validUntil: new LocalDate(2026, 12, 31))]),
            new Person(new PersonId("senior"), Unit, PositionShare.FromPercent(40), [new Holding(Medication, new ProficiencyLevel(3), CompetenceBasis.Informal, true), new Holding(Sign, new ProficiencyLevel(2), CompetenceBasis.Informal, false)], leaves: new LocalDate(2027, 6, 1)),
        ],
        [new Requirement(Unit, Medication, new ProficiencyLevel(3), PositionShare.FullTime, neededBy: new LocalDate(2027, 1, 1))]);

    [Fact]
    public void ProjectEvery_FourPlanYears_ShowsExpiryThenRetirementGrowingTheGap()
    {
        var years = GapAnalyzer.ProjectEvery(Plan(), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2028, 12, 31)), Period.FromYears(1));
        Assert.Equal([new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1), new LocalDate(2028, 1, 1)], years.Select(a => a.AsOf));
        var gaps = years.Select(a => a.LineOf(Unit, new GapKey(Medication, new ProficiencyLevel(3)))!.Figures).ToList();
        Assert.Equal(PositionShare.Zero, gaps[0].Gap);
        Assert.Equal(PositionShare.FromPercent(60), gaps[1].Gap);       // certificate expired: the nurse is developable, not qualified
        Assert.Equal(PositionShare.FromPercent(60), gaps[1].Develop);
        Assert.Equal(PositionShare.FullTime, gaps[2].Gap);              // and the senior has retired
        Assert.Equal(PositionShare.FromPercent(40), gaps[2].Acquire);
    }

    [Fact]
    public void Compare_TwoDates_ListsOnlyChangedLines()
    {
        var plan = Plan();
        var changes = GapAnalyzer.Compare(GapAnalyzer.Analyse(plan, new LocalDate(2026, 1, 1)), GapAnalyzer.Analyse(plan, new LocalDate(2027, 1, 1)));
        var change = Assert.Single(changes);
        Assert.Equal(6000, change.GapChangeHundredths);
    }

    [Fact]
    public void Unrequired_HeldButAskedForByNoRequirement_IsListedAsPhaseOutOrMobiliseCandidate()
    {
        var unrequired = GapAnalyzer.Analyse(Plan(), new LocalDate(2026, 1, 1)).Unrequired();
        var entry = Assert.Single(unrequired);
        Assert.Equal(Sign, entry.Competence);
        Assert.Equal([new PersonId("senior")], entry.Holders.ToArray());
        Assert.Equal(PositionShare.FromPercent(40), entry.Share);
    }

    [Fact]
    public void Analysis_IsQueryableByNodeCompetenceGoalAndNeed()
    {
        var a = GapAnalyzer.Analyse(Plan(), new LocalDate(2028, 1, 1));
        Assert.Single(a.LinesOf(Unit), l => l.Competence == Medication);
        Assert.Single(a.LinesWith(NeedKind.Acquire));
        Assert.Empty(a.LinesWith(NeedKind.Mobilise));
        Assert.Equal(new LocalDate(2027, 1, 1), a.LinesFor(Medication).Single().NeededBy);
    }

    [Fact]
    public void Options_OutOfRange_AreRejectedWithTheParameterName()
    {
        Assert.Equal("developReach", Assert.Throws<ArgumentException>(() => new GapOptions(developReach: -1)).ParamName);
        Assert.Equal("minHeads", Assert.Throws<ArgumentException>(() => new GapOptions(minHeads: 0)).ParamName);
        Assert.Equal("minGroupSize", Assert.Throws<ArgumentException>(() => new GapOptions(minGroupSize: 0)).ParamName);
    }

    [Fact]
    public void WithPersonAndRequirement_UnknownReferences_AreRefusedAsThePlanWouldRefuseThem()
    {
        // A what-if change is checked by the plan's own rules, at paths that say which element: the evidence and the
        // aspirations too, which the first version did not check (the plan then failed later, when it was built).
        var analysis = GapAnalyzer.Analyse(Plan(), new LocalDate(2026, 6, 1));
        var ghost = new CompetenceId("ghost");
        var person = new Person(new PersonId("new"), Unit, PositionShare.FullTime, [new Holding(Medication, new ProficiencyLevel(9), CompetenceBasis.Informal, true)], aspirations: [ghost],
            evidence: [new Evidence(ghost, new ProficiencyLevel(2), EvidenceKind.Course, default, new LocalDate(2026, 1, 1))]);
        var refused = Assert.Throws<ValidationException>(() => analysis.WithPerson(person));
        Assert.Equal(["person.holdings[0].level", "person.aspirations[0]", "person.evidence[0].competence"], refused.Problems.Select(p => p.Path));
        Assert.Throws<ValidationException>(() => Plan().WithPerson(person));

        var requirement = new Requirement(new NodeId("nowhere"), ghost, new ProficiencyLevel(3), PositionShare.FullTime, goals: [new GoalId("g")]);
        var also = Assert.Throws<ValidationException>(() => analysis.WithRequirement(requirement));
        Assert.Equal(["requirement.node", "requirement.competence", "requirement.goals[0]"], also.Problems.Select(p => p.Path));
    }
}
