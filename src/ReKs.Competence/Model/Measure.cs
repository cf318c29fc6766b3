using System.Collections.Immutable;
using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>A competence measure (tiltak): a course, an education, job shadowing, a professional day, a network, supervision or e-learning.</summary>
/// <remarks>Two measures are equal when every property is equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Measure : IEquatable<Measure>
{
    /// <summary>Initializes a new instance of the <see cref="Measure"/> class.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind of measure.</param>
    /// <param name="strategy">The strategy it serves (usually develop or mobilise).</param>
    /// <param name="targetCompetences">The competences it builds; no duplicates.</param>
    /// <param name="capacity">How many people can take part, if limited; at least 1.</param>
    /// <param name="sessions">The dates of its sessions, if planned; in order, no duplicates.</param>
    /// <param name="participants">The nodes that take part (for comparing with nodes that do not); no duplicates.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public Measure(MeasureId id, LocalizedText name, MeasureKind kind, CompetenceStrategies strategy = CompetenceStrategies.Develop, IEnumerable<CompetenceId>? targetCompetences = null, int? capacity = null, IEnumerable<LocalDate>? sessions = null, IEnumerable<NodeId>? participants = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        Name = Guard.Against.Null(name, nameof(name));
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind.");
        Strategy = strategy;
        TargetCompetences = targetCompetences is null ? [] : [.. targetCompetences];
        Fault.Throw(CheckCapacity(capacity));
        Capacity = capacity;
        Sessions = sessions is null ? [] : [.. sessions];
        Participants = participants is null ? [] : [.. participants];
        if (TargetCompetences.Distinct().Count() != TargetCompetences.Length || Participants.Distinct().Count() != Participants.Length)
        {
            throw new ArgumentException("A competence or node is listed twice.", nameof(targetCompetences));
        }

        Fault.Throw(CheckSessions(Sessions));
    }

    /// <summary>The capacity's own check, shared by the constructor and the plan document.</summary>
    internal static IEnumerable<Fault> CheckCapacity(int? capacity)
    {
        if (capacity is < 1)
        {
            yield return Fault.Invalid("capacity", nameof(capacity), $"a capacity is at least 1 (got {capacity})");
        }
    }

    /// <summary>The sessions' own order, shared by the constructor and the plan document: one fault at each session out of order.</summary>
    internal static IEnumerable<Fault> CheckSessions(IReadOnlyList<LocalDate> sessions)
    {
        for (var i = 1; i < sessions.Count; i++)
        {
            if (sessions[i] <= sessions[i - 1])
            {
                yield return new(ProblemPath.Root.Then("sessions", i), nameof(sessions), ProblemKind.DateOrder, "sessions are listed in date order, each on its own date");
            }
        }
    }

    /// <summary>Gets the identifier.</summary>
    public MeasureId Id { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the kind of measure.</summary>
    public MeasureKind Kind { get; }

    /// <summary>Gets the strategy it serves.</summary>
    public CompetenceStrategies Strategy { get; }

    /// <summary>Gets the competences it builds.</summary>
    public ImmutableArray<CompetenceId> TargetCompetences { get; }

    /// <summary>Gets how many people can take part, or <see langword="null"/>.</summary>
    public int? Capacity { get; }

    /// <summary>Gets the dates of its sessions.</summary>
    public ImmutableArray<LocalDate> Sessions { get; }

    /// <summary>Gets the nodes that take part.</summary>
    public ImmutableArray<NodeId> Participants { get; }

    /// <inheritdoc/>
    public bool Equals(Measure? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && Strategy == other.Strategy
        && TargetCompetences.SequenceEqual(other.TargetCompetences) && Capacity == other.Capacity
        && Sessions.SequenceEqual(other.Sessions) && Participants.SequenceEqual(other.Participants);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Compares two measures for equality.</summary>
    /// <param name="left">The first measure.</param>
    /// <param name="right">The second measure.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Measure? left, Measure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two measures for inequality.</summary>
    /// <param name="left">The first measure.</param>
    /// <param name="right">The second measure.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Measure? left, Measure? right) => !(left == right);
}
