using System.Globalization;
namespace ReKs.Competence.Model;

/// <summary>The rules for amounts of money (Norwegian kroner, <see langword="decimal"/>) and the other exact quantities of a
/// budget, written once for the model's constructors and the document reader.</summary>
internal static class Nok
{
    /// <summary>The largest amount of money one cost item or funding may carry: NOK 1 000 000 000 000. Sums of any plan
    /// that fits in memory stay far inside <see langword="decimal"/>'s range.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The largest number of hours one cost item may carry.</summary>
    public const decimal MaxHours = 10_000_000m;

    /// <summary>The first and last budget year.</summary>
    public const int MinYear = 1900, MaxYear = 2200;

    public static string? AmountProblem(decimal value, string what) =>
        value < 0 ? string.Create(CultureInfo.InvariantCulture, $"{what} is not negative (got {value})")
        : value > MaxAmount ? string.Create(CultureInfo.InvariantCulture, $"{what} is at most {MaxAmount:0} (got {value})")
        : value.Scale > 2 && decimal.Round(value, 2) != value ? string.Create(CultureInfo.InvariantCulture, $"{what} has at most two decimals, øre (got {value})")
        : null;

    public static string? HoursProblem(decimal value, string what) =>
        value <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{what} is more than zero (got {value})")
        : value > MaxHours ? string.Create(CultureInfo.InvariantCulture, $"{what} is at most {MaxHours:0} (got {value})")
        : value.Scale > 2 && decimal.Round(value, 2) != value ? string.Create(CultureInfo.InvariantCulture, $"{what} has at most two decimals (got {value})")
        : null;

    public static string? YearProblem(int year) =>
        year is < MinYear or > MaxYear ? string.Create(CultureInfo.InvariantCulture, $"a budget year is between {MinYear} and {MaxYear} (got {year})") : null;

    public static decimal Checked(decimal value, string what, string parameterName) =>
        AmountProblem(value, what) is { } why ? throw new ArgumentOutOfRangeException(parameterName, value, why) : value;
}
