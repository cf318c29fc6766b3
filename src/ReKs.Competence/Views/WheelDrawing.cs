using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Views;

/// <summary>What the drawing of an annual wheel shows of one year: the periods as arcs, the activities numbered in the
/// order of their first date, and their occurrences (a dot each on the activity's ring).</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WheelDrawing
{
    private readonly FrozenDictionary<string, int> _numbers;

    private WheelDrawing(int year, AnnualWheel definition, ImmutableArray<WheelArc> arcs, ImmutableArray<NumberedActivity> activities, ImmutableArray<WheelOccurrence> occurrences)
    {
        Year = year;
        Definition = definition;
        Arcs = arcs;
        Activities = activities;
        Occurrences = occurrences;
        _numbers = activities.ToFrozenDictionary(a => a.Activity.Id, a => a.Number, StringComparer.Ordinal);
    }

    /// <summary>Gets the year drawn.</summary>
    public int Year { get; }

    /// <summary>Gets the wheel drawn (its name, rings and periods).</summary>
    public AnnualWheel Definition { get; }

    /// <summary>Gets the wheel's periods as arcs, in the order of their first day in the year.</summary>
    public ImmutableArray<WheelArc> Arcs { get; }

    /// <summary>Gets the activities dated in the year, numbered from 1 in the order of their first date (ties by identifier, ordinal).</summary>
    public ImmutableArray<NumberedActivity> Activities { get; }

    /// <summary>Gets the occurrences dated in the year, in the order given (by date).</summary>
    public ImmutableArray<WheelOccurrence> Occurrences { get; }

    /// <summary>Gets the number of an activity of the drawing.</summary>
    /// <param name="activity">The activity's identifier.</param>
    /// <returns>Its number.</returns>
    /// <exception cref="KeyNotFoundException">No activity of the drawing has the identifier.</exception>
    public int NumberOf(string activity) =>
        _numbers.TryGetValue(Guard.Against.Null(activity, nameof(activity)), out var n) ? n : throw new KeyNotFoundException($"The drawing has no activity '{activity}'.");

    /// <summary>Builds the drawing of a wheel view: the year of the window's first day, with the view's occurrences in it.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The drawing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static WheelDrawing Create(WheelView view)
    {
        Guard.Against.Null(view, nameof(view));
        return Create(view.Definition, view.Window.Start.Year, view.Occurrences);
    }

    /// <summary>Builds the drawing of a wheel's year from occurrences (those of other years are left out).</summary>
    internal static WheelDrawing Create(AnnualWheel wheel, int year, IEnumerable<WheelOccurrence> occurrences)
    {
        var periods = wheel.Periods.OrderBy(p => (p.Start.Month, p.Start.Day)).ToList();
        var arcs = periods.Select((p, i) =>
        {
            var next = periods[(i + 1) % periods.Count].Start.InYear(year).PlusDays(-1);
            return new WheelArc(p.Name, p.Colour, p.Start, new AnnualDate(next.Month, next.Day));
        });
        ImmutableArray<WheelOccurrence> inYear = [.. occurrences.Where(o => o.Date.Year == year)];
        var activities = inYear.GroupBy(o => o.Activity.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(o => o.Date).ToImmutableArray())
            .OrderBy(g => g[0].Date).ThenBy(g => g[0].Activity.Id, StringComparer.Ordinal)
            .Select((g, i) => new NumberedActivity(i + 1, g));
        return new WheelDrawing(year, wheel, [.. arcs], [.. activities], inYear);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Definition.Name.Norwegian} {Year}: {Arcs.Length} periods, {Activities.Length} activities, {Occurrences.Length} occurrences";
}
