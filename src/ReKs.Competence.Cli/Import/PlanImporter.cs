using System.Text;
using System.Text.Json.Nodes;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli.Import;

/// <summary>The outcome of an import: a valid plan, or every problem.</summary>
internal sealed record ImportResult(CompetencePlan? Plan, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Notes);

/// <summary>Builds a plan document from the flat CSV tables an HR system exports (column mapping: docs/import.md).</summary>
/// <remarks>Each row is read field by field; a bad field is reported with file, line and column and replaced by a
/// placeholder so that the rest of the export is still checked. The assembled document is then validated by
/// <see cref="PlanDocument"/>, and each of its JSON-path problems is traced back to the row and column it came from.
/// A problem already reported at the same place is not repeated.</remarks>
internal static partial class PlanImporter
{
    public const string OrganisationFile = "organisation.csv";
    public const string PeopleFile = "people.csv";
    public const string HoldingsFile = "holdings.csv";
    public const string RequirementsFile = "requirements.csv";
    public const string CompetencesFile = "competences.csv";
    public const string GoalsFile = "goals.csv";

    /// <summary>The most bytes an export's files may add up to unless <c>--max-bytes</c> says otherwise: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Every file the import reads, in reporting order, with its required and optional columns.</summary>
    public static readonly IReadOnlyList<(string File, bool Required, string[] Columns, string[] Optional)> Files =
    [
        (OrganisationFile, true, ["id"], ["parent", "name", "nameEn", "kind"]),
        (CompetencesFile, false, ["id", "name", "components"], ["nameEn", "form", "externalReference", "tags"]),
        (GoalsFile, false, ["id", "name"], ["nameEn", "strategies", "description", "descriptionEn"]),
        (PeopleFile, true, ["id", "node", "positionPercent"], ["positionType", "education", "starts", "leaves"]),
        (HoldingsFile, true, ["person", "competence", "basis", "used"], ["level", "validFrom", "validUntil"]),
        (RequirementsFile, true, ["node", "competence", "minLevel", "amountPercent"], ["goals", "minHeads", "from", "neededBy"]),
        (MeasuresFile, false, ["id", "name", "kind"], [
            "nameEn", "strategies", "goals", "targetCompetences", "participants", "targetPositionTypes", "targetPeople", "capacity", "runs",
            "sessions", "hoursPerParticipant", "prerequisites", "mandatory", "leaderTakesPart", "responsibleRole", "responsibleRoleEn", "status",
            "evaluationDates", "yieldStrategy", "yieldCompetence", "yieldLevel", "yieldNode", "yieldAmountPercent", "yieldPositionType", "yieldBy",
            "costYear", "costDescription", "costDescriptionEn", "costFee", "costHours", "costRate",
            "fundingSource", "fundingYear", "fundingAmount", "fundingStatus", "fundingDeadline"]),
    ];

    /// <summary>Imports the CSV files of a folder, reading each file as a stream.</summary>
    /// <param name="folder">The folder with the export.</param>
    /// <param name="name">The plan's name in Norwegian.</param>
    /// <param name="nameEn">The plan's name in English, if any.</param>
    /// <param name="progress">Called with the fraction of the export read so far (0 to 1).</param>
    /// <param name="maxBytes">The most bytes the files may add up to (<c>--max-bytes</c>); counted while the files are read,
    /// so a file that grows, or a pipe, is held to it too.</param>
    /// <param name="encoding">The files' text encoding (<c>--encoding</c>).</param>
    public static ImportResult Import(DirectoryInfo folder, string name, string? nameEn, Action<double>? progress = null, long maxBytes = DefaultMaxBytes, ExportEncoding encoding = ExportEncoding.Utf8)
    {
        var problems = new List<ImportProblem>();
        long size = 0;
        foreach (var (file, required, _, _) in Files)
        {
            var info = new FileInfo(Path.Combine(folder.FullName, file));
            if (info.Exists)
            {
                size += info.Length;
            }
            else if (required)
            {
                problems.Add(new ImportProblem(file, 0, 0, $"the file is missing from {folder.FullName}; it is required (see docs/import.md)"));
            }
        }

        if (problems.Count > 0)
        {
            return new ImportResult(null, problems, []);
        }

        // A file that is not text in the encoding, or passes the budget, ends the import with that one problem: the rows
        // read up to it are incomplete, and what they would report follows from the wrong encoding or the cut.
        var budget = new ExportBudget(maxBytes);
        var textProblems = new List<ImportProblem>();
        var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        var total = Math.Max(1L, size);
        foreach (var (file, _, columns, optional) in Files)
        {
            var path = Path.Combine(folder.FullName, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var before = budget.Used;
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var text = new ExportTextReader(file, stream, encoding, budget, textProblems);
            var table = CsvTable.Read(file, text, columns, optional, problems, read => progress?.Invoke(0.5 * Math.Min(1.0, (before + read) / (double)total)));
            if (text.Failed)
            {
                return new ImportResult(null, textProblems, []);
            }

            tables[file] = table;
        }

        return Assemble(tables, problems, name, nameEn, progress);
    }

    /// <summary>Imports CSV texts keyed by file name.</summary>
    public static ImportResult Import(IReadOnlyDictionary<string, string> files, string name, string? nameEn, Action<double>? progress = null)
    {
        var problems = new List<ImportProblem>();
        var total = Math.Max(1L, files.Values.Sum(t => (long)t.Length));
        long done = 0;
        var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var (file, _, columns, optional) in Files)
        {
            if (files.TryGetValue(file, out var text))
            {
                var before = done;
                tables[file] = CsvTable.Read(file, text, columns, optional, problems, read => progress?.Invoke(0.5 * Math.Min(1.0, (before + read) / (double)total)));
                done += text.Length;
            }
        }

        return Assemble(tables, problems, name, nameEn, progress);
    }

    /// <summary>Builds the plan document from the tables read, validates it, and traces its problems back to the rows.</summary>
    private static ImportResult Assemble(Dictionary<string, CsvTable> tables, List<ImportProblem> problems, string name, string? nameEn, Action<double>? progress)
    {
        var notes = new List<string>();
        var origins = new Dictionary<ProblemPath, (CsvTable Table, int Line)>();

        var document = new JsonObject
        {
            ["schemaVersion"] = PlanDocument.CurrentSchemaVersion,
            ["name"] = Text(name, nameEn),
        };

        document["organisation"] = Organisation(tables[OrganisationFile], problems, origins);
        document["competences"] = tables.TryGetValue(CompetencesFile, out var competences)
            ? Competences(competences, problems, origins)
            : DerivedCompetences(tables, notes);
        if (tables.TryGetValue(GoalsFile, out var goals))
        {
            document["goals"] = Goals(goals, problems, origins);
        }

        document["people"] = People(tables[PeopleFile], tables[HoldingsFile], problems, origins);
        document["requirements"] = Requirements(tables[RequirementsFile], problems, origins);
        if (tables.TryGetValue(MeasuresFile, out var measures))
        {
            document["measures"] = Measures(measures, problems, origins);
        }

        // Reading is the first half of the work; assembling the document and validating it the second.
        progress?.Invoke(0.6);
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(document);
        progress?.Invoke(0.7);
        var result = PlanDocument.ReadBytes(json);
        progress?.Invoke(1.0);
        // A row with the wrong number of fields is reported once, as such; what follows from its missing fields is not repeated.
        var reported = problems.Where(p => p.Line > 0).Select(p => (p.File, p.Line, p.Column)).ToHashSet();
        var ragged = tables.Values.SelectMany(t => t.Rows.Where(r => r.Fields.Length != t.Header.Length).Select(r => (t.File, r.Line))).ToHashSet();
        foreach (var p in result.Problems)
        {
            var traced = Trace(p, origins);
            if (traced.Line == 0 || (!ragged.Contains((traced.File, traced.Line)) && reported.Add((traced.File, traced.Line, traced.Column))))
            {
                problems.Add(traced);
            }
        }

        var order = Files.Select((f, i) => (f.File, i)).ToDictionary(x => x.File, x => x.i, StringComparer.Ordinal);
        var sorted = problems
            .OrderBy(p => p.Line == 0 ? 1 : 0)
            .ThenBy(p => order.GetValueOrDefault(p.File, order.Count))
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ToList();
        return new ImportResult(sorted.Count == 0 ? result.Value : null, sorted, notes);
    }

    private static JsonObject Text(string nb, string? en)
    {
        var text = new JsonObject { ["nb"] = nb };
        if (en is not null)
        {
            text["en"] = en;
        }

        return text;
    }

    private static IEnumerable<RowReader> Rows(CsvTable table, List<ImportProblem> problems) =>
        table.Rows.Select(r => new RowReader(table, r, problems));

    private static JsonArray Organisation(CsvTable table, List<ImportProblem> problems, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        var array = new JsonArray();
        foreach (var r in Rows(table, problems))
        {
            var id = r.Required("id") ?? string.Empty;
            var node = new JsonObject { ["id"] = id, ["parent"] = r.Text("parent") };
            node["name"] = Text(r.Text("name") ?? id, r.Text("nameEn"));
            Set(node, "kind", r.Text("kind"));
            origins[ProblemPath.Root.Then("organisation", array.Count)] = (table, r.Line);
            array.Add(node);
        }

        return array;
    }

    private static JsonArray Competences(CsvTable table, List<ImportProblem> problems, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        var array = new JsonArray();
        foreach (var r in Rows(table, problems))
        {
            var id = r.Required("id") ?? string.Empty;
            var competence = new JsonObject
            {
                ["id"] = id,
                ["name"] = Text(r.Required("name") ?? id, r.Text("nameEn")),
                ["components"] = (r.Required("components") is null ? null : r.List("components")) ?? ["knowledge"],
            };
            Set(competence, "form", r.Text("form"));
            Set(competence, "externalReference", r.Text("externalReference"));
            Set(competence, "tags", r.List("tags"));
            origins[ProblemPath.Root.Then("competences", array.Count)] = (table, r.Line);
            array.Add(competence);
        }

        return array;
    }

    /// <summary>Without competences.csv, every competence id the export uses becomes a competence named by its id.</summary>
    private static JsonArray DerivedCompetences(Dictionary<string, CsvTable> tables, List<string> notes)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { tables[HoldingsFile], tables[RequirementsFile] })
        {
            var column = table.IndexOf("competence");
            if (column < 0)
            {
                continue;
            }

            foreach (var row in table.Rows.Where(r => column < r.Fields.Length))
            {
                var id = row.Fields[column].Trim();
                if (id.Length > 0 && seen.Add(id))
                {
                    ids.Add(id);
                }
            }
        }

        notes.Add($"{CompetencesFile}: not given; {ids.Count} competences taken from the ids in {HoldingsFile} and {RequirementsFile}, named by their id, with the component knowledge");
        return [.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["name"] = Text(id, null), ["components"] = new JsonArray("knowledge") })];
    }

    private static JsonArray Goals(CsvTable table, List<ImportProblem> problems, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        var array = new JsonArray();
        foreach (var r in Rows(table, problems))
        {
            var id = r.Required("id") ?? string.Empty;
            var goal = new JsonObject { ["id"] = id, ["name"] = Text(r.Required("name") ?? id, r.Text("nameEn")) };
            Set(goal, "strategies", r.List("strategies"));
            if (r.Text("description") is { } description)
            {
                goal["description"] = Text(description, r.Text("descriptionEn"));
            }

            origins[ProblemPath.Root.Then("goals", array.Count)] = (table, r.Line);
            array.Add(goal);
        }

        return array;
    }

    private static JsonArray People(CsvTable people, CsvTable holdings, List<ImportProblem> problems, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        var array = new JsonArray();
        var byId = new Dictionary<string, (JsonArray Holdings, int Index)>(StringComparer.Ordinal);
        foreach (var r in Rows(people, problems))
        {
            var id = r.Required("id") ?? string.Empty;
            var person = new JsonObject
            {
                ["id"] = id,
                ["node"] = r.Required("node") ?? string.Empty,
                ["positionPercent"] = r.Decimal("positionPercent", required: true) ?? 100m,
            };
            Set(person, "positionType", r.Text("positionType"));
            Set(person, "education", r.Text("education"));
            Set(person, "starts", r.Date("starts"));
            Set(person, "leaves", r.Date("leaves"));
            var list = new JsonArray();
            person["holdings"] = list;
            origins[ProblemPath.Root.Then("people", array.Count)] = (people, r.Line);
            byId.TryAdd(id, (list, array.Count));
            array.Add(person);
        }

        foreach (var r in Rows(holdings, problems))
        {
            var personId = r.Required("person");
            var holding = new JsonObject
            {
                ["competence"] = r.Required("competence") ?? string.Empty,
                ["level"] = r.Integer("level", required: false),
                ["basis"] = r.Required("basis") ?? "formal",
                ["used"] = r.Boolean("used", required: true) ?? false,
            };
            Set(holding, "validFrom", r.Date("validFrom"));
            Set(holding, "validUntil", r.Date("validUntil"));
            if (personId is null)
            {
                continue;
            }

            if (!byId.TryGetValue(personId, out var owner))
            {
                r.Problem("person", $"person '{personId}' is not in {PeopleFile}");
                continue;
            }

            origins[ProblemPath.Root.Then("people", owner.Index, "holdings", owner.Holdings.Count)] = (holdings, r.Line);
            owner.Holdings.Add(holding);
        }

        return array;
    }

    private static JsonArray Requirements(CsvTable table, List<ImportProblem> problems, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        var array = new JsonArray();
        foreach (var r in Rows(table, problems))
        {
            var requirement = new JsonObject
            {
                ["node"] = r.Required("node") ?? string.Empty,
                ["competence"] = r.Required("competence") ?? string.Empty,
                ["minLevel"] = r.Integer("minLevel", required: true) ?? 1,
                ["amountPercent"] = r.Decimal("amountPercent", required: true) ?? 100m,
            };
            Set(requirement, "goals", r.List("goals"));
            Set(requirement, "minHeads", r.Integer("minHeads", required: false));
            Set(requirement, "from", r.Date("from"));
            Set(requirement, "neededBy", r.Date("neededBy"));
            origins[ProblemPath.Root.Then("requirements", array.Count)] = (table, r.Line);
            array.Add(requirement);
        }

        return array;
    }

    private static void Set(JsonObject target, string property, JsonNode? value)
    {
        if (value is not null)
        {
            target[property] = value;
        }
    }

    private static void Set(JsonObject target, string property, int? value)
    {
        if (value is { } v)
        {
            target[property] = v;
        }
    }

    /// <summary>Traces a plan problem back to the CSV row it came from, by the longest prefix of its location that a
    /// row produced; the segment after that prefix names the column (<c>name</c>, <c>en</c> → <c>nameEn</c>).</summary>
    private static ImportProblem Trace(Problem problem, Dictionary<ProblemPath, (CsvTable Table, int Line)> origins)
    {
        var segments = problem.Location.Segments;
        for (var length = segments.Length; length > 0; length--)
        {
            if (origins.TryGetValue(ProblemPath.Root.Then(segments.AsSpan(0, length)), out var origin))
            {
                // In measures.csv a yield, cost item or funding has its own columns (yield…, cost…, funding…): the list it is in says which.
                var owner = length >= 2 ? segments[length - 2].Name : null;
                var column = length == segments.Length || segments[length].Name is not { } property
                    ? 1
                    : length + 1 < segments.Length && segments[length + 1].Name == "en" ? ColumnOf(origin.Table, property + "En", owner) : ColumnOf(origin.Table, property, owner);
                return new ImportProblem(origin.Table.File, origin.Line, column, problem.Message, problem.Path);
            }
        }

        return new ImportProblem("plan", 0, 0, problem.Message, problem.Path);
    }

    private static int ColumnOf(CsvTable table, string property, string? owner)
    {
        var name = property switch
        {
            "holdings" => "person",
            "applicationDeadline" => "deadline",
            _ => property,
        };
        var prefix = owner switch
        {
            "yields" => "yield",
            "costs" => "cost",
            "funding" => "funding",
            _ => null,
        };
        var i = prefix is null || name.Length == 0 ? table.IndexOf(name) : table.IndexOf(prefix + char.ToUpperInvariant(name[0]) + name[1..]);
        return i >= 0 ? i + 1 : 1;
    }
}
