namespace ReKs.Competence.Reporting;

/// <summary>One section of the HTML report: the report lists its sections in <see cref="ReportSections.All"/>,
/// draws a table of contents from their titles, and wraps each one's HTML in <c>&lt;section id="…"&gt;</c>.</summary>
/// <remarks>A section renders a fragment of HTML (no <c>&lt;section&gt;</c> element of its own, no heading: the report
/// writes those), encodes every text it takes from the plan with <see cref="Html.Encode(string?)"/>, and draws charts
/// as inline SVG. It must not refer to anything outside the file: no links to scripts, styles, fonts or images.</remarks>
internal interface IReportSection
{
    /// <summary>Gets the element id of the section (lower-case, hyphenated, unique in the report).</summary>
    string Id { get; }

    /// <summary>Gets the section's heading in Norwegian bokmål.</summary>
    string TitleNb { get; }

    /// <summary>Gets the section's heading in English.</summary>
    string TitleEn { get; }

    /// <summary>Renders the section's content.</summary>
    /// <param name="context">The plan, the date and the language of the report.</param>
    /// <returns>An HTML fragment.</returns>
    string Render(ReportContext context);
}
