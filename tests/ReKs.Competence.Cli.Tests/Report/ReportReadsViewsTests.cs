using System.Reflection;
using System.Text.RegularExpressions;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Reporting;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli.Tests.Report;

/// <summary>The report reads views only (issue 13, "Views, not verbs": "the report reads the same views; nothing
/// recomputes a fact a view holds"). What a section can reach is its <c>ReportContext</c>, which holds the
/// <see cref="ReportView"/> and exposes nothing but views, ids and words; and no section's source calls a core
/// computation (the analysis, the mapping, the coverage, the budget, the evaluator, the wheel's dating).</summary>
public partial class ReportReadsViewsTests
{
    /// <summary>What a context may expose besides the views: the language, the date, an id, the file's name.</summary>
    private static readonly Type[] Plain = [typeof(Language), typeof(LocalDate), typeof(NodeId), typeof(string)];

    [Fact]
    public void ReportContext_ExposesOnlyViews()
    {
        var context = typeof(ReportWriter).Assembly.GetType("ReKs.Competence.Reporting.ReportContext", throwOnError: true)!;
        var members = context.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (p.Name, Type: p.PropertyType))
            .Concat(context.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (Name: p.Name!, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)))
            .ToList();
        Assert.Contains(members, m => m.Type == typeof(ReportView));
        Assert.All(members, m => Assert.True(
            m.Type.Namespace == typeof(ReportView).Namespace || Plain.Contains(m.Type),
            $"ReportContext.{m.Name} is a {m.Type.FullName}: a section must read views, not core results."));
    }

    [Fact]
    public void EverySection_RendersFromTheContextOnly()
    {
        var section = typeof(ReportWriter).Assembly.GetType("ReKs.Competence.Reporting.IReportSection", throwOnError: true)!;
        var sections = typeof(ReportWriter).Assembly.GetTypes().Where(t => t.IsClass && section.IsAssignableFrom(t)).ToList();
        Assert.True(sections.Count >= 9);
        Assert.All(sections, t =>
        {
            var render = t.GetMethod("Render")!;
            Assert.Equal("ReportContext", Assert.Single(render.GetParameters()).ParameterType.Name);
            Assert.Empty(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)); // no state that could cache a result
        });
    }

    /// <summary>The calls that compute a core result: a section that makes one recomputes what the view holds.</summary>
    [GeneratedRegex(@"\b(GapAnalyzer|CompetenceInventory|PlanCoverage|PlanBudget|Evaluator|RegionalExport|KirkpatrickSummary|MeasureEvaluationPlan)\.[A-Z]\w*\(|\.(NetOf|Occurrences|Reminders|SharingSuggestions|Explain|Until)\(|\bLevelSets\b|\bCompetencePlan\b")]
    private static partial Regex CoreComputation();

    [Fact]
    public void ReportSources_ComputeNothingTheViewHolds()
    {
        var folder = Path.Combine(CliRunner.Root, "src", "ReKs.Competence.Reporting", "Report");
        var files = Directory.GetFiles(folder, "*.cs");
        Assert.Contains(files, f => f.EndsWith("GapHtml.cs", StringComparison.Ordinal));
        var offences = files.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(x => !x.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && CoreComputation().IsMatch(x.Text))
            .Select(x => $"{x.File}:{x.Line}: {x.Text.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }
}
