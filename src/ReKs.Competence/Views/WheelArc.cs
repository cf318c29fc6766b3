using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>One period of an annual wheel as the wheel draws it: an arc from the period's first day to the day before the
/// next period starts, in the period's colour.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WheelArc
{
    internal WheelArc(LocalizedText name, string colour, AnnualDate start, AnnualDate end)
    {
        Name = name;
        Colour = colour;
        Start = start;
        End = end;
    }

    /// <summary>Gets the period's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the period's colour (a CSS colour).</summary>
    public string Colour { get; }

    /// <summary>Gets the period's first day.</summary>
    public AnnualDate Start { get; }

    /// <summary>Gets the period's last day: the day before the next period starts (the arc may wrap New Year).</summary>
    public AnnualDate End { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name.Norwegian} {Start:MM-dd}–{End:MM-dd}";
}
