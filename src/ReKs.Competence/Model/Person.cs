using System.Collections.Immutable;
using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>A member of staff, known by pseudonym: where they work, how much, what they hold and what they want to learn.</summary>
/// <remarks>
/// <para>A person is employed at a date t when <see cref="Starts"/> is absent or ≤ t and <see cref="Leaves"/> is absent
/// or after t. The library plans for the organisation (Lai's strategic purpose); it does not grade or pay individuals,
/// and it needs no names.</para>
/// <para>Two people are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Person : IEquatable<Person>
{
    /// <summary>Initializes a new instance of the <see cref="Person"/> class.</summary>
    /// <param name="id">The pseudonym.</param>
    /// <param name="node">The organisation node the person works in.</param>
    /// <param name="share">The position share, more than 0 and at most 100 %.</param>
    /// <param name="holdings">The effective holdings.</param>
    /// <param name="aspirations">Competences the person has asked to develop (from the appraisal interview); no duplicates.</param>
    /// <param name="starts">The employment start, if known.</param>
    /// <param name="leaves">The end of employment or retirement, if known; after <paramref name="starts"/> when both are given.</param>
    /// <param name="positionType">The kind of position.</param>
    /// <param name="education">The highest health or social education.</param>
    /// <param name="evidence">The evidence history behind the holdings, if kept.</param>
    /// <param name="extensions">An integrator's own data, kept verbatim through reading and writing; <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public Person(
        PersonId id,
        NodeId node,
        PositionShare share,
        IEnumerable<Holding>? holdings = null,
        IEnumerable<CompetenceId>? aspirations = null,
        LocalDate? starts = null,
        LocalDate? leaves = null,
        PositionType positionType = PositionType.Other,
        HealthEducation education = HealthEducation.Unknown,
        IEnumerable<Evidence>? evidence = null,
        ExtensionData? extensions = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        Node = Guard.Against.Default(node, nameof(node));
        Share = ShareProblem(share) is { } problem ? throw new ArgumentOutOfRangeException(nameof(share), share.Percent, problem) : share;
        Holdings = holdings is null ? [] : [.. holdings];
        if (Holdings.Any(h => h is null))
        {
            throw new ArgumentException("A holding must not be null.", nameof(holdings));
        }

        Aspirations = aspirations is null ? [] : [.. aspirations];
        if (Aspirations.Distinct().Count() != Aspirations.Length)
        {
            throw new ArgumentException("An aspiration is listed twice.", nameof(aspirations));
        }

        Fault.Throw(Check(id, starts, leaves));
        Starts = starts;
        Leaves = leaves;
        PositionType = Enum.IsDefined(positionType) ? positionType : throw new ArgumentOutOfRangeException(nameof(positionType), positionType, "Unknown position type.");
        Education = Enum.IsDefined(education) ? education : throw new ArgumentOutOfRangeException(nameof(education), education, "Unknown education.");
        Evidence = evidence is null ? [] : [.. evidence];
        Extensions = extensions;
    }

    /// <summary>A person the document reader has read value by value and found to fit every rule of the public
    /// constructor (identifiers, a share in (0, 100], no null holding, no aspiration twice, leaving after starting, known
    /// position type and education), with no evidence and no integrator's data: its arrays are taken as they are.</summary>
    private Person(PersonId id, NodeId node, PositionShare share, ImmutableArray<Holding> holdings, ImmutableArray<CompetenceId> aspirations, LocalDate? starts, LocalDate? leaves, PositionType positionType, HealthEducation education, bool read)
    {
        System.Diagnostics.Debug.Assert(read && id != default && node != default && ShareProblem(share) is null, "the reader checked the person");
        Id = id;
        Node = node;
        Share = share;
        Holdings = holdings;
        Aspirations = aspirations;
        Starts = starts;
        Leaves = leaves;
        PositionType = positionType;
        Education = education;
        Evidence = [];
    }

    /// <summary>A person read from a document whose values the reader has checked as the public constructor would.</summary>
    internal static Person Read(PersonId id, NodeId node, PositionShare share, ImmutableArray<Holding> holdings, ImmutableArray<CompetenceId> aspirations, LocalDate? starts, LocalDate? leaves, PositionType positionType, HealthEducation education) =>
        new(id, node, share, holdings, aspirations, starts, leaves, positionType, education, read: true);

    /// <summary>The person's own date order, shared by the constructor and the plan document.</summary>
    internal static IEnumerable<Fault> Check(PersonId id, LocalDate? starts, LocalDate? leaves)
    {
        if (starts is { } s && leaves is { } l && l <= s)
        {
            yield return new("leaves", nameof(leaves), ProblemKind.DateOrder, $"person '{id}' leaves ({l:uuuu-MM-dd}) on or before starting ({s:uuuu-MM-dd}); leaves must be after starts");
        }
    }

    /// <summary>Gets the pseudonym.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the organisation node the person works in.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the position share.</summary>
    public PositionShare Share { get; }

    /// <summary>Gets the effective holdings.</summary>
    public ImmutableArray<Holding> Holdings { get; }

    /// <summary>Gets the competences the person wants to develop.</summary>
    public ImmutableArray<CompetenceId> Aspirations { get; }

    /// <summary>Gets the employment start, or <see langword="null"/>.</summary>
    public LocalDate? Starts { get; }

    /// <summary>Gets the end of employment, or <see langword="null"/>.</summary>
    public LocalDate? Leaves { get; }

    /// <summary>Gets the kind of position.</summary>
    public PositionType PositionType { get; }

    /// <summary>Gets the highest health or social education.</summary>
    public HealthEducation Education { get; }

    /// <summary>Gets the evidence history behind the holdings (may be empty).</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>Gets an integrator's own data, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; }

    /// <summary>Returns whether the person is employed at a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Starts"/> ≤ <paramref name="date"/> &lt; <see cref="Leaves"/> (absent bounds are open).</returns>
    public bool IsEmployedAt(LocalDate date) => (Starts is not { } s || s <= date) && (Leaves is not { } l || l > date);

    /// <summary>Returns whether the person has left by a date (<see cref="Leaves"/> ≤ <paramref name="date"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the person has left.</returns>
    public bool HasLeftBy(LocalDate date) => Leaves is { } l && l <= date;

    /// <summary>Gets the person's real competence (realkompetanse) in a competence at a date: the best level among holdings valid then.</summary>
    /// <param name="competence">The competence.</param>
    /// <param name="date">The date.</param>
    /// <returns>The best assessed level, or <see langword="null"/> when no valid holding has an assessed level.</returns>
    public ProficiencyLevel? RealLevel(CompetenceId competence, LocalDate date)
    {
        ProficiencyLevel? best = null;
        foreach (var h in Holdings)
        {
            if (h.Competence == competence && h.Level is { } level && h.IsValidAt(date) && (best is null || level > best))
            {
                best = level;
            }
        }

        return best;
    }

    /// <summary>Returns a copy with other holdings.</summary>
    /// <param name="holdings">The holdings.</param>
    /// <returns>The new person.</returns>
    public Person WithHoldings(IEnumerable<Holding> holdings) => new(Id, Node, Share, holdings, Aspirations, Starts, Leaves, PositionType, Education, Evidence, Extensions);

    /// <summary>Returns a copy with one more holding.</summary>
    /// <param name="holding">The holding.</param>
    /// <returns>The new person.</returns>
    public Person AddHolding(Holding holding) => WithHoldings(Holdings.Add(Guard.Against.Null(holding, nameof(holding))));

    /// <summary>Returns a copy working in another node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The new person.</returns>
    public Person WithNode(NodeId node) => new(Id, node, Share, Holdings, Aspirations, Starts, Leaves, PositionType, Education, Evidence, Extensions);

    /// <summary>Returns a copy with another leaving date.</summary>
    /// <param name="leaves">The leaving date, or <see langword="null"/>.</param>
    /// <returns>The new person.</returns>
    public Person WithLeaves(LocalDate? leaves) => new(Id, Node, Share, Holdings, Aspirations, Starts, leaves, PositionType, Education, Evidence, Extensions);

    /// <summary>Says why a share is not a person's position share, or returns <see langword="null"/> when it is one.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    internal static string? ShareProblem(PositionShare share) =>
        share <= PositionShare.Zero || share > PositionShare.FullTime ? $"a position percent is more than 0 and at most 100 (got {share})" : null;

    /// <inheritdoc/>
    public bool Equals(Person? other) =>
        other is not null && Id == other.Id && Node == other.Node && Share == other.Share && Holdings.SequenceEqual(other.Holdings)
        && Aspirations.SequenceEqual(other.Aspirations) && Starts == other.Starts && Leaves == other.Leaves
        && PositionType == other.PositionType && Education == other.Education && Evidence.SequenceEqual(other.Evidence)
        && Extensions == other.Extensions;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Person);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Node, Share);

    /// <summary>Compares two people for equality.</summary>
    /// <param name="left">The first person.</param>
    /// <param name="right">The second person.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Person? left, Person? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two people for inequality.</summary>
    /// <param name="left">The first person.</param>
    /// <param name="right">The second person.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Person? left, Person? right) => !(left == right);

    /// <summary>Returns the pseudonym.</summary>
    /// <returns>The pseudonym.</returns>
    public override string ToString() => Id.Value;
}
