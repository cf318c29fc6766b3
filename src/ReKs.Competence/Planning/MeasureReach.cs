using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>Whom one measure reaches at a date, and whether its seats find people who can use them.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeasureReach
{
    internal MeasureReach(Measure measure, LocalDate? completesOn, bool completes, ImmutableArray<PersonId> people, ImmutableArray<PersonId> developable, long? seats)
    {
        Measure = measure;
        CompletesOn = completesOn;
        Completes = completes;
        People = people;
        Developable = developable;
        Seats = seats;
    }

    /// <summary>Gets the measure.</summary>
    public Measure Measure { get; }

    /// <summary>Gets the date its yield applies: its last session, or for a measure without sessions the latest date of its
    /// acquire yields; <see langword="null"/> when it has neither (it is not scheduled and yields nothing).</summary>
    public LocalDate? CompletesOn { get; }

    /// <summary>Gets a value indicating whether it completes by the date of the coverage (and is not cancelled).</summary>
    public bool Completes { get; }

    /// <summary>Gets the people it reaches (pseudonyms), in the order they were chosen: completions, then named people, then
    /// the target group — those developable on a line it addresses first — up to its seats.</summary>
    public ImmutableArray<PersonId> People { get; }

    /// <summary>Gets the people reached who were developable (or, for mobilise, held the competence unused) on a line it addresses.</summary>
    public ImmutableArray<PersonId> Developable { get; }

    /// <summary>Gets its seats (seats per run × runs), or <see langword="null"/> when not limited.</summary>
    public long? Seats { get; }

    /// <summary>Gets the over-commitment: seats that reach nobody developable on a line the measure addresses (zero when seats are not limited).</summary>
    public long OverCommitted => Seats is { } s ? Math.Max(0, s - Developable.Length) : 0;

    /// <summary>Summarises the reach on one line: the measure, how many people it reaches and how many of them it can develop, its seats and when it completes.</summary>
    /// <returns>For example "measure-1 reaches 8 people, 5 developable, 6 seats, completes 2027-06-01".</returns>
    /// <remarks>Counts only: the people are not listed.</remarks>
    public override string ToString() =>
        $"{Measure.Id} reaches {TextSummary.Count(People.Length, "person", "people")}, {TextSummary.Number(Developable.Length)} developable{(Seats is { } s ? $", {TextSummary.Count(checked((int)Math.Min(s, int.MaxValue)), "seat")}" : string.Empty)}, {(CompletesOn is { } d ? (Completes ? "completes " : "not complete by the coverage date, ends ") + TextSummary.Date(d) : "no completion date")}";
}
