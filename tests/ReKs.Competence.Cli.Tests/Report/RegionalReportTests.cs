using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli.Tests.Report;

/// <summary>
/// Attacks the regional report (<c>reks report --regional</c>) as a reader of the HTML would: every number the heat map
/// and the regional view print must follow from the export's published cells (figures, amounts, levels, and sums of
/// published cells), so no withheld cell's person-derived figure is printed or recoverable from what is printed.
/// </summary>
public partial class RegionalReportTests
{
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    public static TheoryData<string, string> Examples => new()
    {
        { "gjovik-region.json", "en" },
        { "gjovik-region.json", "nb" },
        { "bodo-hverdagsrehabilitering.json", "en" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void RegionalReport_EveryPrintedNumber_FollowsFromPublishedCells(string example, string lang)
    {
        var (_, export) = Export(example);
        var html = Report(example, "--regional", "--lang", lang);
        var allowed = Allowed(export);
        foreach (var section in new[] { "heatmap", "regional" })
        {
            var stray = Numbers(Section(html, section)).Where(n => !allowed.Contains(n)).Distinct().ToList();
            Assert.True(stray.Count == 0, $"{example} ({lang}): the {section} section prints numbers no published cell gives: {string.Join(", ", stray)}");
        }
    }

    [Fact]
    public void RegionalReport_TheSameAttackOnTheMunicipalityReport_FindsWithheldFigures()
    {
        // The attack has teeth: the municipality's own report (not regional) may show its own figures, and the same
        // check finds numbers there that the export withholds.
        var (_, export) = Export("gjovik-region.json");
        var html = Report("gjovik-region.json", "--lang", "en");
        Assert.Contains(Numbers(Section(html, "heatmap")), n => !Allowed(export).Contains(n));
    }

    [Theory]
    [InlineData("en", "withheld for privacy")]
    [InlineData("nb", "skjermet av personvernhensyn")]
    public void RegionalReport_WithheldCells_SayOnlyThatTheyAreWithheld(string lang, string label)
    {
        var (analysis, export) = Export("gjovik-region.json");
        var html = Report("gjovik-region.json", "--regional", "--lang", lang);
        var rows = Rows().Matches(Section(html, "regional")).ToDictionary(m => (m.Groups[1].Value, m.Groups[2].Value), m => m.Groups[3].Value);
        var depth = analysis.Organisation.DepthOf(export.Root);
        var shown = export.Cells.Where(c => analysis.Organisation.DepthOf(c.Node) <= depth + 1).ToList();
        Assert.Contains(shown, c => c.Withheld);
        foreach (var cell in shown)
        {
            var row = rows[(cell.Node.Value, $"{cell.Key.Competence.Value}:{cell.Key.Level.Value}")];
            if (cell.Withheld)
            {
                Assert.Contains(label, row, StringComparison.Ordinal);
                Assert.Equal([cell.Key.Level.Value.ToString(CultureInfo.InvariantCulture), Py(cell.Amount)], Numbers(row));
            }
            else
            {
                Assert.DoesNotContain(label, row, StringComparison.Ordinal);
                Assert.Contains(cell.Figures!.Value.People.ToString(CultureInfo.InvariantCulture), Numbers(row));
            }
        }

        Assert.DoesNotContain("small group", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("liten gruppe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("class=\"h-withheld\"", Section(html, "heatmap"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nb")]
    public void RegionalReport_Table_ShowsTheColumnsAndFiguresOfGapsRegional(string lang)
    {
        // One table, two writers: the report's regional rows are reks gaps --regional's rows (person-years, surplus
        // included), a withheld row showing its requirement and then only that it is withheld.
        var (exit, markdown, error) = CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--regional", "--format", "markdown", "--lang", lang, "--as-of", "2026-09-01");
        Assert.True(exit == 0, error);
        var table = markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Select(line => line.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray()).ToList();
        var headers = table[0];
        var cells = table.Skip(1).ToDictionary(row => (row[0], row[1], row[2]));
        var section = Section(Report("gjovik-region.json", "--regional", "--lang", lang), "regional");

        Assert.Equal(headers[..^1], HeaderCell().Matches(section).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        var rows = Rows().Matches(section).Select(m => DataCell().Matches(m.Groups[3].Value).Select(td => WebUtility.HtmlDecode(td.Groups[1].Value)).ToArray()).ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, row => row.Length == 5);
        foreach (var row in rows)
        {
            var text = cells[(row[0], row[1], row[2])];
            Assert.Equal(row.Length == 5 ? [.. text[..4], text[^1]] : text[..^1], row);
        }
    }

    [Fact]
    public void RegionalReport_HasOnlyWhatIsDrawnFromTheExport()
    {
        var html = Report("gjovik-region.json", "--regional");
        Assert.Contains("data-sections=\"heatmap regional wheel\"", html, StringComparison.Ordinal);
        foreach (var absent in new[] { "overview", "goals", "indicators" })
        {
            Assert.DoesNotContain($"<section id=\"{absent}\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RegionalReport_SharingSuggestions_OnlyBetweenPublishedCells()
    {
        var (_, export) = Export("gjovik-region.json");
        var suggestions = export.SharingSuggestions(export.Root);
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            Assert.False(export.CellOf(s.From, s.Key)!.Withheld);
            Assert.False(export.CellOf(s.To, s.Key)!.Withheld);
        });
    }

    private static (GapAnalysis Analysis, RegionalExport Export) Export(string example)
    {
        using var stream = File.OpenRead(CliRunner.Example(example));
        var read = PlanDocument.Read(stream);
        Assert.True(read.IsValid);
        var analysis = GapAnalyzer.Analyse(read.Value!, AsOf);
        return (analysis, RegionalExport.Create(analysis, analysis.Organisation.Root.Id));
    }

    private static string Report(string example, params string[] extra)
    {
        var (exit, html, error) = CliRunner.Run(["report", CliRunner.Example(example), "--as-of", "2026-09-01", .. extra]);
        Assert.True(exit == 0, error);
        return html;
    }

    /// <summary>Every number the export lets a reader know: the minimum group size, levels, amounts (and their sums per
    /// node and competence), every figure of a published cell, the heat map's sums over a node's published levels, and
    /// the sharing suggestions (drawn from published cells).</summary>
    private static HashSet<string> Allowed(RegionalExport export)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "0", N(export.MinGroupSize) };
        foreach (var cell in export.Cells)
        {
            allowed.Add(N(cell.Key.Level.Value));
            allowed.Add(S(cell.Amount));
            allowed.Add(Py(cell.Amount));
            if (cell.Figures is { } f && cell.Net is { } n)
            {
                foreach (var share in new[] { f.UsedSupply, f.UnusedSupply, f.Developable, f.Gap, f.Mobilise, f.Develop, f.Acquire, f.Surplus, n.Mobilise, n.Develop, n.Acquire, n.Surplus, n.Shared })
                {
                    allowed.Add(S(share));
                    allowed.Add(Py(share));
                }

                allowed.Add(N(f.People));
                allowed.Add(N(f.Heads));
            }
        }

        foreach (var group in export.Cells.GroupBy(c => (c.Node, c.Key.Competence)))
        {
            allowed.Add(S(PositionShare.FromHundredths(group.Sum(c => c.Amount.Hundredths))));
            if (group.All(c => c.Net is not null))
            {
                foreach (var pick in new Func<NetFigures, PositionShare>[] { x => x.Mobilise, x => x.Develop, x => x.Acquire, x => x.Surplus, x => x.Gap })
                {
                    allowed.Add(S(PositionShare.FromHundredths(group.Sum(c => pick(c.Net!.Value).Hundredths))));
                }
            }
        }

        foreach (var s in export.SharingSuggestions(export.Root))
        {
            allowed.Add(S(s.Amount));
            allowed.Add(Py(s.Amount));
        }

        return allowed;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as printed: the heat map's percent of a position and the regional table's person-years (one
    /// decimal; a small non-zero amount as "&lt;0.1"), both of which the reader may see for a published figure.</summary>
    private static string S(PositionShare share) => share.ToString();

    private static string Py(PositionShare share)
    {
        var fte = share.FullTimeEquivalents;
        return fte != 0 && Math.Abs(fte) < 0.05m ? "0.1" : Math.Round(fte, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>The numbers a reader sees in a fragment: its text and its title attributes (styles are layout, not data).</summary>
    private static List<string> Numbers(string fragment)
    {
        var titles = string.Join(' ', Titles().Matches(fragment).Select(m => m.Groups[1].Value));
        var text = Tags().Replace(fragment, " ");
        return [.. Number().Matches(WebUtility.HtmlDecode(text + " " + titles)).Select(m => m.Value.Replace(',', '.'))];
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        var body = html[start..end];
        return body[(body.IndexOf("</h2>", StringComparison.Ordinal) + 5)..];
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("title=\"([^\"]*)\"")]
    private static partial Regex Titles();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex("<th>(.*?)</th>")]
    private static partial Regex HeaderCell();

    [GeneratedRegex("<td[^>]*>(.*?)</td>")]
    private static partial Regex DataCell();

    [GeneratedRegex("<tr data-node=\"([^\"]*)\" data-key=\"([^\"]*)\">(.*?)</tr>")]
    private static partial Regex Rows();
}
