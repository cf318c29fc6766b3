using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Model;

/// <summary>A competence measure (tiltak): a course, an education, job shadowing, a professional day, a network, supervision or e-learning.</summary>
/// <remarks>
/// <para>A measure is the plan's action: it serves goals, follows one or more of Lai's strategies and says what it yields
/// (<see cref="Yields"/>), whom it targets (<see cref="Participants"/> nodes, <see cref="TargetPositionTypes"/>,
/// <see cref="TargetPeople"/>), how many seats it offers (<see cref="Capacity"/> per run × <see cref="Runs"/>), when it
/// meets (<see cref="Sessions"/>, given as dates or as a <see cref="SessionRule"/>), when its effect is measured
/// (<see cref="EvaluationDates"/>), what it costs and who pays (<see cref="Costs"/>, <see cref="Funding"/>).</para>
/// <para>The rules of one measure are checked here; references into the plan (goals, competences, nodes, people, other
/// measures) are checked by the plan.</para>
/// <para>Two measures are equal when every property is equal; two session rules count as equal when they are of one
/// kind and give the same <see cref="Sessions"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Measure : IEquatable<Measure>
{
    /// <summary>Initializes a new instance of the <see cref="Measure"/> class.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind of measure.</param>
    /// <param name="strategy">The strategy it serves (usually develop or mobilise).</param>
    /// <param name="targetCompetences">The competences it builds; no duplicates.</param>
    /// <param name="capacity">How many people can take part in one run (seats per run), if limited; at least 1.</param>
    /// <param name="sessions">The dates of its sessions, if planned; in order, no duplicates.</param>
    /// <param name="participants">The nodes that take part (for comparing with nodes that do not): the target group's nodes; no duplicates.</param>
    /// <param name="goals">The goals the measure serves; no duplicates.</param>
    /// <param name="yields">What it yields on completion; each yield's strategy is one of <paramref name="strategy"/>'s.</param>
    /// <param name="targetPositionTypes">The position types it targets (all when empty); no duplicates.</param>
    /// <param name="targetPeople">The named people (pseudonyms) who take part; no duplicates.</param>
    /// <param name="runs">How many times it runs, each with <paramref name="capacity"/> seats; at least 1.</param>
    /// <param name="hoursPerParticipant">The working time a participant spends (which the unit must free), if known; more than zero, at most two decimals.</param>
    /// <param name="prerequisites">Measures a participant completes first (basic training before resource-person training); not itself, no duplicates.</param>
    /// <param name="mandatory">Whether taking part is mandatory for the target group.</param>
    /// <param name="leaderTakesPart">Whether the leader of each unit takes part.</param>
    /// <param name="responsibleRole">The role responsible for the measure, if stated.</param>
    /// <param name="status">Where the measure stands.</param>
    /// <param name="completions">Who finished, when; each person once.</param>
    /// <param name="costs">What it costs, per budget year.</param>
    /// <param name="funding">Who pays, per budget year.</param>
    /// <param name="sessionRule">The sessions as a wheel recurrence rule instead of dates (for example four sessions every other
    /// week from a date); not with <paramref name="sessions"/>. It must give a finite list of dates on its own: an
    /// <see cref="RecurrenceKind.EveryNWeeks"/> or <see cref="RecurrenceKind.EveryNMonths"/> rule, or a yearly rule bounded by
    /// both a first and a last year; never a rule relative to a wheel's activity or period; at most
    /// <see cref="MaxSessions"/> sessions, each on its own date.</param>
    /// <param name="evaluationDates">When the measure's effect is measured (the evaluation after it), in order, no duplicates.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public Measure(
        MeasureId id,
        LocalizedText name,
        MeasureKind kind,
        CompetenceStrategies strategy = CompetenceStrategies.Develop,
        IEnumerable<CompetenceId>? targetCompetences = null,
        int? capacity = null,
        IEnumerable<LocalDate>? sessions = null,
        IEnumerable<NodeId>? participants = null,
        IEnumerable<GoalId>? goals = null,
        IEnumerable<MeasureYield>? yields = null,
        IEnumerable<PositionType>? targetPositionTypes = null,
        IEnumerable<PersonId>? targetPeople = null,
        int runs = 1,
        decimal? hoursPerParticipant = null,
        IEnumerable<MeasureId>? prerequisites = null,
        bool mandatory = false,
        bool leaderTakesPart = false,
        LocalizedText? responsibleRole = null,
        MeasureStatus status = MeasureStatus.Planned,
        IEnumerable<MeasureCompletion>? completions = null,
        IEnumerable<CostItem>? costs = null,
        IEnumerable<Funding>? funding = null,
        RecurrenceRule? sessionRule = null,
        IEnumerable<LocalDate>? evaluationDates = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        Name = Guard.Against.Null(name, nameof(name));
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind.");
        Strategy = strategy;
        TargetCompetences = targetCompetences is null ? [] : [.. targetCompetences];
        Fault.Throw(CheckCapacity(capacity));
        Capacity = capacity;
        Sessions = sessions is null ? [] : [.. sessions];
        if (sessionRule is not null)
        {
            if (!Sessions.IsEmpty)
            {
                throw new ArgumentException("A measure's sessions are given as dates or as a rule, not both.", nameof(sessionRule));
            }

            // One dating of the rule both checks it and gives the sessions.
            Fault.Throw(CheckSessionRule(sessionRule, out var dates));
            Sessions = dates;
        }

        SessionRule = sessionRule;
        Participants = participants is null ? [] : [.. participants];
        if (TargetCompetences.Distinct().Count() != TargetCompetences.Length || Participants.Distinct().Count() != Participants.Length)
        {
            throw new ArgumentException("A competence or node is listed twice.", nameof(targetCompetences));
        }

        Fault.Throw(CheckSessions(Sessions));
        EvaluationDates = evaluationDates is null ? [] : [.. evaluationDates];
        Fault.Throw(CheckEvaluationDates(EvaluationDates));

        Goals = Distinct(goals, nameof(goals), "A goal is listed twice.");
        Yields = yields is null ? [] : [.. yields];
        foreach (var y in Yields)
        {
            if (YieldProblem(Strategy, Guard.Against.Null(y, nameof(yields))) is { } why)
            {
                throw new ArgumentException(why, nameof(yields));
            }
        }

        TargetPositionTypes = Distinct(targetPositionTypes, nameof(targetPositionTypes), "A position type is listed twice.");
        if (TargetPositionTypes.Any(p => !Enum.IsDefined(p)))
        {
            throw new ArgumentOutOfRangeException(nameof(targetPositionTypes), "Unknown position type.");
        }

        TargetPeople = Distinct(targetPeople, nameof(targetPeople), "A person is listed twice.");
        Runs = RunsProblem(runs) is { } r ? throw new ArgumentOutOfRangeException(nameof(runs), runs, r) : runs;
        HoursPerParticipant = hoursPerParticipant is { } h && Nok.HoursProblem(h, "hours per participant") is { } hp
            ? throw new ArgumentOutOfRangeException(nameof(hoursPerParticipant), h, hp)
            : hoursPerParticipant;
        Prerequisites = Distinct(prerequisites, nameof(prerequisites), "A prerequisite is listed twice.");
        if (Prerequisites.Contains(Id))
        {
            throw new ArgumentException("A measure is not its own prerequisite.", nameof(prerequisites));
        }

        Mandatory = mandatory;
        LeaderTakesPart = leaderTakesPart;
        ResponsibleRole = responsibleRole;
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");
        Completions = completions is null ? [] : [.. completions];
        if (Completions.Any(c => c is null) || Completions.Select(c => c.Person).Distinct().Count() != Completions.Length)
        {
            throw new ArgumentException("A completion is null or a person completes twice.", nameof(completions));
        }

        Costs = costs is null ? [] : [.. costs];
        Funding = funding is null ? [] : [.. funding];
        if (Costs.Any(c => c is null) || Funding.Any(f => f is null))
        {
            throw new ArgumentException("A cost item or funding is null.", Costs.Any(c => c is null) ? nameof(costs) : nameof(funding));
        }
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

    /// <summary>The most sessions a session rule may give.</summary>
    public const int MaxSessions = 1000;

    /// <summary>The evaluation dates' own order, shared by the constructor and the plan document.</summary>
    internal static IEnumerable<Fault> CheckEvaluationDates(IReadOnlyList<LocalDate> dates)
    {
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i] <= dates[i - 1])
            {
                yield return new(ProblemPath.Root.Then("evaluationDates", i), "evaluationDates", ProblemKind.DateOrder, "evaluation dates are listed in date order, each on its own date");
            }
        }
    }

    /// <summary>A session rule's own check, shared by the constructor and the plan document: it gives a finite list of at
    /// most <see cref="MaxSessions"/> dates on its own, each on its own date, none before year 1 or after 9999.</summary>
    internal static IEnumerable<Fault> CheckSessionRule(RecurrenceRule rule) => CheckSessionRule(rule, out _);

    /// <summary>The check of <see cref="CheckSessionRule(RecurrenceRule)"/>, giving the session dates it computed when the rule
    /// passes (empty when it does not), so the constructor dates the rule once.</summary>
    private static Fault[] CheckSessionRule(RecurrenceRule rule, out ImmutableArray<LocalDate> sessions)
    {
        const string Parameter = "sessionRule";
        sessions = [];
        if (rule.IsRelative)
        {
            return [new("sessionRule", Parameter, ProblemKind.InvalidValue, "a measure's session rule cannot be relative to a wheel's activity or period: the plan has no wheel; give a start date (everyNWeeks, everyNMonths)")];
        }

        if (SessionSpan(rule) is not { } span)
        {
            return [rule is EveryNWeeksRule or EveryNMonthsRule
                ? Fault.Invalid("sessionRule", Parameter, $"the session rule's {SessionCount(rule)} sessions run past the year 9999")
                : new("sessionRule", Parameter, ProblemKind.Missing, "a yearly session rule needs both 'firstYear' and 'lastYear', so that it gives a finite list of sessions")];
        }

        if (SessionCount(rule) > MaxSessions || span.Length > 366L * MaxSessions)
        {
            return [Fault.Invalid("sessionRule", Parameter, $"a session rule gives at most {MaxSessions} sessions")];
        }

        var dates = rule.Dates(span);
        for (var i = 1; i < dates.Length; i++)
        {
            if (dates[i].Date <= dates[i - 1].Date)
            {
                return [new(ProblemPath.Root.Then("sessionRule", "moves"), Parameter, ProblemKind.DateOrder, $"the session rule's moves put session {i + 1} ({dates[i].Date:uuuu-MM-dd}) on or before session {i} ({dates[i - 1].Date:uuuu-MM-dd}); sessions keep their order, each on its own date")];
            }
        }

        sessions = [.. dates.Select(d => d.Date)];
        return [];
    }

    private static long SessionCount(RecurrenceRule rule) =>
        rule is EveryNWeeksRule w ? w.Count
        : rule is EveryNMonthsRule m ? m.Count
        : rule.LastYear is { } l && rule.FirstYear is { } f ? (l - f + 1L) * 53
        : long.MaxValue;

    /// <summary>The dates a finite rule can give, or <see langword="null"/> when it is not finite or runs past the calendar.</summary>
    private static DateInterval? SessionSpan(RecurrenceRule rule)
    {
        var max = new LocalDate(9999, 12, 31);
        if (rule is EveryNWeeksRule w)
        {
            var days = 7L * w.Weeks * (w.Count - 1L);
            return days <= Period.DaysBetween(w.Start, max) ? new DateInterval(w.Start, w.Start.PlusDays((int)days)) : null;
        }

        if (rule is EveryNMonthsRule m)
        {
            var months = (long)m.Months * (m.Count - 1L);
            return months <= Period.Between(m.Start, max, PeriodUnits.Months).Months ? new DateInterval(m.Start, m.Start.PlusMonths((int)months)) : null;
        }

        // The yearly kinds (fixed date, nth weekday of a month, ISO week) give a finite list only between two years.
        return rule.FirstYear is { } first && rule.LastYear is { } last && first >= 1 && last <= 9999
            ? new DateInterval(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31))
            : null;
    }

    /// <summary>Gets the rule the sessions were given by, or <see langword="null"/> when they were given as dates (or not at all).</summary>
    /// <remarks><see cref="Sessions"/> holds the dates the rule gives, after its skips and moves.</remarks>
    public RecurrenceRule? SessionRule { get; }

    /// <summary>Gets when the measure's effect is measured, in date order.</summary>
    public ImmutableArray<LocalDate> EvaluationDates { get; }

    /// <summary>Gets the goals the measure serves.</summary>
    public ImmutableArray<GoalId> Goals { get; }

    /// <summary>Gets what the measure yields on completion.</summary>
    public ImmutableArray<MeasureYield> Yields { get; }

    /// <summary>Gets the position types it targets; empty for all.</summary>
    public ImmutableArray<PositionType> TargetPositionTypes { get; }

    /// <summary>Gets the named people who take part.</summary>
    public ImmutableArray<PersonId> TargetPeople { get; }

    /// <summary>Gets how many times the measure runs.</summary>
    public int Runs { get; }

    /// <summary>Gets the seats in all runs (<see cref="Capacity"/> × <see cref="Runs"/>), or <see langword="null"/> when the capacity is not limited.</summary>
    public long? Seats => Capacity is { } c ? (long)c * Runs : null;

    /// <summary>Gets the working time a participant spends, or <see langword="null"/>.</summary>
    public decimal? HoursPerParticipant { get; }

    /// <summary>Gets the measures a participant completes first.</summary>
    public ImmutableArray<MeasureId> Prerequisites { get; }

    /// <summary>Gets a value indicating whether taking part is mandatory.</summary>
    public bool Mandatory { get; }

    /// <summary>Gets a value indicating whether the leader of each unit takes part.</summary>
    public bool LeaderTakesPart { get; }

    /// <summary>Gets the role responsible for the measure, or <see langword="null"/>.</summary>
    public LocalizedText? ResponsibleRole { get; }

    /// <summary>Gets where the measure stands.</summary>
    public MeasureStatus Status { get; }

    /// <summary>Gets who finished, when.</summary>
    public ImmutableArray<MeasureCompletion> Completions { get; }

    /// <summary>Gets the cost items.</summary>
    public ImmutableArray<CostItem> Costs { get; }

    /// <summary>Gets the funding.</summary>
    public ImmutableArray<Funding> Funding { get; }

    /// <summary>Gets the date the measure completes: its last session, or <see langword="null"/> when it has no sessions.</summary>
    public LocalDate? CompletesOn => Sessions.IsEmpty ? null : Sessions[^1];

    /// <summary>Says why a yield does not fit a measure's strategies, or returns <see langword="null"/> when it does.</summary>
    internal static string? YieldProblem(CompetenceStrategies strategies, MeasureYield yield) =>
        (strategies & yield.Strategy) == 0 ? $"the measure yields by {EnumName(yield.Strategy)} but does not list that strategy" : null;

    /// <summary>Says why a number of runs is wrong, or returns <see langword="null"/>.</summary>
    internal static string? RunsProblem(int runs) => runs < 1 ? $"a measure runs at least once (got {runs})" : null;

    private static string EnumName(CompetenceStrategies s) => s switch
    {
        CompetenceStrategies.Develop => "develop",
        CompetenceStrategies.Acquire => "acquire",
        CompetenceStrategies.Mobilise => "mobilise",
        _ => "phase out",
    };

    private static ImmutableArray<T> Distinct<T>(IEnumerable<T>? items, string parameterName, string message)
    {
        ImmutableArray<T> result = items is null ? [] : [.. items];
        return result.Distinct().Count() != result.Length ? throw new ArgumentException(message, parameterName) : result;
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

    /// <summary>Gets how many people can take part in one run (seats per run), or <see langword="null"/> when not limited.</summary>
    public int? Capacity { get; }

    /// <summary>Gets the dates of its sessions, in order: the dates given, or those its <see cref="SessionRule"/> gives.</summary>
    public ImmutableArray<LocalDate> Sessions { get; }

    /// <summary>Gets the nodes that take part.</summary>
    public ImmutableArray<NodeId> Participants { get; }

    /// <inheritdoc/>
    public bool Equals(Measure? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind && Strategy == other.Strategy
        && TargetCompetences.SequenceEqual(other.TargetCompetences) && Capacity == other.Capacity
        && Sessions.SequenceEqual(other.Sessions) && Participants.SequenceEqual(other.Participants)
        && Goals.SequenceEqual(other.Goals) && Yields.SequenceEqual(other.Yields) && TargetPositionTypes.SequenceEqual(other.TargetPositionTypes)
        && TargetPeople.SequenceEqual(other.TargetPeople) && Runs == other.Runs && HoursPerParticipant == other.HoursPerParticipant
        && Prerequisites.SequenceEqual(other.Prerequisites) && Mandatory == other.Mandatory && LeaderTakesPart == other.LeaderTakesPart
        && ResponsibleRole == other.ResponsibleRole && Status == other.Status && Completions.SequenceEqual(other.Completions)
        && Costs.SequenceEqual(other.Costs) && Funding.SequenceEqual(other.Funding)
        && (SessionRule is null) == (other.SessionRule is null) && SessionRule?.Kind == other.SessionRule?.Kind
        && EvaluationDates.SequenceEqual(other.EvaluationDates);

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
