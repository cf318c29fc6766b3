using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>An effective holding of a competence by a person: the level the plan counts, how it is founded, and whether it is used.</summary>
/// <remarks>
/// <para>A holding is valid at a date t when <see cref="ValidFrom"/> ≤ t (when present) and <see cref="ValidUntil"/> ≥ t
/// (when present); a holding whose <see cref="ValidUntil"/> is before its <see cref="ValidFrom"/> is valid on no date
/// (the gap-analysis specification accepts it as input, so the model does too). A holding without a <see cref="Level"/> has not been assessed: it never qualifies, and it
/// makes the person developable on every line of its competence (tacit knowledge: unknown is not zero).</para>
/// <para>Two holdings are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Holding : IEquatable<Holding>
{
    /// <summary>Initializes a new instance of the <see cref="Holding"/> class.</summary>
    /// <param name="competence">The competence held.</param>
    /// <param name="level">The level held, or <see langword="null"/> when not yet assessed.</param>
    /// <param name="basis">Formal or informal.</param>
    /// <param name="used">Whether the person applies the competence in the current role.</param>
    /// <param name="validFrom">The first date the holding counts (formal competence still being earned), if any.</param>
    /// <param name="validUntil">The last date the holding counts (a certificate that expires), if any.</param>
    /// <exception cref="ArgumentException"><paramref name="competence"/> or <paramref name="level"/> is the default value.</exception>
    public Holding(CompetenceId competence, ProficiencyLevel? level, CompetenceBasis basis, bool used, LocalDate? validFrom = null, LocalDate? validUntil = null)
    {
        Competence = Guard.Against.Default(competence, nameof(competence));
        Level = level is { } l ? Guard.Against.Default(l, nameof(level), "use null for a level not assessed") : null;
        Basis = Enum.IsDefined(basis) ? basis : throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown basis.");
        Used = used;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>Gets the competence held.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the level held, or <see langword="null"/> when it is not yet assessed.</summary>
    public ProficiencyLevel? Level { get; }

    /// <summary>Gets whether the holding is formal or informal.</summary>
    public CompetenceBasis Basis { get; }

    /// <summary>Gets a value indicating whether the person applies the competence in the current role.</summary>
    public bool Used { get; }

    /// <summary>Gets the first date the holding counts, or <see langword="null"/>.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Gets the last date the holding counts, or <see langword="null"/>.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>Returns whether the holding counts at a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="ValidFrom"/> ≤ <paramref name="date"/> ≤ <see cref="ValidUntil"/> (absent bounds are open).</returns>
    public bool IsValidAt(LocalDate date) => (ValidFrom is not { } f || f <= date) && (ValidUntil is not { } u || u >= date);

    /// <summary>Returns a copy with another level.</summary>
    /// <param name="level">The new level, or <see langword="null"/> for not assessed.</param>
    /// <returns>The new holding.</returns>
    public Holding WithLevel(ProficiencyLevel? level) => new(Competence, level, Basis, Used, ValidFrom, ValidUntil);

    /// <summary>Returns a copy with another <see cref="Used"/> flag.</summary>
    /// <param name="used">Whether the competence is used.</param>
    /// <returns>The new holding.</returns>
    public Holding WithUsed(bool used) => new(Competence, Level, Basis, used, ValidFrom, ValidUntil);

    /// <inheritdoc/>
    public bool Equals(Holding? other) =>
        other is not null && Competence == other.Competence && Level == other.Level && Basis == other.Basis && Used == other.Used
        && ValidFrom == other.ValidFrom && ValidUntil == other.ValidUntil;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Holding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Competence, Level, Basis, Used, ValidFrom, ValidUntil);

    /// <summary>Compares two holdings for equality.</summary>
    /// <param name="left">The first holding.</param>
    /// <param name="right">The second holding.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Holding? left, Holding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two holdings for inequality.</summary>
    /// <param name="left">The first holding.</param>
    /// <param name="right">The second holding.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Holding? left, Holding? right) => !(left == right);

    /// <summary>Describes the holding.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Competence} level {(Level is { } l ? l.ToString() : "not assessed")} ({Basis}{(Used ? ", used" : ", unused")})";
}
