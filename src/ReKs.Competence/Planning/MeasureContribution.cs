using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>What one measure covers on one line, and whom of the line's node it reaches.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeasureContribution
{
    internal MeasureContribution(MeasureReach reach, PositionShare covers, bool addresses, bool late, ImmutableArray<PersonId> people)
    {
        Reach = reach;
        Covers = covers;
        Addresses = addresses;
        Late = late;
        People = people;
    }

    /// <summary>Gets the measure and whom it reaches.</summary>
    public MeasureReach Reach { get; }

    /// <summary>Gets the measure.</summary>
    public Measure Measure => Reach.Measure;

    /// <summary>Gets the need it covers on the line (the drop of the line's gap when it is applied after the measures before it in the plan).</summary>
    public PositionShare Covers { get; }

    /// <summary>Gets a value indicating whether its yield addresses the line (competence, level, node, target group).</summary>
    public bool Addresses { get; }

    /// <summary>Gets a value indicating whether it completes after the line's needed-by date.</summary>
    public bool Late { get; }

    /// <summary>Gets the people of the line's node it reaches (pseudonyms).</summary>
    public ImmutableArray<PersonId> People { get; }

    /// <summary>Summarises the contribution on one line: the measure, what it covers in person-years, for how many people, and whether it is late.</summary>
    /// <returns>For example "measure-1 covers 0.80 person-years (2 people), late".</returns>
    public override string ToString() =>
        $"{Measure.Id} covers {TextSummary.PersonYears(Covers)} person-years ({TextSummary.Count(People.Length, "person", "people")}){(Addresses ? string.Empty : ", addresses another need")}{(Late ? ", late" : string.Empty)}";
}
