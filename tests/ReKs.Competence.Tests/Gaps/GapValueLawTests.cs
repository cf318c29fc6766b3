using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>Keys and level sets drawn from few values, so that equal, unequal and ordered pairs all occur often.</summary>
public static class GapValueArbitraries
{
    private static readonly string[] Competences = ["a", "b", "B", "ab", "dementia"];

    public static Arbitrary<GapKey> Keys() => Arb.From(KeyGen());

    public static Arbitrary<GapLevelSets> LevelSets() => Arb.From(
        from n in Gen.Choose(0, 6)
        from keys in Gen.ListOf(KeyGen(), n)
        select new GapLevelSets(keys.GroupBy(k => k.Competence)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(k => k.Level).Distinct().Order().ToImmutableArray())));

    public static Arbitrary<GapOptions> Options() => Arb.From(
        from reach in Gen.Choose(0, 2)
        from heads in Gen.Choose(1, 3)
        from size in Gen.Choose(1, 3)
        select new GapOptions(reach, heads, size));

    public static Gen<GapKey> KeyGen() =>
        from c in Gen.Elements(Competences)
        from l in Gen.Choose(1, 4)
        select new GapKey(new CompetenceId(c), new ProficiencyLevel(l));
}

/// <summary>
/// The value laws of the gap engine's small types, as their documentation states them: a key is equal to another
/// exactly when competence and level are, and keys are ordered by competence (ordinal), then level (<see cref="GapKey"/>'s
/// remarks); a key space is the distinct keys sorted, a key's slot its position; two level sets are equal when they have
/// the same levels for the same competences, and a union holds, for every competence, the levels of either
/// (<see cref="GapLevelSets"/>); two option sets are equal when all three values are (<see cref="GapOptions"/>).
/// </summary>
[Properties(Arbitrary = [typeof(GapValueArbitraries)], MaxTest = 500)]
public class GapValueLawTests
{
    [Property]
    public Property GapKey_EqualityIsThatOfCompetenceAndLevel_ByEveryOperator(GapKey x, GapKey y)
    {
        var same = x.Competence == y.Competence && x.Level == y.Level;
        return (x.Equals(y) == same && x.Equals((object)y) == same && (x == y) == same && (x != y) == !same
            && (!same || x.GetHashCode() == y.GetHashCode()) && !x.Equals((object)x.Competence) && !x.Equals(null)).ToProperty();
    }

    [Property]
    public Property GapKey_OrderIsCompetenceOrdinalThenLevel_ByEveryOperator(GapKey x, GapKey y)
    {
        var c = string.CompareOrdinal(x.Competence.Value, y.Competence.Value);
        var expected = Math.Sign(c != 0 ? c : x.Level.Value.CompareTo(y.Level.Value));
        return (Math.Sign(x.CompareTo(y)) == expected && Math.Sign(y.CompareTo(x)) == -expected
            && (x < y) == (expected < 0) && (x <= y) == (expected <= 0) && (x > y) == (expected > 0) && (x >= y) == (expected >= 0)).ToProperty();
    }

    [Property]
    public Property GapKey_ToString_IsCompetenceThenLevel(GapKey x) =>
        (x.ToString() == $"{x.Competence.Value}≥{x.Level.Value}").ToProperty();

    [Property]
    public Property GapKeySpace_IsTheDistinctKeysSorted_AndASlotIsAKeysPosition(GapKey[] keys, GapKey probe)
    {
        var space = GapKeySpace.Of(keys);
        var expected = keys.Distinct().Order().ToArray();
        var slot = space.Find(probe);
        var found = expected.Contains(probe) ? slot >= 0 && space.Keys[slot] == probe : slot < 0;
        return (space.Keys.SequenceEqual(expected) && space.Count == expected.Length && found
            && space.SameAs(GapKeySpace.Of(keys.Reverse())) && (keys.Length > 0 || ReferenceEquals(space, GapKeySpace.Empty))).ToProperty();
    }

    [Property]
    public Property GapKeySpace_SameAs_IsKeyByKeyEquality(GapKey[] xs, GapKey[] ys)
    {
        var (x, y) = (GapKeySpace.Of(xs), GapKeySpace.Of(ys));
        return (x.SameAs(y) == x.Keys.SequenceEqual(y.Keys) && y.SameAs(x) == x.SameAs(y) && x.SameAs(x)).ToProperty();
    }

    [Property]
    public Property GapLevelSets_EqualityIsSameLevelsForSameCompetences_ByEveryOperator(GapLevelSets x, GapLevelSets y)
    {
        var same = x.Competences.SequenceEqual(y.Competences) && x.Competences.All(c => x.LevelsOf(c).SequenceEqual(y.LevelsOf(c)));
        return (x.Equals(y) == same && y.Equals(x) == same && x.Equals((object)y) == same && (x == y) == same && (x != y) == !same
            && (!same || x.GetHashCode() == y.GetHashCode()) && x == Copy(x) && !x.Equals((GapLevelSets?)null) && !x.Equals(new object())
            && x != null && null != x).ToProperty();
    }

    [Property]
    public Property GapLevelSets_Union_HoldsForEveryCompetenceTheLevelsOfEither(GapLevelSets x, GapLevelSets y)
    {
        var union = x.Union(y);
        var competences = x.Competences.Union(y.Competences).OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        var levels = competences.All(c => union.LevelsOf(c).SequenceEqual(x.LevelsOf(c).Union(y.LevelsOf(c)).Order()));
        return (union.Competences.SequenceEqual(competences) && levels && union == y.Union(x)
            && union.KeySpace.Keys.SequenceEqual(competences.SelectMany(c => union.LevelsOf(c).Select(l => new GapKey(c, l))))).ToProperty();
    }

    [Property]
    public Property GapLevelSets_UnionThatAddsNothing_KeepsTheVeryObject(GapLevelSets x, GapLevelSets y)
    {
        // The remarks on Union: analyses that share level sets share their key space, so a union that adds nothing is
        // the same object (and its key space is built once).
        var union = x.Union(y);
        return (ReferenceEquals(union.Union(x), union) && ReferenceEquals(union.Union(y), union) && ReferenceEquals(union.Union(GapLevelSets.Empty), union)
            && ReferenceEquals(union.KeySpace, union.KeySpace)).ToProperty();
    }

    [Property]
    public Property GapOptions_EqualityIsThatOfAllThreeValues_ByEveryOperator(GapOptions x, GapOptions y)
    {
        var same = x.DevelopReach == y.DevelopReach && x.MinHeads == y.MinHeads && x.MinGroupSize == y.MinGroupSize;
        return (x.Equals(y) == same && x.Equals((object)y) == same && (x == y) == same && (x != y) == !same
            && (!same || x.GetHashCode() == y.GetHashCode()) && !x.Equals((GapOptions?)null) && !x.Equals(new object()) && x != null && null != x).ToProperty();
    }

    [Fact]
    public void GapLevelSets_NullEqualsOnlyNull()
    {
        GapLevelSets? none = null;
        Assert.True(none == null);
        Assert.False(none != null);
        Assert.True(none != GapLevelSets.Empty);
    }

    [Fact]
    public void GapOptions_Default_IsTheSpecificationsReachOneHeadsTwoGroupThree()
    {
        // gap-analysis spec, "Inputs": developReach default 1, minHeads default 2, minGroupSize default 3.
        Assert.Equal((1, 2, 3), (GapOptions.Default.DevelopReach, GapOptions.Default.MinHeads, GapOptions.Default.MinGroupSize));
        Assert.Equal(GapOptions.Default, new GapOptions());
        GapOptions? none = null;
        Assert.True(none == null);
        Assert.True(none != GapOptions.Default);
    }

    [Fact]
    public void GapLevelSets_Of_IsTheLevelsOfTheRequirementsThatApply_SortedAndDistinct()
    {
        // gap-analysis spec, "Lines": Levels(c) is the set of levels at which a requirement that applies at t asks for c;
        // one that does not apply yet counts nowhere.
        var t = GapArbitraries.T;
        var n = new NodeId("n");
        var (a, b) = (new CompetenceId("medication"), new CompetenceId("dementia"));
        Requirement R(CompetenceId c, int level, NodaTime.LocalDate? from = null) => new(n, c, new ProficiencyLevel(level), PositionShare.FullTime, from: from);
        var plan = GapArbitraries.Plan(1, 0, [], [R(a, 3), R(a, 1), R(a, 3), R(b, 2, t.PlusDays(1)), R(a, 4, t)]);
        var sets = GapLevelSets.Of(plan, t);
        Assert.Equal([a], sets.Competences);
        Assert.Equal([1, 3, 4], sets.LevelsOf(a).Select(l => l.Value));
        Assert.Empty(sets.LevelsOf(b));
        Assert.Equal([2], GapLevelSets.Of(plan, t.PlusDays(1)).LevelsOf(b).Select(l => l.Value));
        Assert.Throws<ArgumentNullException>(() => GapLevelSets.Of(null!, t));
        Assert.Throws<ArgumentNullException>(() => sets.Union(null!));
    }

    private static GapLevelSets Copy(GapLevelSets x) =>
        new(x.Competences.ToImmutableSortedDictionary(c => c, c => x.LevelsOf(c).ToArray().ToImmutableArray()));
}
