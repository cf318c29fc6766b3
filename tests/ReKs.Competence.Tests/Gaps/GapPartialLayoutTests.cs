using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>Sets of lines to cut into partials: each set's keys are a random subset of six, so partials of lines lie on different key spaces.</summary>
public sealed record LineSets(IReadOnlyList<IReadOnlyList<GapLine>> Sets)
{
    public override string ToString() =>
        string.Join(" | ", Sets.Select(s => string.Join(", ", s.Select(l => $"{l.Key}:{l.Figures.Amount}/{l.Figures.UsedSupply}/{l.Figures.UnusedSupply}/{l.Figures.Developable}/{l.Figures.Heads}/{l.Figures.People}"))));
}

/// <summary>FsCheck generators of line sets over six keys (two competences at levels 1–3) with figures of any class mix.</summary>
public static class LineSetArbitraries
{
    public static readonly GapKey[] Pool =
    [
        .. new[] { "dementia", "medication" }.SelectMany(c => Enumerable.Range(1, 3).Select(l => new GapKey(new CompetenceId(c), new ProficiencyLevel(l)))),
    ];

    public static Arbitrary<LineSets> Sets() => Arb.From(
        from count in Gen.Choose(1, 5)
        from sets in Gen.ListOf(SetGen(), count)
        select new LineSets([.. sets]));

    private static Gen<IReadOnlyList<GapLine>> SetGen() =>
        from keys in Gen.SubListOf(Pool)
        from lines in Gen.CollectToList(keys, k => from n in Gen.Choose(1, 2) from fs in Gen.ListOf(FiguresGen(), n) select fs.Select(f => Line(k, f)))
        select (IReadOnlyList<GapLine>)[.. lines.SelectMany(l => l)];

    private static Gen<GapFigures> FiguresGen() =>
        from amount in Gen.Elements(0, 0, 50, 100, 150)
        from used in Gen.Elements(0, 20, 50, 100)
        from unused in Gen.Elements(0, 33, 80)
        from developable in Gen.Elements(0, 12, 75)
        from heads in Gen.Choose(0, 2)
        from others in Gen.Choose(0, 2)
        select GapFigures.ForLine(P(amount), P(used), P(unused), P(developable), heads, heads + others);

    private static PositionShare P(int percent) => PositionShare.FromPercent(percent);

    public static GapLine Line(GapKey key, GapFigures figures) => new(new NodeId("u"), key, figures, false, 1, []);
}

/// <summary>
/// Partials laid out on different key spaces (the shared gap-analysis spec, "Roll-up": partials merge by addition only,
/// key by key, in any order and grouping; the type's documentation: partials of other spaces are laid out on the union
/// of their keys). Partials of lines each have the space of their own keys; partials of one analysis share one.
/// </summary>
[Properties(Arbitrary = [typeof(LineSetArbitraries), typeof(GapArbitraries)], MaxTest = 300)]
public class GapPartialLayoutTests
{
    private static GapKey[] Pool => LineSetArbitraries.Pool;

    private static PositionShare P(int percent) => PositionShare.FromPercent(percent);

    private static GapLine Line(GapKey key, GapFigures figures) => LineSetArbitraries.Line(key, figures);

    private static GapKernel KernelOn(GapKeySpace space) =>
        new(new KeyLayout(space, new CompetenceInterner()), 0, new LocalDate(2026, 3, 1), GapOptions.Default);

    [Property]
    public Property Merge_PartialsOfOtherKeySpaces_EqualsThePartialOfAllTheirLines(LineSets s)
    {
        // The partial of the union of the line sets, built in one pass, against merges of each set's own partial.
        var parts = s.Sets.Select(GapPartial.Of).ToList();
        var whole = GapPartial.Of(s.Sets.SelectMany(l => l));
        var folded = parts.Aggregate(GapPartial.Empty, (x, y) => x.Merge(y));
        var reversed = Enumerable.Reverse(parts).Aggregate(GapPartial.Empty, (x, y) => y.Merge(x));
        var contents = whole.Keys.All(k =>
            whole[k] == s.Sets.SelectMany(l => l).Where(l => l.Key == k).Aggregate(GapFigures.Zero, (f, l) => f + l.Figures)
            && whole.LineCount(k) == s.Sets.Sum(l => l.Count(x => x.Key == k)));
        return (GapPartial.MergeAll(parts) == whole && folded == whole && reversed == whole && contents
            && whole.Keys.SequenceEqual(s.Sets.SelectMany(l => l).Select(l => l.Key).Distinct().Order())).ToProperty();
    }

    [Property]
    public Property Merge_PartialsOfOtherKeySpacesWithThoseOfAnAnalysis_AddKeyByKey(GapScenario scenario, LineSets s)
    {
        // An analysis's partials share its key space, which holds the generated competences at levels 1–4 (when
        // required) and lines' keys of levels 1–3; partials of lines have their own spaces: merging both kinds adds
        // key by key on the union, whichever partial comes first.
        var analysis = GapAnalyzer.Analyse(scenario.Plan, scenario.AsOf, scenario.Options);
        var shared = analysis.Organisation.Nodes.Select(n => analysis.PartialOf(n.Id)).ToList();
        var own = s.Sets.Select(GapPartial.Of).ToList();
        var all = analysis.Lines.Concat(s.Sets.SelectMany(l => l)).ToList();
        var expected = GapPartial.Of(all);
        var root = analysis.PartialOf(analysis.Organisation.Root.Id);
        return (GapPartial.MergeAll(own.Prepend(root)) == expected
            && GapPartial.MergeAll(own.Append(root)) == expected
            && own.Aggregate(root, (x, y) => y.Merge(x)) == expected
            && GapPartial.MergeAll(shared).Keys.SequenceEqual(analysis.Lines.Select(l => l.Key).Distinct().Order())).ToProperty();
    }

    [Property]
    public Property SlotsIn_AnotherSpace_AreTheSlotsOfTheSameKeysThere(LineSets s)
    {
        // The internal contract the regional export relies on: a partial's entries located in a given key space.
        var union = GapKeySpace.Of(Pool);
        return s.Sets.Select(GapPartial.Of).All(p =>
            p.SlotsIn(union).SequenceEqual(p.Keys.Select(union.Find))
            && p.SlotsIn(GapKeySpace.Of(p.Keys)).SequenceEqual(Enumerable.Range(0, p.Count))).ToProperty();
    }

    [Property]
    public Property Rollup_ChildrenOnOtherKeySpaces_EqualsTheirMerge(LineSets s)
    {
        // The kernel's roll-up adds children's partials into accumulators laid out on its own key space; a child laid
        // out on another space is translated key by key.
        var parts = s.Sets.Select(GapPartial.Of).ToList();
        var kernel = KernelOn(GapKeySpace.Of(Pool));
        var rolled = kernel.Rollup(NodeLines.None, parts.Count, i => parts[i]);
        return (rolled == GapPartial.MergeAll(parts)).ToProperty();
    }

    [Fact]
    public void SlotsIn_AnotherSpace_TranslatesEveryEntry()
    {
        var space = GapKeySpace.Of(Pool);
        var p = GapPartial.Of([Line(Pool[1], GapFigures.ForLine(P(50), P(20), P(0), P(0), 1, 1)), Line(Pool[4], GapFigures.ForLine(P(100), P(0), P(0), P(0), 0, 0))]);

        Assert.Equal([0, 1], p.SlotsIn(GapKeySpace.Of([Pool[1], Pool[4]])));
        Assert.Equal([1, 4], p.SlotsIn(space));
        Assert.Equal([], GapPartial.Empty.SlotsIn(space));
        Assert.Equal([], GapPartial.EmptyIn(space).SlotsIn(space));
    }

    [Fact]
    public void Rollup_ChildOnASmallerSpace_AddsItsEntriesAtTheirKeys()
    {
        // Two children laid out on {Pool[1], Pool[4]} and {Pool[4], Pool[5]}, rolled up on the six keys of the pool.
        var f = GapFigures.ForLine(P(50), P(20), P(0), P(0), 1, 1);
        var g = GapFigures.ForLine(P(100), P(0), P(80), P(0), 1, 2);
        var a = GapPartial.Of([Line(Pool[1], f), Line(Pool[4], g)]);
        var b = GapPartial.Of([Line(Pool[4], f), Line(Pool[5], g), Line(Pool[5], f)]);

        var rolled = KernelOn(GapKeySpace.Of(Pool)).Rollup(NodeLines.None, 2, i => i == 0 ? a : b);

        Assert.Equal([Pool[1], Pool[4], Pool[5]], rolled.Keys);
        Assert.Equal((f, 1), (rolled[Pool[1]], rolled.LineCount(Pool[1])));
        Assert.Equal((g + f, 2), (rolled[Pool[4]], rolled.LineCount(Pool[4])));
        Assert.Equal((g + f, 2), (rolled[Pool[5]], rolled.LineCount(Pool[5])));
    }

    [Fact]
    public void GetHashCode_DependsOnTheFiguresNotOnlyTheCount()
    {
        // Equal partials hash alike (tested with the equality laws); unequal ones should rarely collide, or a set or
        // dictionary of partials of one size degrades to a list. Forty partials of one key with forty amounts.
        var hashes = Enumerable.Range(1, 40)
            .Select(i => GapPartial.Of([Line(Pool[0], GapFigures.ForLine(P(i), P(0), P(0), P(0), 0, 0))]).GetHashCode())
            .ToHashSet();

        Assert.True(hashes.Count > 30, $"{hashes.Count} distinct hash codes of 40 partials");
    }
}
