using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Views;

/// <summary>Everything the HTML report shows, built once from the core results: the views of the scope (gaps, the
/// privacy-safe regional view, the mapping, the plan of measures, the evaluation) and the presentation facts the report's
/// sections draw (the Lai table per goal, the heat map with its dominant needs, the budget, the gap ahead with and
/// without the measures, the wheel's arcs and numbered activities, the coming deadlines).</summary>
/// <remarks>
/// <para>The regional report's view (<see cref="CreateRegional"/>) holds nothing of the gap analysis except what the
/// export publishes: its <see cref="Gaps"/>, <see cref="Inventory"/>, <see cref="Measures"/>, <see cref="Budget"/> and
/// <see cref="Evaluation"/> are <see langword="null"/>, its <see cref="GoalTables"/> and <see cref="Outlook"/> empty,
/// and its <see cref="HeatMap"/> is drawn from <see cref="Regional"/> only.</para>
/// <para>Certificate renewals name people, so <see cref="Upcoming"/> never lists them.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ReportView
{
    /// <summary>How many years ahead <see cref="Outlook"/> reaches: the as-of date and the same day in each of the next four years.</summary>
    public const int OutlookYears = 5;

    /// <summary>How many of the coming activities and deadlines <see cref="Upcoming"/> lists at most.</summary>
    public const int UpcomingCount = 12;

    private ReportView(
        PlanGlossary glossary,
        LocalDate asOf,
        NodeId scope,
        DateInterval? period,
        int requirements,
        GapsView? gaps,
        RegionalView regional,
        InventoryView? inventory,
        PlanView? measures,
        PlanBudget? budget,
        EvaluationView? evaluation,
        GapHeatMap heatMap,
        ImmutableArray<GoalTable> goalTables,
        ImmutableArray<GapOutlook> outlook,
        WheelDrawing drawing,
        ImmutableArray<WheelOccurrence> upcoming)
    {
        Glossary = glossary;
        AsOf = asOf;
        Scope = scope;
        Period = period;
        Nodes = [.. glossary.Organisation.SubtreeOf(scope).Select(n => n.Id)];
        Requirements = requirements;
        Gaps = gaps;
        Regional = regional;
        Inventory = inventory;
        Measures = measures;
        Budget = budget;
        Evaluation = evaluation;
        HeatMap = heatMap;
        GoalTables = goalTables;
        Outlook = outlook;
        Drawing = drawing;
        Upcoming = upcoming;
    }

    /// <summary>Gets the plan's vocabulary (its name, organisation, competences, goals and scale).</summary>
    public PlanGlossary Glossary { get; }

    /// <summary>Gets the date the report describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the node whose sub-tree the report covers.</summary>
    public NodeId Scope { get; }

    /// <summary>Gets the plan's period, or <see langword="null"/> when the plan names none.</summary>
    public DateInterval? Period { get; }

    /// <summary>Gets the nodes of the scope's sub-tree, depth first.</summary>
    public ImmutableArray<NodeId> Nodes { get; }

    /// <summary>Gets a value indicating whether this is the regional report's view: everything it holds of the gap analysis is drawn from the export.</summary>
    public bool IsRegional => Gaps is null;

    /// <summary>Gets the number of the plan's requirements on nodes of the scope.</summary>
    public int Requirements { get; }

    /// <summary>Gets the gap analysis of the scope, or <see langword="null"/> in the regional report.</summary>
    public GapsView? Gaps { get; }

    /// <summary>Gets the privacy-safe regional view of the scope's sub-tree.</summary>
    public RegionalView Regional { get; }

    /// <summary>Gets the competence mapping of the scope, or <see langword="null"/> in the regional report.</summary>
    public InventoryView? Inventory { get; }

    /// <summary>Gets the plan of measures for the scope (what the measures cover by the as-of date), or <see langword="null"/> in the regional report.</summary>
    public PlanView? Measures { get; }

    /// <summary>Gets the plan's budget per year, goal and funding source, or <see langword="null"/> in the regional report.</summary>
    public PlanBudget? Budget { get; }

    /// <summary>Gets the evaluation of the indicators in scope with the measurements up to the as-of date, or
    /// <see langword="null"/> when there is no evaluation data or in the regional report.</summary>
    public EvaluationView? Evaluation { get; }

    /// <summary>Gets the gap heat map of the scope's sub-tree × the competences the plan requires (in the regional report, from the export only).</summary>
    public GapHeatMap HeatMap { get; }

    /// <summary>Gets the Lai table of each of the plan's goals in the plan's order, then of the requirements that serve
    /// no goal when the scope has any; empty in the regional report.</summary>
    public ImmutableArray<GoalTable> GoalTables { get; }

    /// <summary>Gets the scope's gap on the as-of date and the same day of each of the next years, without and with
    /// the measures (<see cref="OutlookYears"/> dates); empty in the regional report.</summary>
    public ImmutableArray<GapOutlook> Outlook { get; }

    /// <summary>Gets the drawing of the wheel's year of the as-of date.</summary>
    public WheelDrawing Drawing { get; }

    /// <summary>Gets the coming activities of the wheel's year and the plan's deadlines, sessions and evaluation dates of
    /// the next six months, from the as-of date on, by date then activity identifier (at most <see cref="UpcomingCount"/>;
    /// never a certificate renewal, which names a person).</summary>
    public ImmutableArray<WheelOccurrence> Upcoming { get; }

    /// <summary>Builds the view of the municipality's own report.</summary>
    /// <param name="analysis">The gap analysis of the plan as of the report's date (its options, the smallest group a figure may describe above all, apply to the regional view).</param>
    /// <param name="scope">The node whose sub-tree the report covers.</param>
    /// <param name="wheel">The annual wheel to draw.</param>
    /// <param name="evaluation">The evaluation data (measurements after the analysis' date are left out), or <see langword="null"/>.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> or <paramref name="wheel"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The organisation has no node <paramref name="scope"/>.</exception>
    public static ReportView Create(GapAnalysis analysis, NodeId scope, AnnualWheel wheel, EvaluationData? evaluation = null)
    {
        Checked(analysis, scope, wheel);
        var plan = analysis.Plan;
        var asOf = analysis.AsOf;
        // One glossary for every view of the report: the plan's names are looked up once.
        var glossary = PlanGlossary.Of(plan);
        var gaps = GapsView.Create(analysis, scope, glossary);
        var coverage = PlanCoverage.Of(plan, asOf);
        var budget = PlanBudget.Of(plan);
        var nodes = plan.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        return new ReportView(
            glossary,
            asOf,
            scope,
            plan.Period,
            RequirementsIn(plan, nodes),
            gaps,
            RegionalView.Create(analysis, RegionalExport.Create(analysis, scope), glossary),
            InventoryView.Create(plan, CompetenceInventory.Compute(plan, asOf), scope, glossary),
            PlanView.Create(plan, coverage, budget, scope, null, glossary),
            budget,
            evaluation is null ? null : EvaluationOf(plan, asOf, scope, nodes, evaluation.Until(asOf), glossary),
            GapHeatMap.Of(gaps, Required(analysis)),
            GoalTablesOf(plan, gaps),
            OutlookOf(plan, asOf, scope),
            DrawingOf(wheel, asOf, out var occurrences),
            UpcomingOf(plan, wheel, asOf, occurrences));
    }

    /// <summary>Builds the view of the regional report: of the gap analysis, only the privacy-safe export of the scope's sub-tree.</summary>
    /// <param name="analysis">The gap analysis of the plan as of the report's date (its options, the smallest group a figure may describe above all, decide what the export withholds).</param>
    /// <param name="scope">The node whose sub-tree the export covers.</param>
    /// <param name="wheel">The annual wheel to draw.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> or <paramref name="wheel"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The organisation has no node <paramref name="scope"/>.</exception>
    public static ReportView CreateRegional(GapAnalysis analysis, NodeId scope, AnnualWheel wheel)
    {
        Checked(analysis, scope, wheel);
        var plan = analysis.Plan;
        var regional = RegionalView.Create(analysis, RegionalExport.Create(analysis, scope));
        return new ReportView(
            regional.Glossary,
            analysis.AsOf,
            scope,
            plan.Period,
            RequirementsIn(plan, plan.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet()),
            null,
            regional,
            null,
            null,
            null,
            null,
            GapHeatMap.Of(regional, Required(analysis)),
            [],
            [],
            DrawingOf(wheel, analysis.AsOf, out var occurrences),
            UpcomingOf(plan, wheel, analysis.AsOf, occurrences));
    }

    private static void Checked(GapAnalysis analysis, NodeId scope, AnnualWheel wheel)
    {
        Guard.Against.Null(analysis, nameof(analysis));
        Guard.Against.Null(wheel, nameof(wheel));
        if (!analysis.Organisation.Contains(scope))
        {
            throw new ArgumentException($"The organisation has no node '{scope}'.", nameof(scope));
        }
    }

    private static int RequirementsIn(CompetencePlan plan, HashSet<NodeId> nodes) => plan.Requirements.Count(r => nodes.Contains(r.Node));

    /// <summary>The heat map's columns: the competences some requirement asks for on the analysis' date, in the plan's order.</summary>
    private static IEnumerable<CompetenceId> Required(GapAnalysis analysis) =>
        analysis.Plan.Competences.Where(c => !analysis.LevelSets.LevelsOf(c.Id).IsEmpty).Select(c => c.Id);

    private static ImmutableArray<GoalTable> GoalTablesOf(CompetencePlan plan, GapsView gaps)
    {
        var required = gaps.Lines.Where(x => x.Figures.Amount > PositionShare.Zero).ToList();
        var tables = plan.Goals.Select(g => new GoalTable(g, [.. required.Where(x => x.Goals.Contains(g.Id))])).ToList();
        if (required.Any(x => x.Goals.IsEmpty))
        {
            tables.Add(new GoalTable(null, [.. required.Where(x => x.Goals.IsEmpty)]));
        }

        return [.. tables];
    }

    private static ImmutableArray<GapOutlook> OutlookOf(CompetencePlan plan, LocalDate asOf, NodeId scope)
    {
        var dates = Enumerable.Range(0, OutlookYears).Select(y => asOf.PlusYears(y)).ToList();
        var projection = PlanCoverage.Project(plan, dates);
        static PositionShare Sum(IEnumerable<NetFigures> net, Func<NetFigures, PositionShare> pick) => net.Aggregate(PositionShare.Zero, (sum, n) => sum + pick(n));
        return [.. dates.Select((date, i) =>
        {
            var (without, with) = (projection[i].Key.NetOf(scope).Values, projection[i].Value.NetOf(scope).Values);
            return new GapOutlook(date, Sum(without, n => n.Develop), Sum(with, n => n.Develop), Sum(without, n => n.Acquire), Sum(with, n => n.Acquire));
        })];
    }

    private static EvaluationView EvaluationOf(CompetencePlan plan, LocalDate asOf, NodeId scope, HashSet<NodeId> nodes, EvaluationData data, PlanGlossary glossary)
    {
        var evaluations = data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, plan.Organisation)).Where(e => nodes.Contains(e.Node));
        return EvaluationView.Create(plan, asOf, scope, data.Indicators, evaluations, detail: false, [], glossary);
    }

    private static WheelDrawing DrawingOf(AnnualWheel wheel, LocalDate asOf, out ImmutableArray<WheelOccurrence> occurrences)
    {
        var year = asOf.Year;
        occurrences = wheel.Occurrences(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
        return WheelDrawing.Create(wheel, year, occurrences);
    }

    private static ImmutableArray<WheelOccurrence> UpcomingOf(CompetencePlan plan, AnnualWheel wheel, LocalDate asOf, ImmutableArray<WheelOccurrence> occurrences)
    {
        // Renewal reminders name people; a report shown at the regional meeting lists only the organisation's deadlines.
        var deadlines = wheel.Reminders(plan, new DateInterval(asOf, asOf.PlusMonths(6))).Where(o => o.Kind != OccurrenceKind.Renewal);
        return [.. occurrences.Concat(deadlines).Where(o => o.Date >= asOf).OrderBy(o => o.Date).ThenBy(o => o.Activity.Id, StringComparer.Ordinal).Take(UpcomingCount)];
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Report view of {Glossary.Name.Norwegian} as of {TextSummary.Date(AsOf)} ({Scope}{(IsRegional ? ", regional" : string.Empty)})";
}
