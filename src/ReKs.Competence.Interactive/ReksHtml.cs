using System.Net;
using System.Text;
using ReKs.Competence.Gaps;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
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

    /// <summary>Renders an explanation as its narrative, one paragraph a sentence, encoded.</summary>
    public static string Explanation(GapExplanation explanation, Language language)
    {
        var html = new StringBuilder().Append("<div class=\"reks-explanation\" lang=\"").Append(language == Language.English ? "en" : "nb").Append("\">");
        foreach (var sentence in explanation.Narrative(language).Split(Environment.NewLine))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(sentence)).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>Renders a value as its one-line summary, encoded.</summary>
    public static string Summary<T>(T value) =>
        $"<div class=\"reks-summary\"><code>{WebUtility.HtmlEncode(value?.ToString())}</code></div>";
}
