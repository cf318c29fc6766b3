using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The plan's columnar index, which the kernel reads instead of the plan's objects: every person, holding, aspiration
/// and requirement in its column, grouped by node in the plan's order (the shared gap-analysis spec, "Inputs" and
/// "Lines": a node's lines come from its own people and requirements), sub-trees as ranges of the pre-order ("Roll-up"),
/// what-if columns equal to columns built afresh, and dates as numbers that order as the dates do.
/// </summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 200)]
public class PlanColumnsTests
{
    [Property]
    public Property People_AreGroupedByNodeInThePlansOrder_EachInItsColumns(GapScenario s)
    {
        var plan = s.Plan;
        var c = PlanColumns.Of(plan);
        var org = plan.Organisation;
        var grouped = org.Nodes.All(n =>
        {
            var i = org.IndexOf(n.Id);
            var columns = Enumerable.Range(c.PeopleStart[i], c.PeopleStart[i + 1] - c.PeopleStart[i]).Select(k => c.People.People[k]);
            var requirements = Enumerable.Range(c.RequirementStart[i], c.RequirementStart[i + 1] - c.RequirementStart[i]).Select(k => c.Requirements.Requirements[k]);
            return columns.SequenceEqual(plan.People.Where(p => p.Node == n.Id))
                && requirements.SequenceEqual(plan.Requirements.Where(r => r.Node == n.Id));
        });
        var ends = c.PeopleStart[0] == 0 && c.PeopleStart[^1] == plan.People.Length
            && c.RequirementStart[0] == 0 && c.RequirementStart[^1] == plan.Requirements.Length;
        var people = Enumerable.Range(0, c.People.People.Length).All(k => Matches(c.People, k, c.People.People[k], c.Competences));
        var requirementColumns = Enumerable.Range(0, c.Requirements.Requirements.Length).All(k => Matches(c.Requirements, k, c.Competences));
        return (grouped && ends && people && requirementColumns).ToProperty();
    }

    [Property]
    public Property Subtrees_AreRangesOfThePreorder(GapScenario s)
    {
        var org = s.Plan.Organisation;
        var c = PlanColumns.Of(s.Plan);
        return (c.Preorder.SequenceEqual(org.Preorder.ToArray()) && org.Nodes.All(n =>
        {
            var i = org.IndexOf(n.Id);
            var range = c.Preorder[c.PreorderPosition[i]..c.SubtreeEnd[i]];
            return c.Preorder[c.PreorderPosition[i]] == i
                && range.Order().SequenceEqual(org.SubtreeOf(n.Id).Select(d => org.IndexOf(d.Id)).Order());
        })).ToProperty();
    }

    [Property]
    public Property IndexOf_FindsEachPersonsColumnAndNode(GapScenario s)
    {
        // Generated organisations have nodes without people between nodes with people: several nodes then start at one column.
        var org = s.Plan.Organisation;
        var c = PlanColumns.Of(s.Plan);
        return (s.Plan.People.All(p => c.IndexOf(p.Id) is var k and >= 0 && c.People.People[k] == p && c.NodeOfColumn(k) == org.IndexOf(p.Node))
            && c.IndexOf(new PersonId("nobody")) == -1).ToProperty();
    }

    [Property]
    public Property WhatIfColumns_EqualColumnsBuiltAfresh(GapScenario s, GapChangeSeed change)
    {
        // A what-if copies the columns of the people who stay in a node (leaving one out) and writes only the one who joins.
        var c = PlanColumns.Of(s.Plan);
        var org = s.Plan.Organisation;
        return org.Nodes.All(n =>
        {
            var i = org.IndexOf(n.Id);
            int start = c.PeopleStart[i], end = c.PeopleStart[i + 1];
            var joining = change.NewPerson.WithNode(n.Id);
            return Enumerable.Range(start - 1, end - start + 1).All(skip => new Person?[] { null, joining }.All(added =>
            {
                var skipped = skip < start ? -1 : skip;
                var kept = c.People.People[start..end].Where((_, k) => start + k != skipped).ToList();
                if (added is not null)
                {
                    kept.Add(added);
                }

                var copied = new PeopleColumns(c.People, start, end, skipped, added, c.Competences.Existing);
                var fresh = new PeopleColumns(kept, c.Competences.Existing);
                return Same(copied, fresh);
            }));
        }).ToProperty();
    }

    [Property]
    public Property DayNumbers_OrderAsTheDatesDo(int a, int b)
    {
        // The kernel compares day numbers where the spec compares dates (starts ≤ t < leaves, validFrom ≤ t ≤ validUntil),
        // with "absent" as a number below or above every date.
        var x = new LocalDate(2026, 3, 1).PlusDays(a % 2_000_000);
        var y = new LocalDate(2026, 3, 1).PlusDays(b % 2_000_000);
        int dx = DayNumber.Of(x), dy = DayNumber.Of(y);
        return (dx.CompareTo(dy) == x.CompareTo(y) && DayNumber.Never < dx && dx < DayNumber.Forever
            && DayNumber.Of((LocalDate?)null, DayNumber.Never) == DayNumber.Never && DayNumber.Of(x, DayNumber.Never) == dx).ToProperty();
    }

    [Fact]
    public void DayNumbers_AtTheEndsOfTheCalendar_StayBetweenNeverAndForever()
    {
        var first = DayNumber.Of(new LocalDate(-9998, 1, 1));
        var last = DayNumber.Of(new LocalDate(9999, 12, 31));

        Assert.True(DayNumber.Never < first && first < DayNumber.Of(new LocalDate(-9998, 1, 2)));
        Assert.True(DayNumber.Of(new LocalDate(9999, 12, 30)) < last && last < DayNumber.Forever);
        Assert.True(DayNumber.Of(new LocalDate(2026, 1, 31)) < DayNumber.Of(new LocalDate(2026, 2, 1)));
        Assert.True(DayNumber.Of(new LocalDate(2025, 12, 31)) < DayNumber.Of(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Interner_NumbersCompetencesInTheOrderFirstSeen()
    {
        var interner = new CompetenceInterner();

        Assert.Equal((0, 1, 0), (interner.Intern(new CompetenceId("b")), interner.Intern(new CompetenceId("a")), interner.Intern(new CompetenceId("b"))));
        Assert.Equal(2, interner.Count);
        Assert.Equal(new CompetenceId("a"), interner[1]);
        Assert.Equal((1, -1), (interner.Find(new CompetenceId("a")), interner.Find(new CompetenceId("c"))));
        Assert.Equal(0, interner.Existing(new CompetenceId("b")));
        var e = Assert.Throws<InvalidOperationException>(() => interner.Existing(new CompetenceId("c")));
        Assert.Equal("The competence 'c' was not interned with the plan.", e.Message);
    }

    [Fact]
    public void Of_SamePlan_IsBuiltOnce()
    {
        var plan = GapArbitraries.Plan(1, 1, [], []);

        Assert.Same(PlanColumns.Of(plan), PlanColumns.Of(plan));
        Assert.NotSame(PlanColumns.Of(plan), PlanColumns.Of(GapArbitraries.Plan(1, 1, [], [])));
    }

    [Property]
    public Property Bytes_CountEveryColumnsPayload(GapScenario s)
    {
        // The memory probe's estimate (benchmarks' Probe): each array's length times its element's size, per person
        // (a reference and five ints), holding (three ints, a byte and a bool), aspiration (an int), requirement (a
        // reference, a long and four ints) and node (five ints); the start arrays' extra entry is left out.
        var c = PlanColumns.Of(s.Plan);
        var p = c.People;
        long people = (8L * p.People.Length) + Payload(p.Share, p.Starts, p.Leaves) + (4L * (p.HoldingStart.Length - 1)) + (4L * (p.AspirationStart.Length - 1));
        long holdings = Payload(p.HoldingCompetence, p.HoldingFrom, p.HoldingUntil) + p.HoldingLevel.Length + p.HoldingUsed.Length;
        long aspirations = Payload(p.AspirationCompetence);
        var r = c.Requirements;
        long requirements = (8L * r.Requirements.Length) + Payload(r.Competence, r.Level, r.MinHeads, r.From) + (8L * r.Amount.Length);
        long nodes = Payload(c.Preorder, c.PreorderPosition, c.SubtreeEnd) + (4L * (c.PeopleStart.Length - 1)) + (4L * (c.RequirementStart.Length - 1));
        return (p.Bytes == people + holdings + aspirations && c.Bytes == people + holdings + aspirations + requirements + nodes)
            .ToProperty().Label($"people {p.Bytes} against {people + holdings + aspirations}; plan {c.Bytes} against {people + holdings + aspirations + requirements + nodes}");
    }

    private static long Payload(params int[][] arrays) => arrays.Sum(a => 4L * a.Length);

    private static bool Matches(PeopleColumns c, int k, Person p, CompetenceInterner competences)
    {
        var holdings = Enumerable.Range(c.HoldingStart[k], c.HoldingStart[k + 1] - c.HoldingStart[k]).ToList();
        var aspirations = Enumerable.Range(c.AspirationStart[k], c.AspirationStart[k + 1] - c.AspirationStart[k]).ToList();
        return c.Share[k] == p.Share.Hundredths
            && c.Starts[k] == DayNumber.Of(p.Starts, DayNumber.Never)
            && c.Leaves[k] == DayNumber.Of(p.Leaves, DayNumber.Forever)
            && holdings.Count == p.Holdings.Length
            && holdings.Select((h, j) => (h, p.Holdings[j])).All(x =>
                competences[c.HoldingCompetence[x.h]] == x.Item2.Competence
                && c.HoldingLevel[x.h] == (x.Item2.Level?.Value ?? 0)
                && c.HoldingUsed[x.h] == x.Item2.Used
                && c.HoldingFrom[x.h] == DayNumber.Of(x.Item2.ValidFrom, DayNumber.Never)
                && c.HoldingUntil[x.h] == DayNumber.Of(x.Item2.ValidUntil, DayNumber.Forever))
            && aspirations.Select(a => competences[c.AspirationCompetence[a]]).SequenceEqual(p.Aspirations);
    }

    private static bool Matches(RequirementColumns c, int k, CompetenceInterner competences)
    {
        var r = c.Requirements[k];
        return competences[c.Competence[k]] == r.Competence && c.Level[k] == r.MinLevel.Value && c.Amount[k] == r.Amount.Hundredths
            && c.MinHeads[k] == (r.MinHeads ?? -1) && c.From[k] == DayNumber.Of(r.From, DayNumber.Never);
    }

    private static bool Same(PeopleColumns x, PeopleColumns y) =>
        x.People.SequenceEqual(y.People) && x.Share.SequenceEqual(y.Share) && x.Starts.SequenceEqual(y.Starts) && x.Leaves.SequenceEqual(y.Leaves)
        && x.HoldingStart.SequenceEqual(y.HoldingStart) && x.AspirationStart.SequenceEqual(y.AspirationStart)
        && x.HoldingCompetence.SequenceEqual(y.HoldingCompetence) && x.HoldingLevel.SequenceEqual(y.HoldingLevel)
        && x.HoldingUsed.SequenceEqual(y.HoldingUsed) && x.HoldingFrom.SequenceEqual(y.HoldingFrom)
        && x.HoldingUntil.SequenceEqual(y.HoldingUntil) && x.AspirationCompetence.SequenceEqual(y.AspirationCompetence);
}
