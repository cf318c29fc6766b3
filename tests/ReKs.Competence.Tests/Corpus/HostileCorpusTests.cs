using System.Text;
using System.Text.Json.Nodes;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Corpus;

/// <summary>
/// The hostile corpus (issue 17): for each document kind a file of cases, each an edit of a valid base document (or raw
/// bytes), with the path and a fragment of the message the reader must report. Every case must be refused with that
/// problem and no exception; the base must read cleanly, so each case fails for its own reason.
/// </summary>
/// <remarks>Format of <c>Corpus/*.cases.json</c>: <c>base</c> is a valid document; each case has a <c>name</c>, and either
/// <c>set</c> (JSON pointer → value; a pointer ending in <c>/-</c> appends to an array), <c>remove</c> (pointers),
/// <c>text</c> (the whole document as text) or <c>hex</c> (the whole document as bytes); and <c>path</c> and <c>message</c>,
/// which one reported problem must have (the path exactly, the message as a fragment).</remarks>
public class HostileCorpusTests
{
    private static readonly Dictionary<string, Func<byte[], ReadResult<object>>> Readers = new()
    {
        ["plan"] = b => Wrap(PlanDocument.ReadBytes(b)),
        ["wheel"] = b => Wrap(WheelDocument.ReadBytes(b)),
        ["evaluation"] = b => Wrap(EvaluationDocument.ReadBytes(b)),
        ["jsonstat"] = b => Wrap(JsonStatDataset.ReadBytes(b)),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Readers.Keys)
        {
            foreach (var c in Load(kind)["cases"]!.AsArray())
            {
                data.Add(kind, c!["name"]!.GetValue<string>());
            }
        }

        return data;
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("wheel")]
    [InlineData("evaluation")]
    [InlineData("jsonstat")]
    public void Base_ReadsWithoutProblems(string kind)
    {
        var result = Readers[kind](Encoding.UTF8.GetBytes(Load(kind)["base"]!.ToJsonString()));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Corpus_HasAtLeast150Cases_EachNamedOnce()
    {
        var names = Cases().Select(row => $"{row[0]}/{row[1]}").ToList();
        Assert.True(names.Count >= 150, $"{names.Count} cases");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_HostileCase_ReportsTheExpectedProblem(string kind, string name)
    {
        var file = Load(kind);
        var c = file["cases"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == name)!;
        var result = Readers[kind](Bytes(file["base"]!, c));
        var path = c["path"]!.GetValue<string>();
        var message = c["message"]!.GetValue<string>();
        Assert.False(result.IsValid, $"{kind}/{name} was accepted");
        Assert.True(
            result.Problems.Any(p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal)),
            $"expected {path}: …{message}…; reported:\n{string.Join("\n", result.Problems)}");
    }

    [Fact]
    public void Read_EveryHostileCase_ReportsTheSameProblemsWhateverTheCurrentCulture()
    {
        // Problems are for machines and logs as much as for people: a message that writes "−0,5" on a Norwegian
        // machine and "-0.5" elsewhere cannot be matched or compared across the municipalities that share a plan.
        // The whole corpus is read in the invariant culture and in a Norwegian-like one.
        var invariant = Cultures.RunIn(System.Globalization.CultureInfo.InvariantCulture, ReadAll);
        Assert.Equal(invariant, Cultures.RunIn(Cultures.NorwegianLike, ReadAll));
        Assert.Contains(invariant, line => line.Contains("found -", StringComparison.Ordinal));

        static List<string> ReadAll()
        {
            var lines = new List<string>();
            foreach (var kind in Readers.Keys)
            {
                var file = Load(kind);
                foreach (var c in file["cases"]!.AsArray())
                {
                    lines.AddRange(Readers[kind](Bytes(file["base"]!, c!)).Problems.Select(p => $"{kind}/{c!["name"]}: {p}"));
                }
            }

            return lines;
        }
    }

    private static ReadResult<object> Wrap<T>(ReadResult<T> result)
        where T : class => new(result.Value, result.Problems);

    internal static JsonObject Load(string kind) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", kind + ".cases.json")))!.AsObject();

    internal static byte[] Bytes(JsonNode document, JsonNode c)
    {
        if (c["text"] is { } text)
        {
            return Encoding.UTF8.GetBytes(text.GetValue<string>());
        }

        if (c["hex"] is { } hex)
        {
            return Convert.FromHexString(hex.GetValue<string>());
        }

        var doc = document.DeepClone();
        foreach (var pointer in c["remove"]?.AsArray() ?? [])
        {
            var (parent, key) = Locate(doc, pointer!.GetValue<string>());
            if (parent is JsonArray array)
            {
                array.RemoveAt(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.True(parent.AsObject().Remove(key), $"nothing at {pointer}");
            }
        }

        foreach (var (pointer, value) in c["set"]?.AsObject() ?? [])
        {
            var (parent, key) = Locate(doc, pointer);
            var copy = value?.DeepClone();
            if (parent is JsonArray array)
            {
                if (key == "-")
                {
                    array.Add(copy);
                }
                else
                {
                    array[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = copy;
                }
            }
            else
            {
                parent.AsObject()[key] = copy;
            }
        }

        return Encoding.UTF8.GetBytes(doc.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static (JsonNode Parent, string Key) Locate(JsonNode root, string pointer)
    {
        var parts = pointer.Split('/')[1..].Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = node is JsonArray a ? a[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        return (node, parts[^1]);
    }
}
