using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReKs.Competence.Cli.Tests.Import;

/// <summary>Writes a realistic HR export deterministically: the organisation, competences, goals and requirements of the
/// Gjøvik-region example plan (docs/examples/gjovik-region.json), and a generated staff of any size.</summary>
internal static class ExportGenerator
{
    private static readonly string[] PositionTypes = ["nurse", "specialistNurse", "healthWorker", "assistant", "occupationalTherapist", "physiotherapist", "socialEducator", "leader"];
    private static readonly string[] Educations = ["higher", "upperSecondary", "none", "otherRelevant", "unknown"];
    private static readonly decimal[] Percents = [100m, 100m, 80m, 75m, 62.5m, 50m, 20m, 33.33m];

    /// <summary>Writes the six CSV files into <paramref name="folder"/> and returns the number of people and holdings.</summary>
    public static (int People, int Holdings) Write(string folder, int people, char separator, bool bom, int seed = 6)
    {
        Directory.CreateDirectory(folder);
        using var example = JsonDocument.Parse(File.ReadAllBytes(CliRunner.Example("gjovik-region.json")));
        var root = example.RootElement;
        var nodes = root.GetProperty("organisation").EnumerateArray().ToList();
        var competences = root.GetProperty("competences").EnumerateArray().ToList();
        var write = (string file, IEnumerable<string?[]> rows) => File.WriteAllText(Path.Combine(folder, file), Csv(rows, separator), new UTF8Encoding(bom));

        write("organisation.csv", Prepend(["id", "parent", "name", "nameEn", "kind"], nodes.Select(n => new[]
        {
            n.GetProperty("id").GetString(), Str(n, "parent"), Text(n, "name", "nb"), Text(n, "name", "en"), Str(n, "kind"),
        })));
        write("competences.csv", Prepend(["id", "name", "nameEn", "components", "form", "tags"], competences.Select(c => new[]
        {
            c.GetProperty("id").GetString(), Text(c, "name", "nb"), Text(c, "name", "en"), List(c, "components"), Str(c, "form"), List(c, "tags"),
        })));
        write("goals.csv", Prepend(["id", "name", "nameEn", "strategies", "description", "descriptionEn"], root.GetProperty("goals").EnumerateArray().Select(g => new[]
        {
            g.GetProperty("id").GetString(), Text(g, "name", "nb"), Text(g, "name", "en"), List(g, "strategies"), Text(g, "description", "nb"), Text(g, "description", "en"),
        })));
        write("requirements.csv", Prepend(["node", "competence", "minLevel", "amountPercent", "goals", "minHeads", "neededBy"], root.GetProperty("requirements").EnumerateArray().Select(r => new[]
        {
            Str(r, "node"), Str(r, "competence"), Num(r, "minLevel", separator), Num(r, "amountPercent", separator), List(r, "goals"), Num(r, "minHeads", separator), Str(r, "neededBy"),
        })));

        var random = new Random(seed);
        var staffNodes = nodes.Where(n => Str(n, "kind") is "unit" or "serviceArea").Select(n => n.GetProperty("id").GetString()!).ToArray();
        var personRows = new List<string?[]>();
        var holdingRows = new List<string?[]>();
        for (var i = 1; i <= people; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"ans{i:00000}");
            var leaves = random.Next(10) == 0 ? $"{random.Next(1, 29):00}.{random.Next(1, 13):00}.{random.Next(2026, 2030)}" : null;
            personRows.Add([id, staffNodes[random.Next(staffNodes.Length)], Decimal(Percents[random.Next(Percents.Length)], separator), PositionTypes[random.Next(PositionTypes.Length)], Educations[random.Next(Educations.Length)], leaves]);
            foreach (var c in competences.OrderBy(_ => random.Next()).Take(random.Next(0, 6)))
            {
                var level = random.Next(6) == 0 ? null : random.Next(1, 5).ToString(CultureInfo.InvariantCulture);
                holdingRows.Add([id, c.GetProperty("id").GetString(), level, random.Next(2) == 0 ? "formal" : "informal", random.Next(4) == 0 ? "nei" : "ja"]);
            }
        }

        write("people.csv", Prepend(["id", "node", "positionPercent", "positionType", "education", "leaves"], personRows));
        write("holdings.csv", Prepend(["person", "competence", "level", "basis", "used"], holdingRows));
        return (people, holdingRows.Count);
    }

    private static IEnumerable<string?[]> Prepend(string?[] header, IEnumerable<string?[]> rows) => new[] { header }.Concat(rows);

    private static string Csv(IEnumerable<string?[]> rows, char separator)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.AppendJoin(separator, row.Select(f => f is null ? string.Empty : f.Contains(separator, StringComparison.Ordinal) || f.Contains('"', StringComparison.Ordinal) ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)).Append("\r\n");
        }

        return sb.ToString();
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Text(JsonElement e, string name, string lang) => e.TryGetProperty(name, out var v) && v.TryGetProperty(lang, out var t) ? t.GetString() : null;

    private static string? List(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? string.Join('|', v.EnumerateArray().Select(x => x.GetString())) : null;

    private static string? Num(JsonElement e, string name, char separator) => e.TryGetProperty(name, out var v) ? Decimal(v.GetDecimal(), separator) : null;

    /// <summary>A number as the export writes it: a decimal comma in <c>;</c>-separated files, as Norwegian spreadsheets do.</summary>
    private static string Decimal(decimal value, char separator)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return separator == ';' ? text.Replace('.', ',') : text;
    }
}
