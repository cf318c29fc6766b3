using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>A staffing requirement (bemanningskrav, KS step 5): a node needs an amount of person-years of a position type, optionally with an education.</summary>
/// <remarks>
/// <para>Staffing stands beside competence: it counts positions, not what their holders know. The requirement is met by
/// the people employed in the node's whole sub-tree whose position type is <see cref="PositionType"/> and, when
/// <see cref="Education"/> is given, whose education is that one.</para>
/// <para>It applies at a date t when <see cref="From"/> is absent or ≤ t. Two staffing requirements are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class StaffingRequirement : IEquatable<StaffingRequirement>
{
    /// <summary>Initializes a new instance of the <see cref="StaffingRequirement"/> class.</summary>
    /// <param name="node">The node that needs the staff.</param>
    /// <param name="positionType">The position type.</param>
    /// <param name="amount">The person-years needed in percent of a full position (250 = two and a half); more than zero and at most <see cref="Requirement.MaxAmount"/>.</param>
    /// <param name="education">The education the staff must have, or <see langword="null"/> for any.</param>
    /// <param name="from">The first date the requirement applies, if not always.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public StaffingRequirement(NodeId node, PositionType positionType, PositionShare amount, HealthEducation? education = null, LocalDate? from = null)
    {
        Node = Guard.Against.Default(node, nameof(node));
        PositionType = Enum.IsDefined(positionType) ? positionType : throw new ArgumentOutOfRangeException(nameof(positionType), positionType, "Unknown position type.");
        Amount = amount <= PositionShare.Zero ? throw new ArgumentOutOfRangeException(nameof(amount), amount.Percent, "A staffing requirement's amount is more than zero.")
            : amount > Requirement.MaxAmount ? throw new ArgumentOutOfRangeException(nameof(amount), amount.Percent, $"A staffing requirement's amount is at most {Requirement.MaxAmount} %.")
            : amount;
        Education = education is { } e && !Enum.IsDefined(e) ? throw new ArgumentOutOfRangeException(nameof(education), e, "Unknown education.") : education;
        From = from;
    }

    /// <summary>Gets the node that needs the staff.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the position type.</summary>
    public PositionType PositionType { get; }

    /// <summary>Gets the person-years needed.</summary>
    public PositionShare Amount { get; }

    /// <summary>Gets the education required, or <see langword="null"/> for any.</summary>
    public HealthEducation? Education { get; }

    /// <summary>Gets the first date the requirement applies, or <see langword="null"/> for always.</summary>
    public LocalDate? From { get; }

    /// <summary>Returns whether the requirement applies at a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> is absent or ≤ <paramref name="date"/>.</returns>
    public bool AppliesAt(LocalDate date) => From is not { } f || f <= date;

    /// <summary>Returns whether a person's position and education meet the requirement (wherever they work).</summary>
    /// <param name="person">The person.</param>
    /// <returns><see langword="true"/> when the position type matches and the education matches or is not required.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public bool IsMetBy(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.PositionType == PositionType && (Education is not { } e || person.Education == e);
    }

    /// <inheritdoc/>
    public bool Equals(StaffingRequirement? other) =>
        other is not null && Node == other.Node && PositionType == other.PositionType && Amount == other.Amount && Education == other.Education && From == other.From;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StaffingRequirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Node, PositionType, Amount, Education);

    /// <summary>Compares two staffing requirements for equality.</summary>
    /// <param name="left">The first requirement.</param>
    /// <param name="right">The second requirement.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(StaffingRequirement? left, StaffingRequirement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two staffing requirements for inequality.</summary>
    /// <param name="left">The first requirement.</param>
    /// <param name="right">The second requirement.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(StaffingRequirement? left, StaffingRequirement? right) => !(left == right);

    /// <summary>Describes the requirement.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Node}: {PositionType}{(Education is { } e ? $" ({e})" : string.Empty)}, {Amount} %";
}
