using ReKs.Competence.Model;
using ReKs.Competence.Reporting;
using ReKs.Competence.Views;

namespace ReKs.Competence.Interactive;

/// <summary>The views, rendered by the Reporting library's fragments (the report's renderer): one self-contained <c>div</c> each.</summary>
internal static partial class ReksHtml
{
    /// <summary>Renders a view of gaps.</summary>
    public static string Gaps(GapsView view, Language language) => HtmlFragments.Gaps(view, language);

    /// <summary>Renders a regional view: only what its export publishes.</summary>
    public static string Regional(RegionalView view, Language language) => HtmlFragments.Regional(view, language);

    /// <summary>Renders a view of the mapping.</summary>
    public static string Inventory(InventoryView view, Language language) => HtmlFragments.Inventory(view, language);

    /// <summary>Renders a view of the wheel.</summary>
    public static string Wheel(WheelView view, Language language) => HtmlFragments.Wheel(view, language);

    /// <summary>Renders a view of evaluations.</summary>
    public static string Evaluation(EvaluationView view, Language language) => HtmlFragments.Evaluation(view, language);
}
