using System.Text.Json.Nodes;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>The reader reports every seeded error of a hostile document, with the right kind and path, and nothing else.</summary>
public class HostileInputTests
{
    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Serialization", "Corpus", name);

    private static HashSet<string> Expected(string name) =>
        [.. File.ReadAllLines(Corpus(name)).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    private static HashSet<string> Reported(ReadResult<CompetencePlan> result) => [.. result.Problems.Select(p => $"{p.Kind} {p.Path}")];

    [Fact]
    public void Read_SeededShapeErrors_ReportsEachWithPath()
    {
        var result = PlanDocument.ReadBytes(File.ReadAllBytes(Corpus("seeded-errors.json")));
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(Expected("seeded-errors.expected.txt").Order(), Reported(result).Order());
    }

    [Fact]
    public void Read_SeededValueAndReferenceErrors_ReportsEachWithPath()
    {
        // Remove the shape errors so the second stage (values, references) runs, then compare every problem.
        var doc = JsonNode.Parse(File.ReadAllText(Corpus("seeded-errors.json")))!.AsObject();
        var people = doc["people"]!.AsArray();
        people.RemoveAt(7);
        people[6]!.AsObject().Remove("hobby");
        people[5]!["holdings"]![2]!["used"] = true;
        people[4]!["starts"] = "2026-12-01";
        doc["requirements"]!.AsArray().RemoveAt(3);
        var result = PlanDocument.Parse(doc.ToJsonString());
        Assert.Equal(Expected("seeded-semantic-errors.expected.txt").Order(), Reported(result).Order());
    }

    [Fact]
    public void Read_Problems_NameOnlyPseudonymousIds()
    {
        var result = PlanDocument.ReadBytes(File.ReadAllBytes(Corpus("seeded-errors.json")));
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("fiske", StringComparison.Ordinal));
    }
}
