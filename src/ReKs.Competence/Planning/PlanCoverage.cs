using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>Are the planned measures enough? The gap analysis of the plan before and after its measures at a date, line by
/// line and per node's net view, with what each measure covers, the need left, over-commitment, needs no measure
/// addresses and measures that address no need.</summary>
/// <remarks>
/// <para>The plan <em>after the measures</em> at a date t is the plan with the yield of every measure that completes by t
/// applied (see <see cref="After(CompetencePlan, LocalDate, GapOptions?)"/>); <see cref="AfterAnalysis"/> is a full gap
/// analysis of that plan. Coverage of a line = its gap before − its gap after; the need left = its gap after.</para>
/// <para>What each measure covers on a line is the drop of the line's gap when the measures are applied one by one in
/// the plan's order, so that the contributions add up to the line's coverage exactly; whom a measure reaches is chosen
/// on the plan before the measures, so that it does not depend on the other measures.</para>
/// <para>The coverage is worked out at one date; a measure that completes after a line's needed-by date is marked
/// <see cref="MeasureContribution.Late"/> on that line rather than left out.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PlanCoverage
{
    private readonly ImmutableArray<GapAnalysis> _steps;

    private PlanCoverage(GapAnalysis before, ImmutableArray<GapAnalysis> steps, ImmutableArray<MeasureReach> reach, Dictionary<Measure, HashSet<(NodeId, GapKey)>> addressed)
    {
        Before = before;
        _steps = steps;
        AfterAnalysis = steps[^1];
        Measures = reach;
        var lines = ImmutableArray.CreateBuilder<CoverageLine>();
        foreach (var line in before.Lines)
        {
            var contributions = ImmutableArray.CreateBuilder<MeasureContribution>();
            for (var k = 0; k < reach.Length; k++)
            {
                var gapBefore = steps[k].LineOf(line.Node, line.Key)?.Figures.Gap.Hundredths ?? 0;
                var gapAfter = steps[k + 1].LineOf(line.Node, line.Key)?.Figures.Gap.Hundredths ?? 0;
                var addresses = addressed[reach[k].Measure].Contains((line.Node, line.Key));
                if (addresses || gapBefore != gapAfter)
                {
                    var people = reach[k].People.Where(p => before.Plan.FindPerson(p)?.Node == line.Node).ToImmutableArray();
                    var late = line.NeededBy is { } due && reach[k].CompletesOn is { } done && done > due;
                    contributions.Add(new MeasureContribution(reach[k], PositionShare.FromHundredths(gapBefore - gapAfter), addresses, late, people));
                }
            }

            if (line.Figures.Gap > PositionShare.Zero || contributions.Count > 0)
            {
                lines.Add(new CoverageLine(line, AfterAnalysis.LineOf(line.Node, line.Key), contributions.ToImmutable()));
            }
        }

        Lines = lines.ToImmutable();
        Unaddressed = [.. Lines.Where(l => l.Figures.Need > PositionShare.Zero && !l.Measures.Any(m => m.Addresses))];
        AddressingNoNeed = [.. reach.Select(r => r.Measure).Where(m => m.Status != MeasureStatus.Cancelled && addressed[m].Count == 0)];
    }

    /// <summary>Gets the analysis before the measures.</summary>
    public GapAnalysis Before { get; }

    /// <summary>Gets the analysis after the measures: a full analysis of <see cref="After(CompetencePlan, LocalDate, GapOptions?)"/>.</summary>
    public GapAnalysis AfterAnalysis { get; }

    /// <summary>Gets every measure of the plan, in order, with whom it reaches.</summary>
    public ImmutableArray<MeasureReach> Measures { get; }

    /// <summary>Gets the lines with a need or a measure, in the analysis' line order.</summary>
    public ImmutableArray<CoverageLine> Lines { get; }

    /// <summary>Gets the lines with a need that no measure addresses.</summary>
    public ImmutableArray<CoverageLine> Unaddressed { get; }

    /// <summary>Gets the measures (not cancelled) whose yields address no line with a need.</summary>
    public ImmutableArray<Measure> AddressingNoNeed { get; }

    /// <summary>Gets the coverage of a node's net view, per key of its sub-tree before the measures: need = net gap before, left = net gap after.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The figures by key.</returns>
    /// <exception cref="KeyNotFoundException">The organisation has no such node.</exception>
    public ImmutableSortedDictionary<GapKey, CoverageFigures> NetOf(NodeId node)
    {
        var after = AfterAnalysis.NetOf(node);
        return Before.NetOf(node).ToImmutableSortedDictionary(
            kv => kv.Key,
            kv => new CoverageFigures(kv.Value.Gap, after.TryGetValue(kv.Key, out var a) ? a.Gap : PositionShare.Zero));
    }

    /// <summary>Works out the coverage of a plan's measures at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The gap options; <see cref="GapOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static PlanCoverage Of(CompetencePlan plan, LocalDate asOf, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= GapOptions.Default;
        var before = GapAnalyzer.Analyse(plan, asOf, options);
        var (reach, addressed) = MeasureEffects.Reach(before);
        var steps = ImmutableArray.CreateBuilder<GapAnalysis>(reach.Length + 1);
        steps.Add(before);
        var current = plan;
        for (var k = 0; k < reach.Length; k++)
        {
            var next = MeasureEffects.Apply(current, reach[k], asOf);
            steps.Add(ReferenceEquals(next, current) ? steps[^1] : GapAnalyzer.Analyse(next, asOf, options));
            current = next;
        }

        return new PlanCoverage(before, steps.ToImmutable(), reach, addressed);
    }

    /// <summary>Returns the plan after its measures at a date: the yield of every measure that completes by then applied.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The gap options (they decide who is developable, which orders whom a measure reaches first); <see cref="GapOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The changed plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <list type="bullet">
    /// <item>develop: each person reached gains a holding of the competence at the level taught, informal, used, valid from
    /// the person's completion date or the measure's last session;</item>
    /// <item>acquire: placeholder people join the node from the yield's date, full positions then the rest of the amount,
    /// each holding the competence at the level (formal, used), pseudonyms <c>measure~yield~n</c>;</item>
    /// <item>mobilise: each person reached (in the yield's node when it names one) uses the holdings of the competence they held unused;</item>
    /// <item>phase out: the node's requirements for the competence at the level are retired.</item>
    /// </list>
    /// <para>A cancelled measure, and one with no date (no sessions and no acquire yield), yields nothing. A measure that is
    /// done yields only for its recorded completions (and its acquire and phase-out yields).</para>
    /// <para>Whom a develop or mobilise measure reaches: the people who completed it; then its named people; otherwise, up
    /// to its seats less its completions, the people of its target group employed at the date — those of the nodes it names
    /// and their sub-trees (every node when it names none), of the position types it names (all when none) — taking first
    /// the people who are developable on a line it addresses (for mobilise: who hold the competence unused there), then the
    /// rest, each part in depth-first order of the organisation and then by pseudonym (ordinal).</para>
    /// </remarks>
    public static CompetencePlan After(CompetencePlan plan, LocalDate asOf, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var before = GapAnalyzer.Analyse(plan, asOf, options ?? GapOptions.Default);
        var (reach, _) = MeasureEffects.Reach(before);
        return reach.Aggregate(plan, (p, r) => MeasureEffects.Apply(p, r, asOf));
    }

    /// <summary>The gap over time with and without the measures: at each date, the analysis of the plan and of the plan after its measures.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="dates">The dates, in any order; duplicates are analysed once.</param>
    /// <param name="options">The gap options; <see cref="GapOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One pair of analyses per distinct date, in date order: without, then with the measures.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<KeyValuePair<GapAnalysis, GapAnalysis>> Project(CompetencePlan plan, IEnumerable<LocalDate> dates, GapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dates);
        return [.. dates.Distinct().Order().Select(d => new KeyValuePair<GapAnalysis, GapAnalysis>(
            GapAnalyzer.Analyse(plan, d, options),
            GapAnalyzer.Analyse(After(plan, d, options), d, options)))];
    }

    /// <summary>Summarises the coverage on one line: the date, the measures, the need of the lines with a need and how much of it the measures cover.</summary>
    /// <returns>For example "Coverage by 6 measures at 2026-09-01: 12 lines with a need of 4.50 person-years = covered 1.20 + left 3.30; 5 lines unaddressed; 1 measure addressing no need".</returns>
    public override string ToString()
    {
        var need = Lines.Aggregate(0L, (s, l) => checked(s + l.Figures.Need.Hundredths));
        var left = Lines.Aggregate(0L, (s, l) => checked(s + l.Figures.Left.Hundredths));
        return $"Coverage by {TextSummary.Count(Measures.Length, "measure")} at {TextSummary.Date(Before.AsOf)}: {TextSummary.Count(Lines.Length, "line")} with a need of {TextSummary.PersonYears(PositionShare.FromHundredths(need))} person-years = covered {TextSummary.PersonYears(PositionShare.FromHundredths(need - left))} + left {TextSummary.PersonYears(PositionShare.FromHundredths(left))}; {TextSummary.Count(Unaddressed.Length, "line")} unaddressed; {TextSummary.Count(AddressingNoNeed.Length, "measure")} addressing no need";
    }
}
