using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>One dated occurrence of an activity of the wheel.</summary>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class WheelOccurrence
{
    /// <summary>Initializes a new instance of the <see cref="WheelOccurrence"/> class.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="nominal">The date the rule gives, before adjustment.</param>
    /// <param name="date">The date it happens, after adjustment to a working day.</param>
    /// <param name="period">The period of the wheel that contains <paramref name="date"/>.</param>
    /// <param name="kind">What the occurrence is: a wheel activity or a date from the plan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    public WheelOccurrence(WheelActivity activity, LocalDate nominal, LocalDate date, WheelPeriod period, OccurrenceKind kind = OccurrenceKind.Activity)
    {
        Activity = Guard.Against.Null(activity, nameof(activity));
        Nominal = nominal;
        Date = date;
        Period = Guard.Against.Null(period, nameof(period));
        Kind = Guard.Against.EnumOutOfRange(kind, nameof(kind));
    }

    /// <summary>Gets the activity.</summary>
    public WheelActivity Activity { get; }

    /// <summary>Gets the date the rule gives, before adjustment.</summary>
    public LocalDate Nominal { get; }

    /// <summary>Gets the date it happens.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the period of the wheel that contains <see cref="Date"/>.</summary>
    public WheelPeriod Period { get; }

    /// <summary>Gets what the occurrence is: one of the wheel's activities, or a session, renewal or deadline from the plan.</summary>
    public OccurrenceKind Kind { get; }

    /// <summary>Gets the rule that produced the occurrence (the activity's rule).</summary>
    public RecurrenceRule Rule => Activity.Rule;

    /// <summary>Gets the stable key of the occurrence: <c>{activity id}-{yyyyMMdd of the nominal date}</c>.</summary>
    /// <remarks>The key does not change when an adjustment or a move changes <see cref="Date"/>: use it to record that an occurrence is done (see <see cref="AnnualWheel.Overdue(LocalDate, LocalDate, IEnumerable{string})"/>).</remarks>
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Activity.Id}-{Nominal.Year:0000}{Nominal.Month:00}{Nominal.Day:00}");

    /// <summary>Gets the ring of the activity.</summary>
    public string Ring => Activity.Ring;

    /// <inheritdoc/>
    /// <remarks>Culture-invariant: the date (ISO 8601) and the activity's id, for example "2027-03-01 kompetansekartlegging".</remarks>
    public override string ToString() => $"{TextSummary.Date(Date)} {Activity.Id}";
}
