using System.Text.Json;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>The JSON outputs the library writes from views (issue 13, "Views, not verbs"): versioned, deterministic,
/// and agreeing with the core results they were built from.</summary>
public class ViewDocumentTests
{
    private static readonly CompetencePlan Gjovik = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    private static JsonElement Root(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Write_EveryView_StartsWithFormatAndVersionAndEndsInANewline()
    {
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        var root = Gjovik.Organisation.Root.Id;
        var outputs = new (string Json, string Format, int Version)[]
        {
            (ViewDocument.Write(GapsView.Create(analysis, root)), "reks.gaps", 2),
            (ViewDocument.Write(RegionalView.Create(analysis, RegionalExport.Create(analysis, root))), "reks.gaps.regional", 3),
            (ViewDocument.Write(InventoryView.Create(Gjovik, CompetenceInventory.Compute(Gjovik, AsOf), root)), "reks.inventory", 2),
            (ViewDocument.Write(WheelView.Create(Gjovik, AnnualWheel.ReksTemplate, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)))), "reks.wheel", 1),
        };
        foreach (var (json, format, version) in outputs)
        {
            Assert.StartsWith($"{{\n  \"format\": \"{format}\",\n  \"version\": {version},\n", json, StringComparison.Ordinal);
            Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GapsView_OfASubtree_HoldsOnlyItsNodesAndConservesTheGap()
    {
        // Gjøvik municipality in the bundled example: every line and net row is in its sub-tree, gap = mobilise + develop + acquire.
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        var scope = new NodeId("gjovik");
        var view = GapsView.Create(analysis, scope);
        var nodes = Gjovik.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        Assert.NotEmpty(view.Lines);
        Assert.All(view.Lines, l => Assert.Contains(l.Node, nodes));
        Assert.All(view.Net, n => Assert.Contains(n.Node, nodes));
        Assert.Equal(analysis.Lines.Count(l => nodes.Contains(l.Node)), view.Lines.Length);
        var json = Root(ViewDocument.Write(view));
        Assert.Equal("gjovik", json.GetProperty("scope").GetString());
        Assert.Equal("percent of a full position", json.GetProperty("unit").GetString());
        foreach (var line in json.GetProperty("lines").EnumerateArray())
        {
            Assert.Equal(line.GetProperty("gap").GetDecimal(), line.GetProperty("mobilise").GetDecimal() + line.GetProperty("develop").GetDecimal() + line.GetProperty("acquire").GetDecimal());
        }
    }

    [Fact]
    public void GapsView_UnknownScope_IsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => GapsView.Create(GapAnalyzer.Analyse(Gjovik, AsOf), new NodeId("atlantis")));

    [Fact]
    public void RegionalJson_WithheldCell_CarriesOnlyItsAmount()
    {
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        var export = RegionalExport.Create(analysis, Gjovik.Organisation.Root.Id);
        var cells = Root(ViewDocument.Write(RegionalView.Create(analysis, export))).GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(export.Cells.Length, cells.Count);
        Assert.Contains(cells, c => c.GetProperty("withheld").GetBoolean());
        foreach (var c in cells.Where(c => c.GetProperty("withheld").GetBoolean()))
        {
            Assert.False(c.TryGetProperty("partial", out _));
            Assert.False(c.TryGetProperty("net", out _));
        }
    }

    [Fact]
    public void WheelView_RemindersSayWhatTheyRemindOf()
    {
        var year = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
        var view = WheelView.Create(Gjovik, AnnualWheel.ReksTemplate, year);
        Assert.Equal(AnnualWheel.ReksTemplate.Reminders(Gjovik, year).Length, view.Reminders.Length);
        Assert.All(view.Reminders, r => Assert.Equal(r.Occurrence.Activity.Id.StartsWith("renew-", StringComparison.Ordinal) ? ReminderKind.Renewal : ReminderKind.Deadline, r.Kind));
        var reminders = Root(ViewDocument.Write(view)).GetProperty("reminders").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "renewal", "deadline" }, reminders);
    }

    [Fact]
    public void Write_SameView_SameText()
    {
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        Assert.Equal(ViewDocument.Write(GapsView.Create(analysis, Gjovik.Organisation.Root.Id)), ViewDocument.Write(GapsView.Create(GapAnalyzer.Analyse(Gjovik, AsOf), Gjovik.Organisation.Root.Id)));
    }

    [Theory]
    [InlineData("gjovik-region.json", DocumentKind.Plan)]
    [InlineData("bodo-hverdagsrehabilitering.json", DocumentKind.Plan)]
    [InlineData("reks-wheel.json", DocumentKind.Wheel)]
    [InlineData("bodo-training-wheel.json", DocumentKind.Wheel)]
    [InlineData("gjovik-region.evaluation.json", DocumentKind.Evaluation)]
    public void Detect_BundledExamples_TellsTheirKind(string example, DocumentKind kind) =>
        Assert.Equal(kind, DocumentKinds.Detect(File.ReadAllBytes(Repo.Path("docs", "examples", example))));

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"schemaVersion\": 1, \"activities\": [ { \"unterminated")]
    [InlineData("{ \"schemaVersion\": 1, \"name\": {} }")]
    public void Detect_NotADocumentOrCutShort_DecidesWithoutThrowing(string text)
    {
        var kind = DocumentKinds.Detect(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(text.Contains("activities", StringComparison.Ordinal) ? DocumentKind.Wheel : DocumentKind.Plan, kind);
    }
}
