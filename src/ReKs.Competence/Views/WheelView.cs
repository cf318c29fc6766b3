using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Views;

/// <summary>An annual wheel's occurrences within a window, with the plan's reminders, as every output shows it
/// (table, markdown, JSON <c>reks.wheel</c>, the report).</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WheelView
{
    /// <summary>The name of the JSON output written from this view.</summary>
    public const string FormatName = "reks.wheel";

    /// <summary>The version of the JSON output written from this view (2: <c>ringName</c> and <c>ownerName</c> added, the
    /// names the wheel and the plan give).</summary>
    public const int FormatVersion = 2;

    private WheelView(LocalizedText plan, LocalizedText wheel, DateInterval window, ImmutableArray<WheelOccurrence> occurrences, ImmutableArray<WheelReminder> reminders, PlanGlossary glossary, AnnualWheel definition)
    {
        Glossary = glossary;
        Definition = definition;
        Plan = plan;
        Wheel = wheel;
        Window = window;
        Occurrences = occurrences;
        Reminders = reminders;
    }

    /// <summary>Gets the plan's vocabulary (names of nodes, competences, goals and levels) the view is read with.</summary>
    public PlanGlossary Glossary { get; }

    /// <summary>Gets the wheel the occurrences come from (its periods, rings and closed periods, for drawing).</summary>
    public AnnualWheel Definition { get; }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Plan { get; }

    /// <summary>Gets the wheel's name.</summary>
    public LocalizedText Wheel { get; }

    /// <summary>Gets the dates shown, both ends included.</summary>
    public DateInterval Window { get; }

    /// <summary>Gets the wheel's activities dated within the window, sorted by date.</summary>
    public ImmutableArray<WheelOccurrence> Occurrences { get; }

    /// <summary>Gets the plan's certificate renewals, needed-by and funding-application deadlines, measure sessions and evaluation dates within the window, sorted by date.</summary>
    public ImmutableArray<WheelReminder> Reminders { get; }

    /// <summary>Builds the view of a wheel and a plan for a window of dates.</summary>
    /// <param name="plan">The plan whose renewals, deadlines, measure sessions and evaluation dates are reminders.</param>
    /// <param name="wheel">The wheel.</param>
    /// <param name="window">The dates to show, both ends included.</param>
    /// <param name="renewalLeadTime">How long before a certificate expires its renewal is due; 90 days when <see langword="null"/>.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="renewalLeadTime"/> is negative.</exception>
    public static WheelView Create(CompetencePlan plan, AnnualWheel wheel, DateInterval window, Period? renewalLeadTime = null)
    {
        Guard.Against.Null(plan, nameof(plan));
        Guard.Against.Null(wheel, nameof(wheel));
        Guard.Against.Null(window, nameof(window));
        var reminders = wheel.Reminders(plan, window, renewalLeadTime).Select(o => new WheelReminder(o, o.Kind switch
        {
            OccurrenceKind.Renewal => ReminderKind.Renewal,
            OccurrenceKind.Deadline => ReminderKind.Deadline,
            OccurrenceKind.Session => ReminderKind.Session,
            OccurrenceKind.Evaluation => ReminderKind.Evaluation,
            OccurrenceKind.Activity => throw new System.Diagnostics.UnreachableException("The plan's reminders are never wheel activities."),
            _ => throw new System.Diagnostics.UnreachableException($"Occurrence kind {o.Kind}."),
        }));
        return new WheelView(plan.Name, wheel.Name, window, wheel.Occurrences(window), [.. reminders], PlanGlossary.Of(plan), wheel);
    }

    /// <summary>Gets the name of an activity's owner: the name the activity carries (a reminder's unit or responsible
    /// role), a unit of the plan by its name, the wheel's own name for the role, the built-in vocabulary's, otherwise the
    /// role as written.</summary>
    /// <param name="activity">An activity of <see cref="Occurrences"/> or <see cref="Reminders"/>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is <see langword="null"/>.</exception>
    public LocalizedText OwnerName(WheelActivity activity)
    {
        Guard.Against.Null(activity, nameof(activity));
        return activity.OwnerName
            ?? (NodeId.TryCreate(activity.OwnerRole, out var node) && Glossary.Organisation.Contains(node) ? Glossary.Organisation[node].Name : Definition.OwnerName(activity.OwnerRole));
    }
    /// <summary>Builds the view of a wheel alone, without a plan, for a calendar year: its activities from 1 January to
    /// 31 December, as <c>reks wheel --year</c> shows them, and no reminders.</summary>
    /// <param name="wheel">The wheel.</param>
    /// <param name="year">The year shown.</param>
    /// <returns>The view. Without a plan, <see cref="Plan"/> is the wheel's name and the <see cref="Glossary"/> knows no
    /// competences, goals or measures; its organisation is one node standing for the wheel (id <c>annual-wheel</c>, named
    /// as the wheel), so owners are named by the wheel's vocabulary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wheel"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the Norwegian calendar
    /// (<see cref="NorwegianCalendar.FirstGregorianYear"/> to <see cref="NorwegianCalendar.LastYear"/> − 1).</exception>
    public static WheelView Create(AnnualWheel wheel, int year)
    {
        Guard.Against.Null(wheel, nameof(wheel));
        Guard.Against.OutOfRange(year, nameof(year), NorwegianCalendar.FirstGregorianYear, NorwegianCalendar.LastYear - 1);
        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var glossary = PlanGlossary.Without(wheel.Name, new OrganisationNode(new NodeId("annual-wheel"), null, wheel.Name, NodeKind.Other));
        return new WheelView(wheel.Name, wheel.Name, window, wheel.Occurrences(window), [], glossary, wheel);
    }

    /// <summary>Builds the view of a wheel alone, without a plan, for the wheel's own year: the first year its rules name
    /// (<see cref="FirstNamedYear"/>), from 1 January to 31 December.</summary>
    /// <param name="wheel">The wheel.</param>
    /// <returns>The view, as <see cref="Create(AnnualWheel, int)"/> gives it for that year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wheel"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The wheel names no year (every rule recurs every year without year bounds,
    /// like the ReKs template's): say the year with <see cref="Create(AnnualWheel, int)"/>. No year is guessed, and the
    /// library reads no clock.</exception>
    public static WheelView Create(AnnualWheel wheel)
    {
        Guard.Against.Null(wheel, nameof(wheel));
        return FirstNamedYear(wheel) is { } year
            ? Create(wheel, year)
            : throw new ArgumentException($"The wheel '{wheel.Name.English}' names no year of its own; give the year: WheelView.Create(wheel, year).", nameof(wheel));
    }

    /// <summary>Gets the first year a wheel's own rules name: the earliest of the rules' first years
    /// (<see cref="RecurrenceRule.FirstYear"/>) and the start years of its dated rules (every n weeks or months from a date).</summary>
    /// <param name="wheel">The wheel.</param>
    /// <returns>The year, or <see langword="null"/> when the wheel names none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wheel"/> is <see langword="null"/>.</exception>
    public static int? FirstNamedYear(AnnualWheel wheel) =>
        Guard.Against.Null(wheel, nameof(wheel)).Activities
            .SelectMany(a => new[] { a.Rule.FirstYear, StartYear(a.Rule) })
            .Min();

    /// <summary>The year a dated rule starts in; <see langword="null"/> for a rule that recurs every year.</summary>
    private static int? StartYear(RecurrenceRule rule) => rule switch
    {
        EveryNWeeksRule r => r.Start.Year,
        EveryNMonthsRule r => r.Start.Year,
        FixedDateRule or NthWeekdayOfMonthRule or IsoWeekdayRule or RelativeToActivityRule or RelativeToPeriodRule => null,
        _ => throw new System.Diagnostics.UnreachableException($"Recurrence kind {rule.Kind}."),
    };

}
