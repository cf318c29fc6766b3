using System.Globalization;
using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>What a measure yields when it completes, by strategy: a competence at a level reached (develop), people
/// recruited with a competence (acquire), a holding put into use (mobilise), or a requirement retired (phase out).</summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Develop"/>: each person the measure reaches gains <see cref="Competence"/> at <see cref="Level"/>.</item>
/// <item><see cref="Acquire"/>: <see cref="Amount"/> of full positions with <see cref="Competence"/> at <see cref="Level"/>
/// are recruited to <see cref="Node"/> by <see cref="By"/>, optionally of a <see cref="PositionType"/>.</item>
/// <item><see cref="Mobilise"/>: the people the measure reaches who hold <see cref="Competence"/> without using it put it
/// into use, in <see cref="Node"/> when given (otherwise wherever the measure's target group works).</item>
/// <item><see cref="PhaseOut"/>: the requirements of <see cref="Node"/> for <see cref="Competence"/> at <see cref="Level"/> are retired.</item>
/// </list>
/// <para>Two yields are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeasureYield : IEquatable<MeasureYield>
{
    private MeasureYield(CompetenceStrategies strategy, CompetenceId competence, ProficiencyLevel? level, NodeId? node, PositionShare amount, PositionType? positionType, LocalDate? by)
    {
        Strategy = strategy;
        Competence = Guard.Against.Default(competence, nameof(competence));
        Level = level is { } l ? Guard.Against.Default(l, nameof(level)) : null;
        Node = node is { } n ? Guard.Against.Default(n, nameof(node)) : null;
        Amount = amount;
        PositionType = positionType is { } p && !Enum.IsDefined(p) ? throw new ArgumentOutOfRangeException(nameof(positionType), p, "Unknown position type.") : positionType;
        By = by;
    }

    /// <summary>Gets the strategy: exactly one of <see cref="CompetenceStrategies.Develop"/>, <see cref="CompetenceStrategies.Acquire"/>,
    /// <see cref="CompetenceStrategies.Mobilise"/> and <see cref="CompetenceStrategies.PhaseOut"/>.</summary>
    public CompetenceStrategies Strategy { get; }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the level reached (develop), recruited (acquire) or retired (phase out); <see langword="null"/> for mobilise.</summary>
    public ProficiencyLevel? Level { get; }

    /// <summary>Gets the node recruited to (acquire), put to use in (mobilise, optional) or retired from (phase out); <see langword="null"/> for develop.</summary>
    public NodeId? Node { get; }

    /// <summary>Gets the amount recruited (acquire); zero otherwise.</summary>
    public PositionShare Amount { get; }

    /// <summary>Gets the position type recruited (acquire), or <see langword="null"/>.</summary>
    public PositionType? PositionType { get; }

    /// <summary>Gets the date by which the people are recruited (acquire); <see langword="null"/> otherwise.</summary>
    public LocalDate? By { get; }

    /// <summary>Creates a develop yield: the people reached gain a competence at a level.</summary>
    /// <param name="competence">The competence taught.</param>
    /// <param name="level">The level reached on completion.</param>
    /// <returns>The yield.</returns>
    /// <exception cref="ArgumentException">An argument is the default value.</exception>
    public static MeasureYield Develop(CompetenceId competence, ProficiencyLevel level) =>
        new(CompetenceStrategies.Develop, competence, Guard.Against.Default(level, nameof(level)), null, PositionShare.Zero, null, null);

    /// <summary>Creates an acquire yield: people recruited with a competence by a date.</summary>
    /// <param name="node">The node recruited to.</param>
    /// <param name="competence">The competence recruited.</param>
    /// <param name="level">The level the recruits hold.</param>
    /// <param name="amount">The amount recruited in percent of a full position: more than zero, at most <see cref="Requirement.MaxAmount"/>.</param>
    /// <param name="by">The date the recruits start.</param>
    /// <param name="positionType">The position type recruited, if any.</param>
    /// <returns>The yield.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public static MeasureYield Acquire(NodeId node, CompetenceId competence, ProficiencyLevel level, PositionShare amount, LocalDate by, PositionType? positionType = null) =>
        new(
            CompetenceStrategies.Acquire,
            competence,
            Guard.Against.Default(level, nameof(level)),
            Guard.Against.Default(node, nameof(node)),
            AmountProblem(amount) is { } why ? throw new ArgumentOutOfRangeException(nameof(amount), amount.Percent, why) : amount,
            positionType,
            by);

    /// <summary>Creates a mobilise yield: a competence held but not used is put into use.</summary>
    /// <param name="competence">The competence.</param>
    /// <param name="node">The node (role) it is put into use in, or <see langword="null"/> for wherever the target group works.</param>
    /// <returns>The yield.</returns>
    /// <exception cref="ArgumentException">An argument is the default value.</exception>
    public static MeasureYield Mobilise(CompetenceId competence, NodeId? node = null) =>
        new(CompetenceStrategies.Mobilise, competence, null, node, PositionShare.Zero, null, null);

    /// <summary>Creates a phase-out yield: a node's requirements for a competence at a level are retired.</summary>
    /// <param name="node">The node.</param>
    /// <param name="competence">The competence.</param>
    /// <param name="level">The minimum level of the requirements retired.</param>
    /// <returns>The yield.</returns>
    /// <exception cref="ArgumentException">An argument is the default value.</exception>
    public static MeasureYield PhaseOut(NodeId node, CompetenceId competence, ProficiencyLevel level) =>
        new(CompetenceStrategies.PhaseOut, competence, Guard.Against.Default(level, nameof(level)), Guard.Against.Default(node, nameof(node)), PositionShare.Zero, null, null);

    /// <summary>Says why an amount cannot be recruited, or returns <see langword="null"/> when it can.</summary>
    internal static string? AmountProblem(PositionShare amount) =>
        amount <= PositionShare.Zero || amount > Requirement.MaxAmount ? string.Create(CultureInfo.InvariantCulture, $"an amount recruited is more than 0 and at most {Requirement.MaxAmount} % (got {amount})") : null;

    /// <inheritdoc/>
    public bool Equals(MeasureYield? other) =>
        other is not null && Strategy == other.Strategy && Competence == other.Competence && Level == other.Level && Node == other.Node
        && Amount == other.Amount && PositionType == other.PositionType && By == other.By;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasureYield);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Strategy, Competence, Level, Node);

    /// <summary>Compares two yields for equality.</summary>
    /// <param name="left">The first yield.</param>
    /// <param name="right">The second yield.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(MeasureYield? left, MeasureYield? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two yields for inequality.</summary>
    /// <param name="left">The first yield.</param>
    /// <param name="right">The second yield.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(MeasureYield? left, MeasureYield? right) => !(left == right);

    /// <summary>Describes the yield.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => Strategy switch
    {
        CompetenceStrategies.Develop => $"develop {Competence} to {Level}",
        CompetenceStrategies.Acquire => $"acquire {Amount} % {Competence} ≥ {Level} at {Node} by {By:uuuu-MM-dd}",
        CompetenceStrategies.Mobilise => $"mobilise {Competence}{(Node is { } n ? $" at {n}" : string.Empty)}",
        _ => $"phase out {Node}: {Competence} ≥ {Level}",
    };
}
