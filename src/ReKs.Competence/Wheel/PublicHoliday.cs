using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>One Norwegian public holiday (helligdag or høytidsdag) on its date in a given year.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PublicHoliday
{
    /// <summary>Initializes a new instance of the <see cref="PublicHoliday"/> class.</summary>
    /// <param name="date">The date of the holiday.</param>
    /// <param name="name">The name of the holiday in Norwegian bokmål and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    internal PublicHoliday(LocalDate date, LocalizedText name)
    {
        Date = date;
        Name = Guard.Against.Null(name, nameof(name));
    }

    /// <summary>Gets the date of the holiday.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the name of the holiday in Norwegian bokmål and English.</summary>
    public LocalizedText Name { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date:yyyy-MM-dd} {Name}";
}
