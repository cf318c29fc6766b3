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
}
