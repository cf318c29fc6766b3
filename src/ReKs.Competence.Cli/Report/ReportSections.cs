namespace ReKs.Competence.Cli.Report;

/// <summary>The sections of the HTML report, in the order they are printed. Add a section with one line here.</summary>
internal static class ReportSections
{
    public static IReadOnlyList<IReportSection> All { get; } =
    [
        new OverviewSection(),
        new GoalTablesSection(),
        new GapHeatMapSection(),
        new RegionalSection(),
        new WheelSection(),
        new IndicatorSection(),
    ];
}
