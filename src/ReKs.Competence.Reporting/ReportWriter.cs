using ReKs.Competence.Gaps;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>Writes the competence report as one self-contained HTML file: inline CSS and SVG, no scripts, no external
/// requests (a Content-Security-Policy forbids them), laid out for the screen and for printing on A4.</summary>
/// <remarks>The report renders a <see cref="ReportView"/> built from the request: the regional report
/// (<see cref="ReportRequest.Regional"/>) has only the sections drawn from the privacy-safe export and the annual wheel.
/// The same request gives the same bytes: the report has no time stamp and no machine path (the footer names
/// <see cref="ReportRequest.Source"/> as given).</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class ReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="request">What to show.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static string Write(ReportRequest request)
    {
        Guard.Against.Null(request, nameof(request));
        var analysis = GapAnalyzer.Analyse(request.Plan, request.AsOf, new GapOptions(minGroupSize: request.MinGroupSize ?? GapOptions.Default.MinGroupSize));
        var view = request.Regional
            ? ReportView.CreateRegional(analysis, request.Scope, request.Wheel)
            : ReportView.Create(analysis, request.Scope, request.Wheel, request.Evaluation);
        return HtmlReport.Render(new ReportContext(view, request.Language, request.Source), request.Regional ? ReportSections.Regional : ReportSections.All);
    }
}
