using System.Text.Json.Nodes;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// The wheel's rules (docs/wheel.md and the wheel spec: at least one period; rings and declared owner roles named; an
/// activity's owner one of the declared roles or one the built-in vocabulary knows; anchors the wheel has, free of
/// cycles; closed periods that leave a week open) and the links checked against a plan, each with the exact path,
/// kind and message: the message is what names the offender, so it is part of the contract ("a typed error naming
/// WHERE and WHAT"). Written from the mutation review of the wheel's rules (docs/reliability.md).
/// </summary>
public class WheelRulesTests
{
    private static readonly WheelPeriod Year = new(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1));

    private static readonly CompetencePlan Bodo = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "bodo-hverdagsrehabilitering.json"))).GetValueOrThrow();

    private static WheelActivity Activity(string id, string owner = "unit-leader", RecurrenceRule? rule = null, WheelLink? link = null) =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, owner, rule ?? RecurrenceRule.FixedDate(3, 10), link: link);

    private static string[] ProblemsOf(Func<AnnualWheel> build) =>
        [.. Assert.Throws<ValidationException>(build).Problems.Select(p => $"{p.Kind} {p.Path}: {p.Message}")];

    [Fact]
    public void NoPeriods_IsAProblemAtPeriods()
    {
        Assert.Equal(
            ["InvalidValue $.periods: a wheel needs at least one period"],
            ProblemsOf(() => new AnnualWheel(new LocalizedText("Test"), [], ["unit"], [], [])));
    }

    [Fact]
    public void BlankRing_IsAProblemAtItsPosition()
    {
        Assert.Equal(
            ["InvalidValue $.rings[1]: a ring needs a name"],
            ProblemsOf(() => new AnnualWheel(new LocalizedText("Test"), [Year], ["unit", " "], [Activity("a")], [])));
    }

    [Fact]
    public void DeclaredOwners_BlankOneIsAProblem_AndAnOwnerNeitherDeclaredNorKnownIsNamed()
    {
        // "boss" is declared, "reks-coordinator" is in the built-in vocabulary, "stranger" is neither.
        Assert.Equal(
            [
                "InvalidValue $.owners[0]: an owner role needs an id",
                "UnknownReference $.activities[2].owner: the activity 'c' is owned by 'stranger', which is neither one of the wheel's owners nor a role the built-in vocabulary knows",
            ],
            ProblemsOf(() => new AnnualWheel(
                new LocalizedText("Test"),
                [Year],
                [new WheelTerm("unit")],
                [Activity("a", "boss"), Activity("b", "reks-coordinator"), Activity("c", "stranger")],
                [],
                [new WheelTerm(" "), new WheelTerm("boss")])));
    }

    [Fact]
    public void NoOwnerDeclared_OrOnlyABlankOne_TakesAnyOwnerAsWritten()
    {
        var none = new AnnualWheel(new LocalizedText("Test"), [Year], [new WheelTerm("unit")], [Activity("a", "stranger")], [], []);
        Assert.Equal("stranger", Assert.Single(none.Activities).OwnerRole);

        // A blank declared role is reported itself and declares nothing, so the activity's own role is not checked.
        Assert.Equal(
            ["InvalidValue $.owners[0]: an owner role needs an id"],
            ProblemsOf(() => new AnnualWheel(new LocalizedText("Test"), [Year], [new WheelTerm("unit")], [Activity("a", "stranger")], [], [new WheelTerm(" ")])));
    }

    [Fact]
    public void Document_BlankOwnerOfAnActivity_IsReportedOnceAsInvalid_NotAlsoAsUnknown()
    {
        // The Bodø training wheel (seed 003) declares its owner roles, so an owner is checked against them; a blank one
        // is the activity's own problem, reported where it was read, and not a second time as an unknown role.
        var document = JsonNode.Parse(File.ReadAllText(Repo.Path("docs", "examples", "bodo-training-wheel.json")))!;
        document["activities"]![0]!["owner"] = " ";
        var result = WheelDocument.Parse(document.ToJsonString());
        Assert.Equal(["InvalidValue $.activities[0].owner"], result.Problems.Select(p => $"{p.Kind} {p.Path}"));
    }

    [Fact]
    public void NullActivity_IsReportedAtItsPosition_AndTheOthersAreStillChecked()
    {
        Assert.Equal(
            [
                "Missing $.activities[0]: an activity must not be null",
                "UnknownReference $.activities[1].rule.activity: the activity 'b' is relative to the unknown activity 'ghost'",
            ],
            ProblemsOf(() => new AnnualWheel(
                new LocalizedText("Test"),
                [Year],
                ["unit"],
                [null!, Activity("b", rule: RecurrenceRule.RelativeToActivity("ghost", 1, OffsetUnit.Days))],
                [])));
    }

    [Fact]
    public void UnknownAnchors_AreNamedWithTheActivity()
    {
        Assert.Equal(
            [
                "UnknownReference $.activities[1].rule.activity: the activity 'b' is relative to the unknown activity 'ghost'",
                "UnknownReference $.activities[2].rule.period: the activity 'c' is relative to the unknown period 'Sommer'",
            ],
            ProblemsOf(() => new AnnualWheel(
                new LocalizedText("Test"),
                [Year],
                ["unit"],
                [
                    Activity("a", rule: RecurrenceRule.RelativeToPeriod("Year", PeriodBoundary.FirstDay, 3)),
                    Activity("b", rule: RecurrenceRule.RelativeToActivity("ghost", 1, OffsetUnit.Days)),
                    Activity("c", rule: RecurrenceRule.RelativeToPeriod("Sommer", PeriodBoundary.LastWorkingDay, 0)),
                    Activity("d", rule: RecurrenceRule.RelativeToActivity("a", -1, OffsetUnit.Weeks)),
                ],
                [])));
    }

    [Fact]
    public void Cycle_IsReportedAtEveryMember_StartingAtTheSmallestId()
    {
        // c → a → b → c, given in the order x, c, a, b: each member is reported at its own position, in cycle order.
        const string Text = "the activities 'a' → 'b' → 'c' → 'a' form a cycle";
        Assert.Equal(
            [$"Structure $.activities[2].rule.activity: {Text}", $"Structure $.activities[3].rule.activity: {Text}", $"Structure $.activities[1].rule.activity: {Text}"],
            ProblemsOf(() => new AnnualWheel(
                new LocalizedText("Test"),
                [Year],
                ["unit"],
                [
                    Activity("x"),
                    Activity("c", rule: RecurrenceRule.RelativeToActivity("a", 1, OffsetUnit.Days)),
                    Activity("a", rule: RecurrenceRule.RelativeToActivity("b", 1, OffsetUnit.Days)),
                    Activity("b", rule: RecurrenceRule.RelativeToActivity("c", 1, OffsetUnit.Days)),
                ],
                [])));
    }

    private static AnnualWheel Linked() => new(
        new LocalizedText("Lenker", "Links"),
        [Year],
        ["unit"],
        [
            Activity("l0"),
            Activity("l1", link: WheelLink.Untyped("goal-9")),
            Activity("l2", link: WheelLink.Untyped("goal-1")),
            Activity("l3", link: WheelLink.Measure(new MeasureId("ghost-measure"))),
            Activity("l4", link: WheelLink.Indicator(new IndicatorId("ghost-indicator"))),
            Activity("l5", link: WheelLink.Untyped("fall")),
            Activity("l6", link: WheelLink.Goal(new GoalId("goal-2"))),
            Activity("l7", link: WheelLink.Untyped("opplaering-ledere")),
            Activity("l8", link: WheelLink.Goal(new GoalId("opplaering-ledere"))),
        ],
        []);

    private static Indicator Share(string id) =>
        new(new IndicatorId(id), new LocalizedText(id), new LocalizedText("%"), IndicatorKind.Proportion, DesiredDirection.Higher, KirkpatrickLevel.Behaviour, multiplier: 100);

    [Fact]
    public void ProblemsWith_NoEvaluationData_NamesEachDanglingLinkAndSaysHowToLinkAnIndicator()
    {
        // Bodø's plan (seed 003) has the goals goal-1 … goal-5 and the measure opplaering-ledere, among others.
        Assert.Equal(
            [
                "UnknownReference $.activities[1].link: the activity 'l1' links to 'goal-9', which names no goal or measure of the plan (an indicator link needs \"linkKind\": \"indicator\" when no evaluation data are given)",
                "UnknownReference $.activities[3].link: the activity 'l3' links to the measure 'ghost-measure', which the plan does not have",
                "UnknownReference $.activities[5].link: the activity 'l5' links to 'fall', which names no goal or measure of the plan (an indicator link needs \"linkKind\": \"indicator\" when no evaluation data are given)",
                "UnknownReference $.activities[8].link: the activity 'l8' links to the goal 'opplaering-ledere', which the plan does not have",
            ],
            Linked().ProblemsWith(Bodo).Select(p => $"{p.Kind} {p.Path}: {p.Message}"));
    }

    [Fact]
    public void ProblemsWith_EvaluationData_ChecksIndicatorsAndCallsAnIdOfTwoKindsAmbiguous()
    {
        // The evaluation data have the indicators "fall", "goal-1" and "opplaering-ledere": the untyped link "fall" now
        // names exactly one thing, while "goal-1" and "opplaering-ledere" each name two.
        var data = new EvaluationData([Share("fall"), Share("goal-1"), Share("opplaering-ledere")], []);
        Assert.Equal(
            [
                "UnknownReference $.activities[1].link: the activity 'l1' links to 'goal-9', which names no goal, measure or indicator of the plan",
                "InvalidValue $.activities[2].link: the activity 'l2' links to 'goal-1', which names the goal and the indicator 'goal-1'; say which with \"linkKind\"",
                "UnknownReference $.activities[3].link: the activity 'l3' links to the measure 'ghost-measure', which the plan does not have",
                "UnknownReference $.activities[4].link: the activity 'l4' links to the indicator 'ghost-indicator', which the plan's evaluation data do not have",
                "InvalidValue $.activities[7].link: the activity 'l7' links to 'opplaering-ledere', which names the measure and the indicator 'opplaering-ledere'; say which with \"linkKind\"",
                "UnknownReference $.activities[8].link: the activity 'l8' links to the goal 'opplaering-ledere', which the plan does not have",
            ],
            Linked().ProblemsWith(Bodo, data).Select(p => $"{p.Kind} {p.Path}: {p.Message}"));
    }
}
