namespace ReKs.Competence.Reporting;

/// <summary>Per goal, the Lai table as the seed plans write it: requirements, capital used and unused, needs, phase-out candidates.</summary>
internal sealed class GoalTablesSection : IReportSection
{
    public string Id => "goals";

    public string TitleNb => "Mål: krav, kapital og behov";

    public string TitleEn => "Goals: requirements, capital and needs";

    public string Render(ReportContext context) => GapHtml.GoalTables(context.View.GoalTables, context.Glossary, context.Language);
}

/// <summary>The gap heat-map: nodes × competences, coloured by the dominant need kind, with the amounts (in the regional report, from the export).</summary>
internal sealed class GapHeatMapSection : IReportSection
{
    public string Id => "heatmap";

    public string TitleNb => "Gapkart";

    public string TitleEn => "Gap heat-map";

    public string Render(ReportContext context) => GapHtml.HeatMap(context.View.HeatMap, context.Glossary, context.Language);
}

/// <summary>The regional view drawn from the privacy-safe export, and the suggestions to share experts across municipalities from its published figures.</summary>
internal sealed class RegionalSection : IReportSection
{
    public string Id => "regional";

    public string TitleNb => "Regional visning og deling på tvers";

    public string TitleEn => "Regional view and sharing across";

    public string Render(ReportContext context) => GapHtml.Regional(context.View.Regional, context.Language);
}
