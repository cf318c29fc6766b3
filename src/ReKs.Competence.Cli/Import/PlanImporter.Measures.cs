using System.Globalization;
using System.Text.Json.Nodes;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli.Import;

/// <summary>The optional <c>measures.csv</c>: one row per measure with at most one yield (columns <c>yield…</c>); costs
/// and funding are not part of the table (write them in the plan document).</summary>
internal static partial class PlanImporter
{
    public const string MeasuresFile = "measures.csv";

    private static readonly string[] SessionDateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    private static JsonArray Measures(CsvTable table, List<ImportProblem> problems, Dictionary<ProblemPath, (CsvTable, int)> origins)
    {
        var array = new JsonArray();
        foreach (var r in Rows(table, problems))
        {
            var id = r.Required("id") ?? string.Empty;
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
            Set(measure, "sessions", Sessions(r));
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
            if (r.Text("yieldStrategy") is { } strategy)
            {
                var yield = new JsonObject { ["strategy"] = strategy, ["competence"] = r.Required("yieldCompetence") ?? string.Empty };
                Set(yield, "level", r.Integer("yieldLevel", required: false));
                Set(yield, "node", r.Text("yieldNode") is { } node ? JsonValue.Create(node) : null);
                if (r.Decimal("yieldAmountPercent", required: false) is { } amount)
                {
                    yield["amountPercent"] = amount;
                }

                Set(yield, "positionType", r.Text("yieldPositionType") is { } type ? JsonValue.Create(type) : null);
                Set(yield, "by", r.Date("yieldBy") is { } by ? JsonValue.Create(by) : null);
                measure["yields"] = new JsonArray(yield);
                origins[path.Then("yields", 0)] = (table, r.Line);
            }

            origins[path] = (table, r.Line);
            array.Add(measure);
        }

        return array;
    }

    /// <summary>Reads the session dates, <c>|</c> between them, each yyyy-MM-dd or dd.MM.yyyy.</summary>
    private static JsonArray? Sessions(RowReader r)
    {
        if (r.List("sessions") is not { } items)
        {
            return null;
        }

        var dates = new JsonArray();
        foreach (var item in items.Select(i => i!.GetValue<string>()))
        {
            if (!DateOnly.TryParseExact(item, SessionDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                r.Problem("sessions", $"sessions '{item}' is not a date (yyyy-MM-dd or dd.MM.yyyy)");
                return null;
            }

            dates.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return dates;
    }
}
