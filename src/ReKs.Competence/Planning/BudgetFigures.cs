using System.Globalization;

namespace ReKs.Competence.Planning;

/// <summary>A budget's figures in Norwegian kroner, exact: cost, funding granted, applied for (undecided) and refused, and the shortfall.</summary>
/// <remarks>
/// <para>The shortfall is worked out per measure and budget year — max(0, cost − granted) — and then added up, so that
/// one measure's surplus funding never hides another's shortfall (funding is given to a measure, it does not move).</para>
/// <para>Figures add element-wise. The <see langword="default"/> value is all zeros. Two figures are equal when every
/// amount is equal.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread.</threadsafety>
public readonly struct BudgetFigures : IEquatable<BudgetFigures>
{
    internal BudgetFigures(decimal cost, decimal granted, decimal applied, decimal refused, decimal shortfall)
    {
        Cost = cost;
        Granted = granted;
        Applied = applied;
        Refused = refused;
        Shortfall = shortfall;
    }

    /// <summary>Gets the cost.</summary>
    public decimal Cost { get; }

    /// <summary>Gets the funding granted (secured).</summary>
    public decimal Granted { get; }

    /// <summary>Gets the funding applied for and not yet decided.</summary>
    public decimal Applied { get; }

    /// <summary>Gets the funding refused.</summary>
    public decimal Refused { get; }

    /// <summary>Gets the cost not covered by funding granted, summed per measure and year.</summary>
    public decimal Shortfall { get; }

    /// <summary>Adds two sets of figures.</summary>
    /// <param name="left">The first figures.</param>
    /// <param name="right">The second figures.</param>
    /// <returns>The element-wise sum.</returns>
    public static BudgetFigures operator +(BudgetFigures left, BudgetFigures right) => new(
        left.Cost + right.Cost, left.Granted + right.Granted, left.Applied + right.Applied, left.Refused + right.Refused, left.Shortfall + right.Shortfall);

    /// <summary>Adds two sets of figures.</summary>
    /// <param name="other">The other figures.</param>
    /// <returns>The element-wise sum.</returns>
    public BudgetFigures Add(BudgetFigures other) => this + other;

    /// <inheritdoc/>
    public bool Equals(BudgetFigures other) =>
        Cost == other.Cost && Granted == other.Granted && Applied == other.Applied && Refused == other.Refused && Shortfall == other.Shortfall;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BudgetFigures other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Cost, Granted, Applied, Refused, Shortfall);

    /// <summary>Compares two sets of figures for equality.</summary>
    /// <param name="left">The first figures.</param>
    /// <param name="right">The second figures.</param>
    /// <returns><see langword="true"/> when every amount is equal.</returns>
    public static bool operator ==(BudgetFigures left, BudgetFigures right) => left.Equals(right);

    /// <summary>Compares two sets of figures for inequality.</summary>
    /// <param name="left">The first figures.</param>
    /// <param name="right">The second figures.</param>
    /// <returns><see langword="true"/> when an amount differs.</returns>
    public static bool operator !=(BudgetFigures left, BudgetFigures right) => !left.Equals(right);

    /// <summary>Describes the figures.</summary>
    /// <returns>Text for people, amounts in kroner.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"cost {Cost}, granted {Granted}, applied {Applied}, refused {Refused}, shortfall {Shortfall}");
}
