using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// KOSTRA's indicator "share of person-years in user-directed care services with health education" (andel årsverk i
/// brukerrettede tjenester med helseutdanning), computed from a plan, so a municipality's own figure can be set beside
/// the one SSB publishes for comparable municipalities.
/// </summary>
/// <remarks>
/// <para>As KOSTRA defines it: person-years (årsverk: the sum of position shares, 100 % = 1) of people with health or
/// social education at upper-secondary level (videregående) or at university or college level (høgskole/universitet),
/// divided by all person-years. People with no, other or unknown education count in the denominator only, as in
/// KOSTRA, and the unknown part is reported so a low share caused by missing data is visible.</para>
/// <para>Who counts: every person employed on the date at the node or below it (the plan holds the user-directed
/// services; administration outside them should not be in the plan's subtree). KOSTRA's own figure is measured in the
/// fourth quarter and excludes long-term absence; the plan knows neither, which is a difference to keep in mind when the
/// two are compared.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class HealthEducationShare
{
    private HealthEducationShare(NodeId node, LocalDate date, ImmutableDictionary<HealthEducation, decimal> personYears, ImmutableDictionary<PositionType, decimal> byPosition)
    {
        Node = node;
        PersonYearsByPosition = byPosition;
        Date = date;
        PersonYears = personYears;
        Total = personYears.Values.Sum();
        UpperSecondary = personYears.GetValueOrDefault(HealthEducation.UpperSecondary);
        Higher = personYears.GetValueOrDefault(HealthEducation.Higher);
        Unknown = personYears.GetValueOrDefault(HealthEducation.Unknown);
    }

    /// <summary>Gets the person-years per position type (the same staff and date as <see cref="PersonYears"/>).</summary>
    public ImmutableDictionary<PositionType, decimal> PersonYearsByPosition { get; }

    /// <summary>Gets the person-years held by specialist nurses (<see cref="PositionType.SpecialistNurse"/>).</summary>
    public decimal SpecialistNurses => PersonYearsByPosition.GetValueOrDefault(PositionType.SpecialistNurse);

    /// <summary>Gets the share of all person-years held by specialist nurses (a KOSTRA-like indicator of the plan's own
    /// staff; SSB counts it from registers), or <see langword="null"/> when there are no person-years.</summary>
    public decimal? ShareSpecialistNurses => Total == 0 ? null : SpecialistNurses / Total;

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the date the staff was counted.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the person-years per education category (only categories with people).</summary>
    public ImmutableDictionary<HealthEducation, decimal> PersonYears { get; }

    /// <summary>Gets all person-years.</summary>
    public decimal Total { get; }

    /// <summary>Gets the person-years with health education at upper-secondary level.</summary>
    public decimal UpperSecondary { get; }

    /// <summary>Gets the person-years with health education at university or college level.</summary>
    public decimal Higher { get; }

    /// <summary>Gets the person-years whose education is not stated.</summary>
    public decimal Unknown { get; }

    /// <summary>Gets the person-years with health education (both levels).</summary>
    public decimal WithHealthEducation => UpperSecondary + Higher;

    /// <summary>Gets the share with health education, 0–1, or <see langword="null"/> when there are no person-years.</summary>
    public decimal? Share => Total == 0 ? null : WithHealthEducation / Total;

    /// <summary>Gets the share with health education at university or college level, 0–1, or <see langword="null"/>.</summary>
    public decimal? ShareHigher => Total == 0 ? null : Higher / Total;

    /// <summary>Gets the share with health education at upper-secondary level, 0–1, or <see langword="null"/>.</summary>
    public decimal? ShareUpperSecondary => Total == 0 ? null : UpperSecondary / Total;

    /// <summary>Computes the share for a node on a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="node">The node; people at it and below it count.</param>
    /// <param name="date">The date the staff is counted.</param>
    /// <returns>The share and its parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The node is not in the plan.</exception>
    public static HealthEducationShare Of(CompetencePlan plan, NodeId node, LocalDate date)
    {
        return Count(node, date, Staff(plan, node));
    }

    /// <summary>Computes the share for each period, counted on its last day, as a proportion series (numerator = person-years with health education, denominator = all).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">The indicator the series belongs to (a proportion).</param>
    /// <param name="node">The node.</param>
    /// <param name="periods">The periods, consecutive and of one granularity.</param>
    /// <returns>The series; a period with no person-years is a missing observation.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The node is not in the plan, or the periods do not make a series.</exception>
    public static Series SeriesOf(CompetencePlan plan, IndicatorId indicator, NodeId node, IEnumerable<MeasurementPeriod> periods)
    {
        Guard.Against.Null(periods, nameof(periods));
        var staff = Staff(plan, node);
        return new Series(indicator, node, periods.Select(p => Count(node, p.End, staff) is { Total: > 0 } s
            ? new Observation(p, (double)s.WithHealthEducation, (double)s.Total)
            : Observation.Missing(p)));
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Node} {LocalDatePattern.Iso.Format(Date)}: {WithHealthEducation}/{Total}");

    private static List<Person> Staff(CompetencePlan plan, NodeId node)
    {
        Guard.Against.Null(plan, nameof(plan));
        if (!plan.Organisation.Contains(node))
        {
            throw new ArgumentException($"Node '{node}' is not in the plan.", nameof(node));
        }

        var subtree = plan.Organisation.SubtreeOf(node).Select(n => n.Id).ToHashSet();
        return [.. plan.People.Where(p => subtree.Contains(p.Node))];
    }

    private static HealthEducationShare Count(NodeId node, LocalDate date, List<Person> staff)
    {
        var employed = staff.Where(p => p.IsEmployedAt(date)).ToList();
        return new(
            node,
            date,
            employed.GroupBy(p => p.Education).ToImmutableDictionary(g => g.Key, g => g.Sum(p => p.Share.FullTimeEquivalents)),
            employed.GroupBy(p => p.PositionType).ToImmutableDictionary(g => g.Key, g => g.Sum(p => p.Share.FullTimeEquivalents)));
    }
}
