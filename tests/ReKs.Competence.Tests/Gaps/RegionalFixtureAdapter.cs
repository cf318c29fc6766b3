using System.Text.Json;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>One node of a regional-export case: its parent, the people placed on it and its own requirement amount on the key.</summary>
public sealed record RegionalNodeSeed(string Id, string? Parent, int People, int AmountPercent);

/// <summary>A regional-export case: an organisation with its own cells on one key, the minimum group size, and (for a fixture) the expected withheld set.</summary>
public sealed record RegionalCase(string Name, int MinGroupSize, IReadOnlyList<RegionalNodeSeed> Nodes, IReadOnlyList<string>? ExpectedWithheld = null)
{
    public override string ToString() =>
        $"{Name} (k={MinGroupSize}): " + string.Join(", ", Nodes.Select(n => $"{n.Id}<{n.Parent ?? "-"}> P={n.People} A={n.AmountPercent}"));
}

/// <summary>
/// The thin adapter of the regional-export fixture kind, exactly as its README says: one competence c (knowledge), one
/// level L = 2 on the default scale; for every own entry, that many people on the node at 100 %, each qualified-used on
/// (c, 2); a requirement with the node's amount where it is above 0; options at their defaults but the minimum group size.
/// </summary>
public static class RegionalFixtureAdapter
{
    public static readonly CompetenceId Competence = new("c");

    public static readonly GapKey Key = new(Competence, new ProficiencyLevel(2));

    /// <summary>Every case of a fixture file.</summary>
    public static IReadOnlyList<RegionalCase> Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var cases = new List<RegionalCase>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var own = c.GetProperty("own").EnumerateArray().ToDictionary(o => o.GetProperty("node").GetString()!, o => (People: o.GetProperty("people").GetInt32(), Amount: o.GetProperty("amountPercent").GetInt32()));
            var nodes = c.GetProperty("organisation").EnumerateArray().Select(n =>
            {
                var id = n.GetProperty("id").GetString()!;
                var parent = n.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : n.GetProperty("parent").GetString();
                var (people, amount) = own.TryGetValue(id, out var o) ? o : (0, 0);
                return new RegionalNodeSeed(id, parent, people, amount);
            }).ToList();
            var unknown = own.Keys.Except(nodes.Select(n => n.Id)).FirstOrDefault();
            Assert.True(unknown is null, $"{file}: case '{c.GetProperty("name").GetString()}': own entry for unknown node '{unknown}'");
            cases.Add(new RegionalCase(
                c.GetProperty("name").GetString()!,
                c.GetProperty("minGroupSize").GetInt32(),
                nodes,
                [.. c.GetProperty("expected").GetProperty("withheld").EnumerateArray().Select(e => e.GetString()!)]));
        }

        return cases;
    }

    /// <summary>The plan of a case.</summary>
    public static CompetencePlan Plan(RegionalCase c)
    {
        var organisation = new Organisation(c.Nodes.Select(n => new OrganisationNode(new NodeId(n.Id), n.Parent is null ? null : new NodeId(n.Parent))));
        var people = c.Nodes.SelectMany(n => Enumerable.Range(1, n.People).Select(i => new Person(
            new PersonId($"{n.Id}-{i}"), new NodeId(n.Id), PositionShare.FullTime, [new Holding(Competence, new ProficiencyLevel(2), CompetenceBasis.Formal, true)])));
        var requirements = c.Nodes.Where(n => n.AmountPercent > 0)
            .Select(n => new Requirement(new NodeId(n.Id), Competence, new ProficiencyLevel(2), PositionShare.FromPercent(n.AmountPercent)));
        return new CompetencePlan(new LocalizedText(c.Name), organisation, [new ReKs.Competence.Model.Competence(Competence, new LocalizedText("c"), LaiComponents.Knowledge)], people, requirements);
    }

    /// <summary>The analysis of a case (any date: nothing in it is dated).</summary>
    public static GapAnalysis Analyse(RegionalCase c) => GapAnalyzer.Analyse(Plan(c), GapArbitraries.T, new GapOptions(minGroupSize: c.MinGroupSize));

    /// <summary>The ids of the nodes whose cell on the case's key an export withholds, ordinal order.</summary>
    public static IReadOnlyList<string> Withheld(RegionalExport export) =>
        [.. export.Cells.Where(x => x.Key == Key && x.Withheld).Select(x => x.Node.Value).Order(StringComparer.Ordinal)];
}
