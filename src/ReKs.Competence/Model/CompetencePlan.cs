using System.Collections.Immutable;
using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>A strategic competence plan: the organisation, its competences, people, goals, requirements and measures, on one proficiency scale.</summary>
/// <remarks>
/// <para>The constructor validates the plan as a whole (unique identifiers, references that resolve, levels on the scale)
/// and throws one <see cref="ValidationException"/> listing every problem; paths name elements by their position in
/// the collections passed in (<c>$.people[3].holdings[0].level</c>), as they would in the plan document.</para>
/// <para>Pseudo-mutators (<see cref="WithPerson"/>, <see cref="WithRequirement"/>, …) return new plans.</para>
/// <para>Two plans are equal when every part is equal, collections in the same order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CompetencePlan : IEquatable<CompetencePlan>
{
    private readonly Dictionary<CompetenceId, int> _competenceIndex;
    private readonly Dictionary<PersonId, int> _personIndex;

    /// <summary>Initializes a new instance of the <see cref="CompetencePlan"/> class.</summary>
    /// <param name="name">The plan's name.</param>
    /// <param name="organisation">The organisation tree.</param>
    /// <param name="competences">The competences.</param>
    /// <param name="people">The people.</param>
    /// <param name="requirements">The requirements.</param>
    /// <param name="goals">The strategic goals.</param>
    /// <param name="measures">The measures.</param>
    /// <param name="scale">The proficiency scale; <see cref="ProficiencyScale.Default"/> when <see langword="null"/>.</param>
    /// <param name="precedence">Which evidence source counts when sources disagree; <see cref="EvidencePrecedence.Default"/> when <see langword="null"/>.</param>
    /// <param name="period">The plan period (for example four years), if stated.</param>
    /// <param name="staffing">The staffing requirements (KS step 5), if the plan has any.</param>
    /// <param name="extensions">An integrator's own data, kept verbatim through reading and writing; <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ValidationException">The parts do not make a valid plan; every problem is listed.</exception>
    public CompetencePlan(
        LocalizedText name,
        Organisation organisation,
        IEnumerable<Competence> competences,
        IEnumerable<Person> people,
        IEnumerable<Requirement> requirements,
        IEnumerable<Goal>? goals = null,
        IEnumerable<Measure>? measures = null,
        ProficiencyScale? scale = null,
        EvidencePrecedence? precedence = null,
        DateInterval? period = null,
        IEnumerable<StaffingRequirement>? staffing = null,
        ExtensionData? extensions = null)
    {
        Name = Guard.Against.Null(name, nameof(name));
        Organisation = Guard.Against.Null(organisation, nameof(organisation));
        Competences = [.. Guard.Against.Null(competences, nameof(competences))];
        People = [.. Guard.Against.Null(people, nameof(people))];
        Requirements = [.. Guard.Against.Null(requirements, nameof(requirements))];
        Goals = goals is null ? [] : [.. goals];
        Measures = measures is null ? [] : [.. measures];
        Scale = scale ?? ProficiencyScale.Default;
        Precedence = precedence ?? EvidencePrecedence.Default;
        Period = period;
        Staffing = staffing is null ? [] : [.. staffing];
        Extensions = extensions;
        var problems = PlanRules.Validate(this);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        _competenceIndex = Competences.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _personIndex = People.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
    }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the organisation tree.</summary>
    public Organisation Organisation { get; }

    /// <summary>Gets the competences.</summary>
    public ImmutableArray<Competence> Competences { get; }

    /// <summary>Gets the people.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>Gets the requirements.</summary>
    public ImmutableArray<Requirement> Requirements { get; }

    /// <summary>Gets the strategic goals.</summary>
    public ImmutableArray<Goal> Goals { get; }

    /// <summary>Gets the measures.</summary>
    public ImmutableArray<Measure> Measures { get; }

    /// <summary>Gets the proficiency scale.</summary>
    public ProficiencyScale Scale { get; }

    /// <summary>Gets the evidence precedence rule.</summary>
    public EvidencePrecedence Precedence { get; }

    /// <summary>Gets the plan period, or <see langword="null"/>.</summary>
    public DateInterval? Period { get; }

    /// <summary>Gets the staffing requirements (KS step 5: person-years by position type and education), beside the competence requirements.</summary>
    public ImmutableArray<StaffingRequirement> Staffing { get; }

    /// <summary>Gets an integrator's own data, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; }

    /// <summary>Gets a competence by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The competence.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no such competence.</exception>
    public Competence GetCompetence(CompetenceId id) =>
        _competenceIndex.TryGetValue(id, out var i) ? Competences[i] : throw new KeyNotFoundException($"The plan has no competence '{id}'.");

    /// <summary>Gets a person by pseudonym, or <see langword="null"/>.</summary>
    /// <param name="id">The pseudonym.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Person? FindPerson(PersonId id) => _personIndex.TryGetValue(id, out var i) ? People[i] : null;

    /// <summary>Returns whether the plan has a competence.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    public bool HasCompetence(CompetenceId id) => _competenceIndex.ContainsKey(id);

    /// <summary>Returns a plan with a person added, or replaced when one with the same pseudonym exists.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ValidationException">The person does not fit the plan.</exception>
    public CompetencePlan WithPerson(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var people = _personIndex.TryGetValue(person.Id, out var i) ? People.SetItem(i, person) : People.Add(person);
        return With(people: people);
    }

    /// <summary>Returns a plan without a person.</summary>
    /// <param name="id">The pseudonym.</param>
    /// <returns>The new plan; this plan when there is no such person.</returns>
    public CompetencePlan WithoutPerson(PersonId id) =>
        _personIndex.TryGetValue(id, out var i) ? With(people: People.RemoveAt(i)) : this;

    /// <summary>Returns a plan with a requirement added.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ValidationException">The requirement does not fit the plan.</exception>
    public CompetencePlan WithRequirement(Requirement requirement) =>
        With(requirements: Requirements.Add(Guard.Against.Null(requirement, nameof(requirement))));

    /// <summary>Returns a plan without a requirement (the first equal one).</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The new plan; this plan when it has no equal requirement.</returns>
    public CompetencePlan WithoutRequirement(Requirement requirement)
    {
        var i = Requirements.IndexOf(Guard.Against.Null(requirement, nameof(requirement)));
        return i < 0 ? this : With(requirements: Requirements.RemoveAt(i));
    }

    /// <summary>Returns a plan with other people.</summary>
    /// <param name="people">The people.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ValidationException">The people do not fit the plan.</exception>
    public CompetencePlan WithPeople(IEnumerable<Person> people) => With(people: [.. people]);

    /// <summary>Returns a plan with other requirements.</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ValidationException">The requirements do not fit the plan.</exception>
    public CompetencePlan WithRequirements(IEnumerable<Requirement> requirements) => With(requirements: [.. requirements]);

    private CompetencePlan With(ImmutableArray<Person>? people = null, ImmutableArray<Requirement>? requirements = null) =>
        new(Name, Organisation, Competences, people ?? People, requirements ?? Requirements, Goals, Measures, Scale, Precedence, Period, Staffing, Extensions);

    /// <inheritdoc/>
    public bool Equals(CompetencePlan? other) =>
        other is not null && Name == other.Name && Organisation == other.Organisation && Competences.SequenceEqual(other.Competences)
        && People.SequenceEqual(other.People) && Requirements.SequenceEqual(other.Requirements) && Goals.SequenceEqual(other.Goals)
        && Measures.SequenceEqual(other.Measures) && Scale == other.Scale && Precedence == other.Precedence && Period == other.Period
        && Staffing.SequenceEqual(other.Staffing)
        && Extensions == other.Extensions;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CompetencePlan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, People.Length, Requirements.Length);

    /// <summary>Compares two plans for equality.</summary>
    /// <param name="left">The first plan.</param>
    /// <param name="right">The second plan.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public static bool operator ==(CompetencePlan? left, CompetencePlan? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two plans for inequality.</summary>
    /// <param name="left">The first plan.</param>
    /// <param name="right">The second plan.</param>
    /// <returns><see langword="true"/> when a part differs.</returns>
    public static bool operator !=(CompetencePlan? left, CompetencePlan? right) => !(left == right);

    /// <summary>Summarises the plan on one line: its name, period and how many units, people, competences, requirements, goals and measures it holds.</summary>
    /// <returns>For example "Competence plan 'Kompetanseplan' 2026-01-01/2030-12-31: 12 units, 340 people, 9 competences, 40 requirements, 3 goals, 6 measures".</returns>
    /// <remarks>Counts only: no person is named.</remarks>
    public override string ToString() =>
        $"Competence plan '{Name.Norwegian}'{(Period is { } p ? $" {TextSummary.Date(p.Start)}/{TextSummary.Date(p.End)}" : string.Empty)}: {TextSummary.Count(Organisation.Nodes.Length, "unit")}, {TextSummary.Count(People.Length, "person", "people")}, {TextSummary.Count(Competences.Length, "competence")}, {TextSummary.Count(Requirements.Length, "requirement")}, {TextSummary.Count(Goals.Length, "goal")}, {TextSummary.Count(Measures.Length, "measure")}";
}
