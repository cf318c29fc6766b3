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

    // A schema's $id may be registered once per process: each output schema is loaded once, here.
    private static readonly Dictionary<string, Json.Schema.JsonSchema> OutputSchemas = new[] { "gaps", "regional", "inventory", "evaluation", "wheel" }
        .ToDictionary(n => $"{n}.output.schema.json", n => Schemas.Load($"{n}.output.schema.json"));

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
            (ViewDocument.WriteString(GapsView.Create(analysis, root)), "reks.gaps", 2),
            (ViewDocument.WriteString(RegionalView.Create(analysis, RegionalExport.Create(analysis, root))), "reks.gaps.regional", 3),
            (ViewDocument.WriteString(InventoryView.Create(Gjovik, CompetenceInventory.Compute(Gjovik, AsOf), root)), "reks.inventory", 2),
            (ViewDocument.WriteString(WheelView.Create(Gjovik, AnnualWheel.ReksTemplate, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)))), "reks.wheel", 2),
        };
        foreach (var (json, format, version) in outputs)
        {
            Assert.StartsWith($"{{\n  \"format\": \"{format}\",\n  \"version\": {version},\n", json, StringComparison.Ordinal);
            Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_EveryView_IsTheUtf8OfWriteString_WithoutAByteOrderMark()
    {
        // One name means one thing (API review decision 4): Write gives UTF-8 bytes as the documents' Write does, WriteString the text.
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        var root = Gjovik.Organisation.Root.Id;
        var gaps = GapsView.Create(analysis, root);
        var regional = RegionalView.Create(analysis, RegionalExport.Create(analysis, root));
        var inventory = InventoryView.Create(Gjovik, CompetenceInventory.Compute(Gjovik, AsOf), root);
        var wheel = WheelView.Create(Gjovik, AnnualWheel.ReksTemplate, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));
        var pairs = new (byte[] Bytes, string Text)[]
        {
            (ViewDocument.Write(gaps), ViewDocument.WriteString(gaps)),
            (ViewDocument.Write(regional), ViewDocument.WriteString(regional)),
            (ViewDocument.Write(inventory), ViewDocument.WriteString(inventory)),
            (ViewDocument.Write(wheel), ViewDocument.WriteString(wheel)),
        };
        foreach (var (bytes, text) in pairs)
        {
            Assert.Equal((byte)'{', bytes[0]);
            Assert.Equal(text, System.Text.Encoding.UTF8.GetString(bytes));
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
        var json = Root(ViewDocument.WriteString(view));
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
        var cells = Root(ViewDocument.WriteString(RegionalView.Create(analysis, export))).GetProperty("cells").EnumerateArray().ToList();
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
        // The kind is the occurrence's own (OccurrenceKind), never read from an id.
        Assert.All(view.Reminders, r => Assert.Equal(r.Occurrence.Kind switch
        {
            OccurrenceKind.Renewal => ReminderKind.Renewal,
            OccurrenceKind.Session => ReminderKind.Session,
            OccurrenceKind.Evaluation => ReminderKind.Evaluation,
            _ => ReminderKind.Deadline,
        }, r.Kind));
        var reminders = Root(ViewDocument.WriteString(view)).GetProperty("reminders").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "renewal", "deadline", "session", "evaluation" }, reminders);
    }

    [Fact]
    public void Write_SameView_SameText()
    {
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        Assert.Equal(ViewDocument.WriteString(GapsView.Create(analysis, Gjovik.Organisation.Root.Id)), ViewDocument.WriteString(GapsView.Create(GapAnalyzer.Analyse(Gjovik, AsOf), Gjovik.Organisation.Root.Id)));
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

    [Theory]
    [InlineData("gaps.output.schema.json", GapsView.FormatName, GapsView.FormatVersion)]
    [InlineData("regional.output.schema.json", RegionalView.FormatName, RegionalView.FormatVersion)]
    [InlineData("inventory.output.schema.json", InventoryView.FormatName, InventoryView.FormatVersion)]
    [InlineData("evaluation.output.schema.json", EvaluationView.FormatName, EvaluationView.FormatVersion)]
    [InlineData("wheel.output.schema.json", WheelView.FormatName, WheelView.FormatVersion)]
    [InlineData("plan.output.schema.json", PlanView.FormatName, PlanView.FormatVersion)]
    public void PublishedSchema_NamesTheFormatAndVersionTheLibraryWrites(string schema, string format, int version)
    {
        // The schemas are generated from the transfer objects (OutputSchemaTests) and checked in ajv against the golden
        // outputs (tests/schema); this keeps their format and version in step with the views as a reader sees them.
        var root = Root(File.ReadAllText(Repo.Path("docs", schema)));
        Assert.Equal(format, root.GetProperty("properties").GetProperty("format").GetProperty("const").GetString());
        Assert.Equal(version, root.GetProperty("properties").GetProperty("version").GetProperty("const").GetInt32());
        Assert.Equal($"urn:reks-competence:{format}:{version}", root.GetProperty("$id").GetString());
    }

    [Fact]
    public void PublishedSchemas_AcceptWhatTheLibraryWritesForTheBundledExample()
    {
        // Every output of the Gjøvik-region example, each view at the root and at a municipality, against its schema
        // (ajv checks the same schemas against the CLI's golden files in tests/schema).
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        var data = EvaluationDocument.Parse(File.ReadAllText(Repo.Path("docs", "examples", "gjovik-region.evaluation.json")), Gjovik).GetValueOrThrow();
        var outputs = new List<(string Schema, string Json)>();
        foreach (var scope in new[] { Gjovik.Organisation.Root.Id, new NodeId("gjovik") })
        {
            var evaluations = data.Indicators.SelectMany(i => Competence.Evaluation.Evaluator.EvaluateAll(data, i.Id, Gjovik.Organisation)).ToList();
            outputs.Add(("gaps.output.schema.json", ViewDocument.WriteString(GapsView.Create(analysis, scope))));
            outputs.Add(("regional.output.schema.json", ViewDocument.WriteString(RegionalView.Create(analysis, RegionalExport.Create(analysis, scope)))));
            outputs.Add(("inventory.output.schema.json", ViewDocument.WriteString(InventoryView.Create(Gjovik, CompetenceInventory.Compute(Gjovik, AsOf), scope))));
            outputs.Add(("evaluation.output.schema.json", ViewDocument.WriteString(EvaluationView.Create(Gjovik, AsOf, scope, data.Indicators, evaluations, detail: false, [Competence.Evaluation.HealthEducationShare.Of(Gjovik, scope, AsOf)]))));
            outputs.Add(("evaluation.output.schema.json", ViewDocument.WriteString(EvaluationView.Create(Gjovik, AsOf, scope, [data.Indicators[0]], evaluations.Where(e => e.Indicator == data.Indicators[0]), detail: true, []))));
        }

        outputs.Add(("wheel.output.schema.json", ViewDocument.WriteString(WheelView.Create(Gjovik, AnnualWheel.ReksTemplate, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31))))));
        foreach (var (schema, json) in outputs)
        {
            var result = Schemas.Evaluate(OutputSchemas[schema], json);
            Assert.True(result.IsValid, $"{schema}: {Schemas.Errors(result)}");
        }
    }

    [Fact]
    public void PublishedSchema_RefusesAWithheldCellThatCarriesFigures()
    {
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        var json = ViewDocument.WriteString(RegionalView.Create(analysis, RegionalExport.Create(analysis, Gjovik.Organisation.Root.Id)));
        var at = json.IndexOf("\"withheld\": true", StringComparison.Ordinal);
        Assert.True(at > 0);
        var leaked = json.Insert(at, "\"net\": { \"amount\": 0, \"heads\": 1, \"gap\": 0, \"mobilise\": 0, \"develop\": 0, \"acquire\": 0, \"surplus\": 0, \"shared\": 0 }, ");
        Assert.False(Schemas.Evaluate(OutputSchemas["regional.output.schema.json"], leaked).IsValid);
    }

    [Fact]
    public void ChartName_NamesEveryKindOnceAsQicharts2Does()
    {
        // qicharts2's chart argument (i, mr, xbar, s, p, pp, u, up, c, t, g, run), written as the literature writes them.
        var names = Enum.GetValues<Competence.Evaluation.ChartKind>().Select(EvaluationView.ChartName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("I", EvaluationView.ChartName(Competence.Evaluation.ChartKind.Individuals));
        Assert.Equal("P′", EvaluationView.ChartName(Competence.Evaluation.ChartKind.LaneyProportion));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => EvaluationView.ChartName((Competence.Evaluation.ChartKind)99));
    }
}
