using System.Collections.Immutable;
using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>A requirement (krav): a node needs an amount of a competence at a minimum level, for one or more goals.</summary>
/// <remarks>
/// <para>The requirement applies at a date t when <see cref="From"/> is absent or ≤ t. <see cref="NeededBy"/> is the
/// deadline the plan reports against; it does not change whether the requirement applies.</para>
/// <para>Two requirements are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Requirement : IEquatable<Requirement>
{
    /// <summary>Initializes a new instance of the <see cref="Requirement"/> class.</summary>
    /// <param name="node">The node that needs the competence.</param>
    /// <param name="competence">The competence.</param>
    /// <param name="minLevel">The minimum level that qualifies.</param>
    /// <param name="amount">The amount needed in percent of a full position (200 = two full-time equivalents); more than zero and at most <see cref="MaxAmount"/>.</param>
    /// <param name="goals">The goals the requirement serves; no duplicates.</param>
    /// <param name="minHeads">The minimum number of qualified people for robustness, overriding the analysis default; at least 1.</param>
    /// <param name="from">The first date the requirement applies, if not always.</param>
    /// <param name="neededBy">The deadline, if any.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public Requirement(NodeId node, CompetenceId competence, ProficiencyLevel minLevel, PositionShare amount, IEnumerable<GoalId>? goals = null, int? minHeads = null, LocalDate? from = null, LocalDate? neededBy = null)
    {
        Node = Guard.Against.Default(node, nameof(node));
        Competence = Guard.Against.Default(competence, nameof(competence));
        MinLevel = Guard.Against.Default(minLevel, nameof(minLevel));
        Fault.Throw(CheckAmount(amount).Concat(CheckMinHeads(minHeads)));
        Amount = amount;
        Goals = goals is null ? [] : [.. goals];
        if (Goals.Distinct().Count() != Goals.Length)
        {
            throw new ArgumentException("A goal is listed twice.", nameof(goals));
        }

        MinHeads = minHeads;
        From = from;
        NeededBy = neededBy;
    }

    /// <summary>The amount's own check, shared by the constructor and the plan document.</summary>
    internal static IEnumerable<Fault> CheckAmount(PositionShare amount)
    {
        if (amount <= PositionShare.Zero)
        {
            yield return Fault.Invalid("amountPercent", nameof(amount), "a requirement's amount is more than zero");
        }
        else if (amount > MaxAmount)
        {
            yield return Fault.Invalid("amountPercent", nameof(amount), $"a requirement's amount is at most {MaxAmount} % (a million person-years)");
        }
    }

    /// <summary>The minimum number of people's own check, shared by the constructor and the plan document.</summary>
    internal static IEnumerable<Fault> CheckMinHeads(int? minHeads)
    {
        if (minHeads is < 1)
        {
            yield return Fault.Invalid("minHeads", nameof(minHeads), $"the minimum number of people is at least 1 (got {minHeads})");
        }
    }

    /// <summary>Gets the largest amount one requirement may ask for: 100 000 000 % of a full position (a million person-years).</summary>
    /// <remarks>The cap keeps every sum of amounts exact: a gap analysis adds the amounts of its lines per node, and no
    /// plan that fits in memory has enough requirements to overflow those sums (see <see cref="PositionShare"/>).</remarks>
    public static PositionShare MaxAmount { get; } = PositionShare.FromHundredths(PositionShare.MaxHundredths);

    /// <summary>Gets the node that needs the competence.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the minimum level that qualifies.</summary>
    public ProficiencyLevel MinLevel { get; }

    /// <summary>Gets the amount needed.</summary>
    public PositionShare Amount { get; }

    /// <summary>Gets the goals served.</summary>
    public ImmutableArray<GoalId> Goals { get; }

    /// <summary>Gets the minimum number of qualified people, or <see langword="null"/> for the analysis default.</summary>
    public int? MinHeads { get; }

    /// <summary>Gets the first date the requirement applies, or <see langword="null"/> for always.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the deadline, or <see langword="null"/>.</summary>
    public LocalDate? NeededBy { get; }

    /// <summary>Returns whether the requirement applies at a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> is absent or ≤ <paramref name="date"/>.</returns>
    public bool AppliesAt(LocalDate date) => From is not { } f || f <= date;

    /// <inheritdoc/>
    public bool Equals(Requirement? other) =>
        other is not null && Node == other.Node && Competence == other.Competence && MinLevel == other.MinLevel && Amount == other.Amount
        && Goals.SequenceEqual(other.Goals) && MinHeads == other.MinHeads && From == other.From && NeededBy == other.NeededBy;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Requirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Node, Competence, MinLevel, Amount);

    /// <summary>Compares two requirements for equality.</summary>
    /// <param name="left">The first requirement.</param>
    /// <param name="right">The second requirement.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Requirement? left, Requirement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two requirements for inequality.</summary>
    /// <param name="left">The first requirement.</param>
    /// <param name="right">The second requirement.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Requirement? left, Requirement? right) => !(left == right);

    /// <summary>Describes the requirement.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Node}: {Competence} ≥ {MinLevel}, {Amount} %";
}
