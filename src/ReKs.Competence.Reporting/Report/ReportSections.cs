namespace ReKs.Competence.Reporting;

/// <summary>The sections of the HTML report, in the order they are printed. Add a section with one line here.</summary>
internal static class ReportSections
{
    public static IReadOnlyList<IReportSection> All { get; } =
    [
        new OverviewSection(),
        new GoalTablesSection(),
        new LaiGridSection(),
        new MeasuresSection(),
        new BudgetSection(),
        new GapHeatMapSection(),
        new RegionalSection(),
        new WheelSection(),
        new IndicatorSection(),
    ];

    /// <summary>Gets the sections of the regional report (<c>--regional</c>): only what is drawn from the privacy-safe
    /// export (the heat map and the regional view with its sharing suggestions) and the annual wheel, which carries no
    /// person-derived figure. The overview, the goal tables (a node's own lines) and the indicators are not drawn from
    /// the export, so they stay in the municipality's own report.</summary>
    public static IReadOnlyList<IReportSection> Regional { get; } =
    [
        new GapHeatMapSection(),
        new RegionalSection(),
        new WheelSection(),
    ];
}
