using System.Text.Json.Nodes;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>The published output schemas are the ones generated from the view transfer objects (issue 13: "each with a
/// published JSON Schema generated from the types and tested"); <c>REKS_UPDATE_GOLDEN=1</c> rewrites them after a
/// deliberate change, and the diff is reviewed like code.</summary>
public class OutputSchemaTests
{
    public static TheoryData<string> Files() => [.. OutputSchemaGenerator.Outputs.Select(o => o.File)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Committed_Schema_IsTheOneGeneratedFromTheTypes(string file)
    {
        var (_, root, format, version) = OutputSchemaGenerator.Outputs.Single(o => o.File == file);
        var generated = OutputSchemaGenerator.Generate(root, format, version, OutputSchemaGenerator.Annotations());
        var path = Repo.Path("docs", file);
        if (Environment.GetEnvironmentVariable("REKS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.Equal(generated, File.ReadAllText(path));
    }

    [Fact]
    public void Annotations_EveryKey_NamesATransferObjectOrPropertyThatIsWritten()
    {
        // A renamed or removed property must take its words with it, never leave them behind unused.
        var annotations = OutputSchemaGenerator.Annotations();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, root, format, version) in OutputSchemaGenerator.Outputs)
        {
            _ = OutputSchemaGenerator.Generate(root, format, version, annotations, used);
        }

        var unused = annotations.Select(a => a.Key).Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, $"annotations for nothing: {string.Join(", ", unused)}");
    }

    [Fact]
    public void Generated_Schemas_CloseEveryObjectAndSayWhatIsRequired()
    {
        foreach (var (_, root, format, version) in OutputSchemaGenerator.Outputs)
        {
            var schema = JsonNode.Parse(OutputSchemaGenerator.Generate(root, format, version, OutputSchemaGenerator.Annotations()))!;
            foreach (var node in Objects(schema).Where(o => o.ContainsKey("properties") && o.ContainsKey("type")))
            {
                Assert.False(node["additionalProperties"]!.GetValue<bool>());
                Assert.NotNull(node["required"]);
            }

            if (schema["properties"]!["asOf"] is { } asOf)
            {
                Assert.Equal("date", asOf["format"]!.GetValue<string>());
            }

            Assert.Equal(format, schema["properties"]!["format"]!["const"]!.GetValue<string>());
            Assert.Equal(version, schema["properties"]!["version"]!["const"]!.GetValue<int>());
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Objects).Prepend(o),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Objects),
        _ => [],
    };
}
