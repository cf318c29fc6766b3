namespace ReKs.Competence.Evaluation;

/// <summary>A Likert scale 1..k and the top categories that count as agreement ("top box").</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class LikertScale : IEquatable<LikertScale>
{
    /// <summary>Initializes a new instance of the <see cref="LikertScale"/> class.</summary>
    /// <param name="points">The number of answer categories k, 2–11.</param>
    /// <param name="topBox">How many of the highest categories count as the top box, 1 to k − 1 (2 on a 1–5 scale counts 4 and 5).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public LikertScale(int points, int topBox = 1)
    {
        Fault.Throw(Check(points, topBox));
        (Points, TopBox) = (points, topBox);
    }

    /// <summary>The scale's own check, shared by the constructor and the evaluation document.</summary>
    internal static IEnumerable<Fault> Check(int points, int topBox)
    {
        if (points is < 2 or > 11)
        {
            yield return Fault.Invalid("points", nameof(points), $"a Likert scale has 2 to 11 points; found {points}");
        }
        else if (topBox < 1 || topBox >= points)
        {
            yield return Fault.Invalid("topBox", nameof(topBox), $"the top box is 1 to {points - 1} categories; found {topBox}");
        }
    }

    /// <summary>Gets the number of answer categories k.</summary>
    public int Points { get; }

    /// <summary>Gets how many of the highest categories count as the top box.</summary>
    public int TopBox { get; }

    /// <summary>Gets the lowest category in the top box.</summary>
    public int TopBoxFrom => Points - TopBox + 1;

    /// <inheritdoc/>
    public bool Equals(LikertScale? other) => other is not null && Points == other.Points && TopBox == other.TopBox;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LikertScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Points, TopBox);

    /// <summary>Compares two scales for equality.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(LikertScale? left, LikertScale? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two scales for inequality.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(LikertScale? left, LikertScale? right) => !(left == right);

    /// <summary>Formats the scale as <c>1–5 (top 2)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"1–{Points} (top {TopBox})";
}
