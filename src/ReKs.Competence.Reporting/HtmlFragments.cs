using System.Text;
using System.Text.RegularExpressions;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>Writes a view as a self-contained HTML fragment for a notebook cell or a web page: one <c>div</c> carrying
/// its own style (every rule scoped to the fragment, so it neither leaks into nor borrows from the page), tables with
/// numbers right-aligned, and drawings as inline SVG (the annual wheel, the run and control charts). No script, no
/// external request.</summary>
/// <remarks>Every text from the plan is HTML-encoded. The same view and language give the same fragment.</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static partial class HtmlFragments
{
    /// <summary>Writes the gap analysis: a figure of the scope's needs per competence (stacked bars of mobilise, develop
    /// and acquire, drawn as inline SVG), then its lines, the net view of the scope's node, the sharing suggestions and the unrequired competence.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Gaps(GapsView view, Language language)
    {
        Guard.Against.Null(view, nameof(view));
        Languages.Checked(language);
        var map = GapHeatMap.Of(view);
        var figure = map.Competences.IsEmpty ? string.Empty : FigureSvg.Needs(map, map.Nodes.IndexOf(view.Scope), view.Glossary, language) + "\n";
        return Fragment("gaps", language, figure + GapsText.Of(view, language).Html());
    }

    /// <summary>Writes the privacy-safe regional view: the gap heat map drawn from the export as inline SVG (a withheld
    /// cell drawn as withheld, with its requirement and never a person-derived figure), then the published cells, withheld
    /// cells marked, and the sharing between published units.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Regional(RegionalView view, Language language)
    {
        Guard.Against.Null(view, nameof(view));
        Languages.Checked(language);
        var map = GapHeatMap.Of(view);
        var figure = map.Competences.IsEmpty ? string.Empty : FigureSvg.HeatMap(map, view.Glossary, language) + "\n";
        return Fragment("regional", language, figure + GapsText.Of(view, language).Html());
    }

    /// <summary>Writes the competence mapping: a figure of the scope's coverage per competence (the people who hold it,
    /// used and unused, against the people in post, as inline SVG), then people per node, holdings per competence and
    /// level, Lai's grid, staffing and the sources that disagree.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Inventory(InventoryView view, Language language)
    {
        Guard.Against.Null(view, nameof(view));
        Languages.Checked(language);
        return Fragment("inventory", language, FigureSvg.Coverage(view, language) + "\n" + InventoryText.Of(view, language).Html());
    }

    /// <summary>Writes the evaluation: the tables, then each indicator's run or control chart per node as inline SVG
    /// (the MR or S chart beside it), with the verdict, the signals and the warnings.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Evaluation(EvaluationView view, Language language)
    {
        Guard.Against.Null(view, nameof(view));
        Languages.Checked(language);
        var sb = new StringBuilder(EvaluationText.Of(view, language, []).Html());
        var charts = 0;
        foreach (var indicator in view.Indicators)
        {
            var evaluations = view.EvaluationsOf(indicator).ToList();
            if (evaluations.Count == 0)
            {
                continue;
            }

            sb.Append("<h3>").Append(Html.Encode(indicator.Name.In(language))).Append("</h3>\n");
            sb.Append(IndicatorSection.Figures(evaluations, language, e => view.Glossary.NodeName(e.Node, language), ref charts)).Append('\n');
        }

        return Fragment("evaluation", language, sb.ToString());
    }

    /// <summary>Writes the annual wheel: the wheel of the window's first year drawn as inline SVG (period arcs, rings,
    /// numbered activity dots), then the activities and the plan's reminders as tables.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Wheel(WheelView view, Language language)
    {
        Guard.Against.Null(view, nameof(view));
        Languages.Checked(language);
        var drawing = WheelDrawing.Create(view);
        var sb = new StringBuilder();
        sb.Append(WheelSection.Svg(drawing, null, language));
        sb.Append("<ol class=\"wheel-list\">\n");
        foreach (var a in drawing.Activities)
        {
            sb.Append("<li>").Append(Html.Encode($"{a.Activity.Name.In(language)} ({language.Category(a.Activity.Category)})")).Append("</li>\n");
        }

        sb.Append("</ol>\n").Append(WheelText.Of(view, language).Html());
        return Fragment("wheel", language, sb.ToString());
    }

    /// <summary>Writes a line's explanation: its narrative, one paragraph a sentence, every text encoded.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Explanation(Gaps.GapExplanation explanation, Language language)
    {
        Guard.Against.Null(explanation, nameof(explanation));
        Languages.Checked(language);
        var sb = new StringBuilder();
        foreach (var sentence in explanation.Narrative(language).Split(Environment.NewLine))
        {
            sb.Append("<p>").Append(Html.Encode(sentence)).Append("</p>\n");
        }

        return Fragment("explanation", language, sb.ToString());
    }

    /// <summary>Wraps a fragment's body in its <c>div</c> with the scoped style.</summary>
    private static string Fragment(string kind, Language language, string body) =>
        $"<div class=\"reks-fragment reks-{kind}\" lang=\"{(language == Language.English ? "en" : "nb")}\">\n<style>\n{Style}</style>\n{body}</div>\n";

    /// <summary>The fragment's own style: every rule of the report's tables, wheel and charts, scoped to <c>.reks-fragment</c>.</summary>
    private static readonly string Style = Scope(".reks-fragment", """
        div { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #1d2733; line-height: 1.45; }
        table { border-collapse: collapse; font-size: .88rem; margin: 0 0 1rem; }
        th, td { padding: 3px 8px; border-bottom: 1px solid #d5dbe1; text-align: left; vertical-align: middle; }
        th { background: #f3f5f7; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        h2 { font-size: 1.3rem; margin: .4rem 0 .6rem; } h3 { font-size: 1.1rem; margin: 1rem 0 .4rem; } h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
        .note { color: #5b6876; font-size: .88rem; }
        figure { margin: 0 0 1rem; }
        .warning { color: #9b2c2c; }
        """ + WheelSvg.Css + ChartSvg.Css + FigureSvg.Css);

    /// <summary>Prefixes every selector of one-line CSS rules with <paramref name="scope"/> (a <c>div</c> rule styles the fragment itself).</summary>
    private static string Scope(string scope, string css) =>
        Rule().Replace(css, m => string.Join(", ", m.Groups[1].Value.Split(',').Select(s => s.Trim()).Select(s => s == "div" ? scope : $"{scope} {s}")) + " {" + m.Groups[2].Value + "}");

    [GeneratedRegex(@"([^{}\n][^{}]*?)\s*\{([^}]*)\}")]
    private static partial Regex Rule();
}
