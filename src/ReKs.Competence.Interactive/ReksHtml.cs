using System.Net;
using ReKs.Competence.Gaps;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
using ReKs.Competence.Reporting;
using ReKs.Competence.Views;

namespace ReKs.Competence.Interactive;

/// <summary>The HTML of each formatter: the library's view of a result, rendered by the report's fragments.</summary>
internal static partial class ReksHtml
{
    /// <summary>Renders a plan as the mapping of its staff at the start of its period; a plan without a period as its summary.</summary>
    public static string Plan(CompetencePlan plan, Language language) => plan.Period is { } period
        ? Inventory(InventoryView.Create(plan, CompetenceInventory.Compute(plan, period.Start), plan.Organisation.Root.Id), language)
        : Summary(plan);

    /// <summary>Renders an analysis as the view of its whole organisation.</summary>
    public static string Analysis(GapAnalysis analysis, Language language) => Gaps(GapsView.Create(analysis, analysis.Organisation.Root.Id), language);

    /// <summary>Renders an explanation as the report library's explanation fragment.</summary>
    public static string Explanation(GapExplanation explanation, Language language) => HtmlFragments.Explanation(explanation, language);

    /// <summary>Renders a value as its one-line summary, encoded.</summary>
    public static string Summary<T>(T value) =>
        $"<div class=\"reks-summary\"><code>{WebUtility.HtmlEncode(value?.ToString())}</code></div>";

    /// <summary>Renders a value as its one-line summary with a note on what to display instead, both encoded.</summary>
    public static string Summary<T>(T value, string note) =>
        $"<div class=\"reks-summary\"><code>{WebUtility.HtmlEncode(value?.ToString())}</code><p>{WebUtility.HtmlEncode(note)}</p></div>";
}
