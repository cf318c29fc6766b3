namespace ReKs.Competence.Model;

/// <summary>A cost of a measure in one budget year, in Norwegian kroner: a fee, or hours at an hourly rate.</summary>
/// <remarks>
/// <para>The amount is exact: a fee as given, or <see cref="Hours"/> × <see cref="Rate"/> as a <see langword="decimal"/> product,
/// never rounded. Fees and rates have at most two decimals (øre); hours at most two decimals.</para>
/// <para>Two cost items are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CostItem : IEquatable<CostItem>
{
    private CostItem(int year, LocalizedText description, decimal? fee, decimal? hours, decimal? rate)
    {
        Year = Nok.YearProblem(year) is { } why ? throw new ArgumentOutOfRangeException(nameof(year), year, why) : year;
        Description = Guard.Against.Null(description, nameof(description));
        Fee = fee;
        Hours = hours;
        Rate = rate;
    }

    /// <summary>Gets the budget year.</summary>
    public int Year { get; }

    /// <summary>Gets what the cost is for.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets the fee, or <see langword="null"/> when the cost is hours at a rate.</summary>
    public decimal? Fee { get; }

    /// <summary>Gets the hours, or <see langword="null"/> when the cost is a fee.</summary>
    public decimal? Hours { get; }

    /// <summary>Gets the hourly rate, or <see langword="null"/> when the cost is a fee.</summary>
    public decimal? Rate { get; }

    /// <summary>Gets the amount: the fee, or hours × rate, exactly.</summary>
    public decimal Amount => Fee ?? (Hours!.Value * Rate!.Value);

    /// <summary>Creates a fee.</summary>
    /// <param name="year">The budget year, 1900 to 2200.</param>
    /// <param name="description">What the fee is for.</param>
    /// <param name="amount">The fee in kroner: not negative, at most 1 000 000 000 000, at most two decimals.</param>
    /// <returns>The cost item.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public static CostItem ForFee(int year, LocalizedText description, decimal amount) =>
        new(year, description, Nok.Checked(amount, "a fee", nameof(amount)), null, null);

    /// <summary>Creates a cost of hours at a rate (for example the working time a unit frees, at the unit's hourly cost).</summary>
    /// <param name="year">The budget year, 1900 to 2200.</param>
    /// <param name="description">What the hours are for.</param>
    /// <param name="hours">The hours: more than zero, at most 10 000 000, at most two decimals.</param>
    /// <param name="rate">The rate in kroner per hour: not negative, at most 1 000 000 000 000, at most two decimals.</param>
    /// <returns>The cost item.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public static CostItem ForHours(int year, LocalizedText description, decimal hours, decimal rate) =>
        new(
            year,
            description,
            null,
            Nok.HoursProblem(hours, "hours") is { } why ? throw new ArgumentOutOfRangeException(nameof(hours), hours, why) : hours,
            Nok.Checked(rate, "a rate", nameof(rate)));

    /// <inheritdoc/>
    public bool Equals(CostItem? other) =>
        other is not null && Year == other.Year && Description == other.Description && Fee == other.Fee && Hours == other.Hours && Rate == other.Rate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CostItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Amount);

    /// <summary>Compares two cost items for equality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(CostItem? left, CostItem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two cost items for inequality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(CostItem? left, CostItem? right) => !(left == right);

    /// <summary>Describes the cost.</summary>
    /// <returns>The year, the description and the amount.</returns>
    public override string ToString() => $"{Year} {Description.Norwegian}: NOK {Amount}";
}
