using System.Globalization;
using System.Text.Json.Nodes;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli.Import;

/// <summary>The optional <c>measures.csv</c>, as an HR or finance export gives it: one row per measure, or several rows
/// for one measure (the same <c>id</c>) when it has more than one yield, cost item or funding source. The first row of a
/// measure gives its fields; each row adds the yield (columns <c>yield…</c>), the cost item (<c>cost…</c>) and the funding
/// (<c>funding…</c>) it carries. A further row repeats the measure's fields or leaves them empty; a different value is
/// reported at its file, line and column, never silently dropped.</summary>
internal static partial class PlanImporter
{
    public const string MeasuresFile = "measures.csv";

    private static readonly string[] SessionDateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>The columns of a measure's own fields: a further row of the measure repeats them or leaves them empty.</summary>
    private static readonly string[] MeasureFields =
    [
        "name", "nameEn", "kind", "strategies", "goals", "targetCompetences", "participants", "targetPositionTypes", "targetPeople", "capacity", "runs",
        "sessions", "hoursPerParticipant", "prerequisites", "mandatory", "leaderTakesPart", "responsibleRole", "responsibleRoleEn", "status", "evaluationDates",
    ];

    private static JsonArray Measures(CsvTable table, List<ImportProblem> problems, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        var array = new JsonArray();
        var first = new Dictionary<string, (JsonObject Measure, ProblemPath Path, RowReader Row)>(StringComparer.Ordinal);
        foreach (var r in Rows(table, problems))
        {
            var id = r.Required("id") ?? string.Empty;
            if (id.Length > 0 && first.TryGetValue(id, out var known))
            {
                foreach (var column in MeasureFields)
                {
                    if (r.Text(column) is { } value && !string.Equals(value, known.Row.Text(column), StringComparison.Ordinal))
                    {
                        r.Problem(column, $"measure '{id}' continues line {known.Row.Line}, where {column} is '{known.Row.Text(column) ?? string.Empty}', not '{value}': a further row of a measure repeats its fields or leaves them empty");
                    }
                }

                Parts(r, known.Measure, known.Path, table, origins);
                continue;
            }

            var measure = new JsonObject
            {
                ["id"] = id,
                ["name"] = Text(r.Required("name") ?? id, r.Text("nameEn")),
                ["kind"] = r.Required("kind") ?? string.Empty,
            };
            foreach (var list in (string[])["strategies", "goals", "targetCompetences", "participants", "targetPositionTypes", "targetPeople", "prerequisites"])
            {
                Set(measure, list, r.List(list));
            }

            Set(measure, "capacity", r.Integer("capacity", required: false));
            Set(measure, "runs", r.Integer("runs", required: false));
            Set(measure, "sessions", Dates(r, "sessions"));
            Set(measure, "evaluationDates", Dates(r, "evaluationDates"));
            if (r.Decimal("hoursPerParticipant", required: false) is { } hours)
            {
                measure["hoursPerParticipant"] = hours;
            }

            Set(measure, "mandatory", r.Boolean("mandatory", required: false) is { } mandatory ? JsonValue.Create(mandatory) : null);
            Set(measure, "leaderTakesPart", r.Boolean("leaderTakesPart", required: false) is { } leader ? JsonValue.Create(leader) : null);
            if (r.Text("responsibleRole") is { } role)
            {
                measure["responsibleRole"] = Text(role, r.Text("responsibleRoleEn"));
            }

            Set(measure, "status", r.Text("status") is { } status ? JsonValue.Create(status) : null);
            var path = ProblemPath.Root.Then("measures", array.Count);
            origins[path] = (table, r.Line);
            if (id.Length > 0)
            {
                first[id] = (measure, path, r);
            }

            Parts(r, measure, path, table, origins);
            array.Add(measure);
        }

        return array;
    }

    /// <summary>Adds the yield, cost item and funding a row carries to its measure.</summary>
    private static void Parts(RowReader r, JsonObject measure, ProblemPath path, CsvTable table, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        if (r.Text("yieldStrategy") is { } strategy || Any(r, "yieldCompetence", "yieldLevel", "yieldNode", "yieldAmountPercent", "yieldPositionType", "yieldBy"))
        {
            var yield = new JsonObject { ["strategy"] = r.Required("yieldStrategy") ?? string.Empty, ["competence"] = r.Required("yieldCompetence") ?? string.Empty };
            Set(yield, "level", r.Integer("yieldLevel", required: false));
            Set(yield, "node", r.Text("yieldNode") is { } node ? JsonValue.Create(node) : null);
            if (r.Decimal("yieldAmountPercent", required: false) is { } amount)
            {
                yield["amountPercent"] = amount;
            }

            Set(yield, "positionType", r.Text("yieldPositionType") is { } type ? JsonValue.Create(type) : null);
            Set(yield, "by", r.Date("yieldBy") is { } by ? JsonValue.Create(by) : null);
            Append(measure, "yields", yield, path, table, r.Line, origins);
        }

        if (Any(r, "costYear", "costDescription", "costDescriptionEn", "costFee", "costHours", "costRate"))
        {
            var cost = new JsonObject
            {
                ["year"] = r.Integer("costYear", required: true) ?? 0,
                ["description"] = Text(r.Required("costDescription") ?? string.Empty, r.Text("costDescriptionEn")),
            };
            foreach (var (column, property) in (ReadOnlySpan<(string, string)>)[("costFee", "fee"), ("costHours", "hours"), ("costRate", "rate")])
            {
                if (r.Decimal(column, required: false) is { } value)
                {
                    cost[property] = value;
                }
            }

            Append(measure, "costs", cost, path, table, r.Line, origins);
        }

        if (Any(r, "fundingSource", "fundingYear", "fundingAmount", "fundingStatus", "fundingDeadline"))
        {
            var funding = new JsonObject
            {
                ["source"] = r.Required("fundingSource") ?? string.Empty,
                ["year"] = r.Integer("fundingYear", required: true) ?? 0,
                ["amount"] = r.Decimal("fundingAmount", required: true) ?? 0m,
                ["status"] = r.Required("fundingStatus") ?? string.Empty,
            };
            Set(funding, "applicationDeadline", r.Date("fundingDeadline") is { } deadline ? JsonValue.Create(deadline) : null);
            Append(measure, "funding", funding, path, table, r.Line, origins);
        }
    }

    private static bool Any(RowReader r, params string[] columns) => columns.Any(c => r.Text(c) is not null);

    private static void Append(JsonObject measure, string list, JsonObject item, ProblemPath path, CsvTable table, int line, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        if (measure[list] is not JsonArray items)
        {
            measure[list] = items = [];
        }

        origins[path.Then(list, items.Count)] = (table, line);
        items.Add(item);
    }

    /// <summary>Reads a list of dates (sessions, evaluation dates), <c>|</c> between them, each yyyy-MM-dd or dd.MM.yyyy.</summary>
    private static JsonArray? Dates(RowReader r, string column)
    {
        if (r.List(column) is not { } items)
        {
            return null;
        }

        var dates = new JsonArray();
        foreach (var item in items.Select(i => i!.GetValue<string>()))
        {
            if (!DateOnly.TryParseExact(item, SessionDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                r.Problem(column, $"{column} '{item}' is not a date (yyyy-MM-dd or dd.MM.yyyy)");
                return null;
            }

            dates.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return dates;
    }
}
