using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>For each competence, the levels at which any requirement that applies at the as-of date asks for it: Levels(c), a property of the whole plan.</summary>
/// <remarks>
/// <para>When a plan is split into shards (one per municipality), every shard must be analysed with the whole plan's
/// level sets; that is what makes merged partials equal to the whole. Compute them once with <see cref="Of"/> and pass
/// them to each shard's analysis.</para>
/// <para>Two level sets are equal when they have the same levels for the same competences.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapLevelSets : IEquatable<GapLevelSets>
{
    private readonly ImmutableSortedDictionary<CompetenceId, ImmutableArray<ProficiencyLevel>> _levels;
    private GapKeySpace? _space;

    internal GapLevelSets(ImmutableSortedDictionary<CompetenceId, ImmutableArray<ProficiencyLevel>> levels) => _levels = levels;

    /// <summary>Gets the empty level sets: no competence is asked for.</summary>
    public static GapLevelSets Empty { get; } = new(ImmutableSortedDictionary<CompetenceId, ImmutableArray<ProficiencyLevel>>.Empty);

    /// <summary>Gets the competences some requirement asks for, ordered.</summary>
    public IEnumerable<CompetenceId> Competences => _levels.Keys;

    /// <summary>Gets the levels asked for a competence, lowest first; empty when none.</summary>
    /// <param name="competence">The competence.</param>
    /// <returns>The levels.</returns>
    public ImmutableArray<ProficiencyLevel> LevelsOf(CompetenceId competence) => _levels.TryGetValue(competence, out var l) ? l : [];

    /// <summary>Computes a plan's level sets at a date.</summary>
    /// <param name="plan">The whole plan.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The level sets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static GapLevelSets Of(CompetencePlan plan, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return FromRequirements(plan.Requirements, asOf);
    }

    internal static GapLevelSets FromRequirements(IEnumerable<Requirement> requirements, LocalDate asOf) =>
        new(requirements.Where(r => r.AppliesAt(asOf))
            .GroupBy(r => r.Competence)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(r => r.MinLevel).Distinct().Order().ToImmutableArray()));

    /// <summary>Returns the union of two level sets.</summary>
    /// <param name="other">The other level sets.</param>
    /// <returns>For every competence, the levels of either.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public GapLevelSets Union(GapLevelSets other)
    {
        ArgumentNullException.ThrowIfNull(other);

        // Keep this very object when the other adds nothing: analyses that share level sets share their key space.
        if (other._levels.All(kv => _levels.TryGetValue(kv.Key, out var mine) && kv.Value.All(l => mine.Contains(l))))
        {
            return this;
        }

        if (_levels.IsEmpty)
        {
            return other;
        }

        var builder = _levels.ToBuilder();
        foreach (var (c, levels) in other._levels)
        {
            builder[c] = builder.TryGetValue(c, out var mine) ? [.. mine.Union(levels).Order()] : levels;
        }

        return new GapLevelSets(builder.ToImmutable());
    }

    /// <summary>Gets the key space of these level sets: every (competence, level), sorted; built once.</summary>
    internal GapKeySpace KeySpace => LazyInitializer.EnsureInitialized(
        ref _space, () => GapKeySpace.Of(_levels.SelectMany(kv => kv.Value.Select(l => new GapKey(kv.Key, l)))));

    /// <inheritdoc/>
    public bool Equals(GapLevelSets? other) =>
        other is not null && _levels.Count == other._levels.Count && _levels.All(kv => other._levels.TryGetValue(kv.Key, out var l) && l.SequenceEqual(kv.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GapLevelSets);

    /// <inheritdoc/>
    public override int GetHashCode() => _levels.Count;

    /// <summary>Compares two level sets for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GapLevelSets? left, GapLevelSets? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two level sets for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GapLevelSets? left, GapLevelSets? right) => !(left == right);
}
