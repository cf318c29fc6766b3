using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>One dated piece of evidence of a person's competence: an education, a certificate, a course, experience or an assessment.</summary>
/// <remarks>
/// <para>Evidence is append-only history: a new assessment is a new piece of evidence and never overwrites an
/// old one. <see cref="EvidenceResolver"/> turns a person's evidence into effective holdings with the plan's
/// precedence rule and lists where sources disagree.</para>
/// <para>Two pieces of evidence are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Evidence : IEquatable<Evidence>
{
    /// <summary>Initializes a new instance of the <see cref="Evidence"/> class.</summary>
    /// <param name="competence">The competence evidenced.</param>
    /// <param name="level">The level evidenced, or <see langword="null"/> when it says nothing of the level.</param>
    /// <param name="kind">What the evidence is.</param>
    /// <param name="source">Who stated it.</param>
    /// <param name="recorded">The date it was obtained or recorded.</param>
    /// <param name="used">Whether, at that date, the person applied the competence in the role.</param>
    /// <param name="issuer">The issuer of formal evidence (a school, a certifying body), if any.</param>
    /// <param name="validFrom">The first date formal evidence counts, if later than <paramref name="recorded"/>.</param>
    /// <param name="validUntil">The last date formal evidence counts (expiry), if any.</param>
    /// <param name="years">Years of experience, for <see cref="EvidenceKind.Experience"/>.</param>
    /// <exception cref="ArgumentException">An identifier or level is the default value, <paramref name="validUntil"/> is before <paramref name="validFrom"/>, or <paramref name="years"/> is negative.</exception>
    public Evidence(CompetenceId competence, ProficiencyLevel? level, EvidenceKind kind, EvidenceSource source, LocalDate recorded, bool used = true, string? issuer = null, LocalDate? validFrom = null, LocalDate? validUntil = null, decimal? years = null)
    {
        Competence = Guard.Against.Default(competence, nameof(competence));
        Level = level is { } l ? Guard.Against.Default(l, nameof(level)) : null;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind.");
        Source = Enum.IsDefined(source) ? source : throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown source.");
        Recorded = recorded;
        Used = used;
        Issuer = issuer;
        if (validFrom is { } f && validUntil is { } u && u < f)
        {
            throw new ArgumentException("Evidence cannot expire before it starts to count.", nameof(validUntil));
        }

        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Years = years is < 0 ? throw new ArgumentOutOfRangeException(nameof(years), years, "Years of experience must not be negative.") : years;
    }

    /// <summary>Gets the competence evidenced.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the level evidenced, or <see langword="null"/>.</summary>
    public ProficiencyLevel? Level { get; }

    /// <summary>Gets what the evidence is.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Gets who stated it.</summary>
    public EvidenceSource Source { get; }

    /// <summary>Gets the date it was obtained or recorded.</summary>
    public LocalDate Recorded { get; }

    /// <summary>Gets a value indicating whether the person applied the competence in the role at that date.</summary>
    public bool Used { get; }

    /// <summary>Gets the issuer, or <see langword="null"/>.</summary>
    public string? Issuer { get; }

    /// <summary>Gets the first date the evidence counts, or <see langword="null"/>.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Gets the last date the evidence counts, or <see langword="null"/>.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>Gets the years of experience, or <see langword="null"/>.</summary>
    public decimal? Years { get; }

    /// <summary>Gets whether the evidence is formal (education, certification, course) or informal (experience, assessment).</summary>
    public CompetenceBasis Basis => Kind is EvidenceKind.Education or EvidenceKind.Certification or EvidenceKind.Course ? CompetenceBasis.Formal : CompetenceBasis.Informal;

    /// <inheritdoc/>
    public bool Equals(Evidence? other) =>
        other is not null && Competence == other.Competence && Level == other.Level && Kind == other.Kind && Source == other.Source
        && Recorded == other.Recorded && Used == other.Used && string.Equals(Issuer, other.Issuer, StringComparison.Ordinal)
        && ValidFrom == other.ValidFrom && ValidUntil == other.ValidUntil && Years == other.Years;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Evidence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Competence, Level, Kind, Source, Recorded);

    /// <summary>Compares two pieces of evidence for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Evidence? left, Evidence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two pieces of evidence for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Evidence? left, Evidence? right) => !(left == right);
}
