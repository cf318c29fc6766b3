using System.Text.RegularExpressions;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>One named, coloured arc of the wheel; it runs from its start to the day before the next period's start.</summary>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed partial class WheelPeriod
{
    /// <summary>Initializes a new instance of the <see cref="WheelPeriod"/> class.</summary>
    /// <param name="name">The name in Norwegian bokmål and English.</param>
    /// <param name="colour">The colour as <c>#RRGGBB</c>.</param>
    /// <param name="start">The first day of the period each year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="colour"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="colour"/> is not <c>#RRGGBB</c>.</exception>
    public WheelPeriod(LocalizedText name, string colour, AnnualDate start)
    {
        Name = Guard.Against.Null(name, nameof(name));
        Guard.Against.Null(colour, nameof(colour));
        Fault.Throw(Check(colour));
        Colour = colour;
        Start = start;
    }

    /// <summary>Gets the name in Norwegian bokmål and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the colour as <c>#RRGGBB</c>.</summary>
    public string Colour { get; }

    /// <summary>Gets the first day of the period each year.</summary>
    public AnnualDate Start { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.Norwegian;

    /// <summary>The period's own check, shared by the constructor and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(string colour)
    {
        if (!ColourPattern().IsMatch(colour))
        {
            yield return new("colour", nameof(colour), ProblemKind.InvalidValue, $"'{colour}' is not a colour #RRGGBB");
        }
    }

    [GeneratedRegex(@"\A#[0-9A-Fa-f]{6}\z")]
    private static partial Regex ColourPattern();
}
