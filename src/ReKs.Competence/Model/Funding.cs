namespace ReKs.Competence.Model;

/// <summary>Money for a measure from one funding source in one budget year (for example KS project funds, the county
/// governor's discretionary grants, the Directorate of Health's collaboration funds, or the unit's own budget).</summary>
/// <remarks>Two fundings are equal when every property is equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Funding : IEquatable<Funding>
{
    /// <summary>Initializes a new instance of the <see cref="Funding"/> class.</summary>
    /// <param name="source">The funding source's key, e.g. <c>ks-prosjektmidler</c>: 1 to 128 characters without white space.</param>
    /// <param name="year">The budget year, 1900 to 2200.</param>
    /// <param name="amount">The amount in kroner (applied for, granted or refused): not negative, at most 1 000 000 000 000, at most two decimals.</param>
    /// <param name="status">Where the application stands.</param>
    /// <param name="applicationDeadline">The last day to apply for the money, if the source has one; the annual wheel puts it into the year.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public Funding(string source, int year, decimal amount, FundingStatus status, NodaTime.LocalDate? applicationDeadline = null)
    {
        ApplicationDeadline = applicationDeadline;
        Source = IdText.Validated(source, nameof(source));
        Year = Nok.YearProblem(year) is { } why ? throw new ArgumentOutOfRangeException(nameof(year), year, why) : year;
        Amount = Nok.Checked(amount, "a funding amount", nameof(amount));
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown funding status.");
    }

    /// <summary>Gets the funding source's key.</summary>
    public string Source { get; }

    /// <summary>Gets the budget year.</summary>
    public int Year { get; }

    /// <summary>Gets the amount in kroner.</summary>
    public decimal Amount { get; }

    /// <summary>Gets where the application stands.</summary>
    public FundingStatus Status { get; }

    /// <summary>Gets the last day to apply for the money, or <see langword="null"/> when the source has no deadline (or none is recorded).</summary>
    public NodaTime.LocalDate? ApplicationDeadline { get; }

    /// <inheritdoc/>
    public bool Equals(Funding? other) =>
        other is not null && Source == other.Source && Year == other.Year && Amount == other.Amount && Status == other.Status
        && ApplicationDeadline == other.ApplicationDeadline;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Funding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Year, Amount, Status);

    /// <summary>Compares two fundings for equality.</summary>
    /// <param name="left">The first funding.</param>
    /// <param name="right">The second funding.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Funding? left, Funding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two fundings for inequality.</summary>
    /// <param name="left">The first funding.</param>
    /// <param name="right">The second funding.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Funding? left, Funding? right) => !(left == right);

    /// <summary>Describes the funding.</summary>
    /// <returns>Source, year, amount and status.</returns>
    public override string ToString() => $"{Source} {Year}: NOK {Amount} ({Status})";
}
