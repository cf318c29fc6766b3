using System.Net;
using Microsoft.DotNet.Interactive.Formatting;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Interactive;

/// <summary>Registers the .NET Interactive formatters of ReKs.Competence's results and views: HTML for a notebook cell, the one-line summary as plain text.</summary>
/// <remarks>
/// <para>HTML comes from the report's renderer (the Reporting library's fragments) applied to the library's views, never
/// from a second renderer: a <see cref="GapAnalysis"/> displays as the view of its whole organisation
/// (<see cref="GapsView"/>); a <see cref="CompetencePlan"/> as the mapping of its staff at the start of its period
/// (<see cref="InventoryView"/>); a <see cref="GapExplanation"/> as its narrative; each view
/// (<see cref="GapsView"/>, <see cref="RegionalView"/>, <see cref="InventoryView"/>, <see cref="WheelView"/>,
/// <see cref="EvaluationView"/>) as its fragment. A <see cref="RegionalView"/> shows only what its export publishes.</para>
/// <para>A result displayed on its own shows its view built from it alone: a <see cref="RegionalExport"/> as
/// <see cref="RegionalView.Create(RegionalExport)"/> (the export keeps its analysis's plan name, date and options); an
/// <see cref="AnnualWheel"/> as <see cref="WheelView.Create(AnnualWheel)"/> (the wheel's own year, no plan reminders); an
/// <see cref="IndicatorEvaluation"/> as <see cref="EvaluationView.Create(IndicatorEvaluation)"/> (its indicator in
/// detail). A wheel that names no year (<see cref="WheelView.FirstNamedYear"/>, the ReKs template for one) and an
/// evaluation of an empty series have nothing to date: they display as their one-line summary with what to display
/// instead. Small values (a line, net figures, an occurrence, an effect, the coverage) display as their summary.</para>
/// <para>Plain text is always <see cref="object.ToString"/>, the culture-invariant one-line summary.</para>
/// <para>A notebook needs no call: loading the package with <c>#r "nuget: ReKs.Competence.Interactive"</c> runs its
/// kernel extension, which calls <see cref="Register()"/>. Call <see cref="Register(Language)"/> to switch the language.</para>
/// </remarks>
/// <threadsafety>Registration changes .NET Interactive's process-wide formatter table; call it from one thread (a notebook
/// cell). The formatters themselves are pure functions of the value and safe to run concurrently.</threadsafety>
public static class ReksFormatters
{
    /// <summary>Registers the formatters with English text (the notebooks' language).</summary>
    public static void Register() => Register(Language.English);

    /// <summary>Registers the formatters for a language; registering again replaces the earlier registration.</summary>
    /// <param name="language">The language of headings, labels and narratives.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined language.</exception>
    public static void Register(Language language)
    {
        Guard.Against.EnumOutOfRange(language, nameof(language));
        Html<CompetencePlan>(p => ReksHtml.Plan(p, language));
        Html<GapAnalysis>(a => ReksHtml.Analysis(a, language));
        Html<GapExplanation>(e => ReksHtml.Explanation(e, language));
        Html<GapsView>(v => ReksHtml.Gaps(v, language));
        Html<RegionalView>(v => ReksHtml.Regional(v, language));
        Html<InventoryView>(v => ReksHtml.Inventory(v, language));
        Html<WheelView>(v => ReksHtml.Wheel(v, language));
        Html<EvaluationView>(v => ReksHtml.Evaluation(v, language));
        Html<RegionalExport>(e => ReksHtml.Regional(e, language));
        Html<AnnualWheel>(w => ReksHtml.Wheel(w, language));
        Html<WheelOccurrence>(ReksHtml.Summary);
        Html<IndicatorEvaluation>(e => ReksHtml.Evaluation(e, language));
        Html<GapLine>(ReksHtml.Summary);
        Html<NetFigures>(ReksHtml.Summary);
        Html<NetLine>(ReksHtml.Summary);
        Html<EffectEstimate>(ReksHtml.Summary);
        Html<Planning.PlanCoverage>(ReksHtml.Summary);
    }

    /// <summary>Gets the types that have formatters, for the tests and the documentation.</summary>
    internal static IReadOnlyList<Type> Types { get; } =
    [
        typeof(CompetencePlan), typeof(GapAnalysis), typeof(GapExplanation), typeof(GapsView), typeof(RegionalView), typeof(InventoryView),
        typeof(WheelView), typeof(EvaluationView), typeof(RegionalExport), typeof(AnnualWheel), typeof(WheelOccurrence), typeof(IndicatorEvaluation),
        typeof(GapLine), typeof(NetFigures), typeof(NetLine), typeof(EffectEstimate), typeof(Planning.PlanCoverage),
    ];

    private static void Html<T>(Func<T, string> html)
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);
        Formatter.Register<T>((value, writer) => writer.Write(value?.ToString()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
