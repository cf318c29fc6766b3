using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>A plan's rule for which source counts when sources disagree on a level: the first source in <see cref="Order"/> that has a say wins.</summary>
/// <remarks>Two rules are equal when their orders are equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EvidencePrecedence : IEquatable<EvidencePrecedence>
{
    /// <summary>Initializes a new instance of the <see cref="EvidencePrecedence"/> class.</summary>
    /// <param name="order">Every <see cref="EvidenceSource"/> exactly once, the one that counts most first.</param>
    /// <exception cref="ArgumentException"><paramref name="order"/> does not name every source exactly once.</exception>
    public EvidencePrecedence(IEnumerable<EvidenceSource> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        Order = [.. order];
        if (Order.Length != Enum.GetValues<EvidenceSource>().Length || Order.Distinct().Count() != Order.Length || Order.Any(s => !Enum.IsDefined(s)))
        {
            throw new ArgumentException("The precedence order names every evidence source exactly once.", nameof(order));
        }
    }

    /// <summary>Gets the default rule: documented, then leader-assessed, then self-declared.</summary>
    public static EvidencePrecedence Default { get; } = new([EvidenceSource.Documented, EvidenceSource.LeaderAssessed, EvidenceSource.SelfDeclared]);

    /// <summary>Gets the sources, the one that counts most first.</summary>
    public ImmutableArray<EvidenceSource> Order { get; }

    /// <summary>Gets the rank of a source: 0 counts most.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The rank.</returns>
    public int RankOf(EvidenceSource source) => Order.IndexOf(source);

    /// <inheritdoc/>
    public bool Equals(EvidencePrecedence? other) => other is not null && Order.SequenceEqual(other.Order);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EvidencePrecedence);

    /// <inheritdoc/>
    public override int GetHashCode() => Order.Aggregate(17, (h, s) => (h * 31) + (int)s);

    /// <summary>Compares two rules for equality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when the orders are equal.</returns>
    public static bool operator ==(EvidencePrecedence? left, EvidencePrecedence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rules for inequality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when the orders differ.</returns>
    public static bool operator !=(EvidencePrecedence? left, EvidencePrecedence? right) => !(left == right);
}
