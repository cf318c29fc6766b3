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

    /// <summary>Renders a regional export as its view: only what it publishes.</summary>
    public static string Regional(Gaps.RegionalExport export, Language language) => Regional(RegionalView.Create(export), language);

    /// <summary>Renders a wheel as its view for its own year; a wheel that names no year as its summary, with what to display instead.</summary>
    public static string Wheel(Wheel.AnnualWheel wheel, Language language) => WheelView.FirstNamedYear(wheel) is null
        ? Summary(wheel, "The wheel names no year: display WheelView.Create(wheel, year) or WheelView.Create(plan, wheel, window).")
        : Wheel(WheelView.Create(wheel), language);

    /// <summary>Renders an evaluation as its view in detail; an evaluation of an empty series as its summary.</summary>
    public static string Evaluation(Evaluation.IndicatorEvaluation evaluation, Language language) => evaluation.Series.Observations.IsEmpty
        ? Summary(evaluation, "The series has no observations, so nothing is charted.")
        : Evaluation(EvaluationView.Create(evaluation), language);
}
