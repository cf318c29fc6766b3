using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The thin adapter from the neutral fixture format (tests/fixtures/README.md, section gap-analysis) to the public API.
/// Everything the fixtures leave out gets a neutral value: the default scale, a generic position type, formal or
/// informal basis only — none of which changes a number.
/// </summary>
internal static class GapFixtureAdapter
{
    public sealed record Case(string Name, CompetencePlan Plan, LocalDate AsOf, GapOptions Options, JsonElement Expected);

    public static Case Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = doc.RootElement.Clone();
        var asOf = Date(root.GetProperty("asOf"));
        var o = root.TryGetProperty("options", out var opt) ? opt : default;
        var options = new GapOptions(
            Int(o, "developReach") ?? 1,
            Int(o, "minHeads") ?? 2,
            Int(o, "minGroupSize") ?? 3);
        var org = new Organisation(root.GetProperty("organisation").EnumerateArray().Select(n => new OrganisationNode(
            new NodeId(n.GetProperty("id").GetString()!),
            n.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : new NodeId(n.GetProperty("parent").GetString()!),
            n.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? new LocalizedText(name.GetString()!) : null)));
        var competences = root.GetProperty("competences").EnumerateArray().Select(c => new ReKs.Competence.Model.Competence(
            new CompetenceId(c.GetProperty("id").GetString()!),
            new LocalizedText(c.TryGetProperty("name", out var n) ? n.GetString()! : c.GetProperty("id").GetString()!),
            c.GetProperty("components").EnumerateArray().Aggregate(LaiComponents.None, (acc, x) => acc | Enum.Parse<LaiComponents>(x.GetString()!, ignoreCase: true))));
        var people = root.GetProperty("people").EnumerateArray().Select(p => new Person(
            new PersonId(p.GetProperty("id").GetString()!),
            new NodeId(p.GetProperty("node").GetString()!),
            PositionShare.FromPercent(p.GetProperty("positionPercent").GetDecimal()),
            p.TryGetProperty("holdings", out var hs) ? hs.EnumerateArray().Select(h => new Holding(
                new CompetenceId(h.GetProperty("competence").GetString()!),
                h.TryGetProperty("level", out var l) && l.ValueKind == JsonValueKind.Number ? new ProficiencyLevel(l.GetInt32()) : null,
                h.GetProperty("basis").GetString() == "formal" ? CompetenceBasis.Formal : CompetenceBasis.Informal,
                h.GetProperty("used").GetBoolean(),
                OptionalDate(h, "validFrom"),
                OptionalDate(h, "validUntil"))) : null,
            p.TryGetProperty("aspirations", out var a) ? a.EnumerateArray().Select(x => new CompetenceId(x.GetString()!)) : null,
            OptionalDate(p, "starts"),
            OptionalDate(p, "leaves")));
        var requirements = root.GetProperty("requirements").EnumerateArray().Select(r => new Requirement(
            new NodeId(r.GetProperty("node").GetString()!),
            new CompetenceId(r.GetProperty("competence").GetString()!),
            new ProficiencyLevel(r.GetProperty("minLevel").GetInt32()),
            PositionShare.FromPercent(r.GetProperty("amountPercent").GetDecimal()),
            r.TryGetProperty("goals", out var g) ? g.EnumerateArray().Select(x => new GoalId(x.GetString()!)) : null,
            Int(r, "minHeads"),
            OptionalDate(r, "from"),
            OptionalDate(r, "neededBy"))).ToList();
        var goals = requirements.SelectMany(r => r.Goals).Distinct().Select(id => new Goal(id, new LocalizedText(id.Value)));
        var plan = new CompetencePlan(new LocalizedText(Path.GetFileNameWithoutExtension(file)), org, competences, people, requirements, goals);
        return new Case(Path.GetFileName(file), plan, asOf, options, root.GetProperty("expected"));
    }

    /// <summary>Compares an analysis with the expected lines and net rows; returns the first difference, naming the row and field, or null.</summary>
    public static string? FirstDifference(GapAnalysis analysis, JsonElement expected)
    {
        var actualLines = analysis.Lines.ToDictionary(l => (l.Node.Value, l.Competence.Value, l.MinLevel.Value));
        var expectedLines = expected.GetProperty("lines").EnumerateArray().ToList();
        foreach (var e in expectedLines)
        {
            var key = (e.GetProperty("node").GetString()!, e.GetProperty("competence").GetString()!, e.GetProperty("minLevel").GetInt32());
            if (!actualLines.TryGetValue(key, out var line))
            {
                return $"line {key} is expected but missing";
            }

            var f = line.Figures;
            var diff = Compare(key, e, ("amount", f.Amount), ("usedSupply", f.UsedSupply), ("unusedSupply", f.UnusedSupply), ("developable", f.Developable),
                ("gap", f.Gap), ("mobilise", f.Mobilise), ("develop", f.Develop), ("acquire", f.Acquire), ("surplus", f.Surplus))
                ?? (e.GetProperty("heads").GetInt32() != f.Heads ? $"line {key}: heads expected {e.GetProperty("heads").GetInt32()}, got {f.Heads}" : null)
                ?? (e.GetProperty("fragile").GetBoolean() != line.Fragile ? $"line {key}: fragile expected {e.GetProperty("fragile").GetBoolean()}, got {line.Fragile}" : null);
            if (diff is not null)
            {
                return diff;
            }
        }

        if (actualLines.Count != expectedLines.Count)
        {
            var extra = actualLines.Keys.Except(expectedLines.Select(e => (e.GetProperty("node").GetString()!, e.GetProperty("competence").GetString()!, e.GetProperty("minLevel").GetInt32())));
            return $"line {extra.First()} is produced but not expected";
        }

        var expectedNet = expected.GetProperty("net").EnumerateArray().ToList();
        var actualNet = analysis.Organisation.Nodes.SelectMany(n => analysis.NetOf(n.Id).Select(kv => (Key: (n.Id.Value, kv.Key.Competence.Value, kv.Key.Level.Value), Net: kv.Value)))
            .ToDictionary(x => x.Key, x => x.Net);
        foreach (var e in expectedNet)
        {
            var key = (e.GetProperty("node").GetString()!, e.GetProperty("competence").GetString()!, e.GetProperty("minLevel").GetInt32());
            if (!actualNet.TryGetValue(key, out var n))
            {
                return $"net row {key} is expected but missing";
            }

            var diff = Compare(key, e, ("amount", n.Amount), ("gap", n.Gap), ("mobilise", n.Mobilise), ("develop", n.Develop), ("acquire", n.Acquire), ("surplus", n.Surplus))
                ?? (e.GetProperty("heads").GetInt32() != n.Heads ? $"net row {key}: heads expected {e.GetProperty("heads").GetInt32()}, got {n.Heads}" : null);
            if (diff is not null)
            {
                return "net " + diff;
            }
        }

        return actualNet.Count != expectedNet.Count ? $"{actualNet.Count} net rows produced, {expectedNet.Count} expected" : null;
    }

    private static string? Compare((string, string, int) key, JsonElement e, params (string Field, PositionShare Actual)[] fields)
    {
        foreach (var (field, actual) in fields)
        {
            var expected = PositionShare.FromPercent(e.GetProperty(field).GetDecimal());
            if (expected != actual)
            {
                return $"row {key}: {field} expected {expected}, got {actual}";
            }
        }

        return null;
    }

    private static LocalDate Date(JsonElement e) => LocalDatePattern.Iso.Parse(e.GetString()!).Value;

    private static LocalDate? OptionalDate(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Date(v) : null;

    private static int? Int(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}
