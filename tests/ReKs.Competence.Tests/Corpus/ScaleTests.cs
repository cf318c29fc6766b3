using System.Text;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Corpus;

/// <summary>Issue 17, "Cost in proportion to size": inputs that took minutes when a check was quadratic complete at the
/// sizes the issue names. No timing is asserted (numbers are in docs/performance.md); a quadratic check would make these
/// tests run for minutes instead of a second.</summary>
public class ScaleTests
{
    private const int Many = 300_000;

    private static string Ids(string prefix, int count) => string.Join(",", Enumerable.Range(0, count).Select(i => $"\"{prefix}{i}\""));

    /// <summary>A plan whose one competence has <paramref name="tags"/> tags, one person <paramref name="aspirations"/>
    /// aspirations, one requirement as many goals and one measure as many participant nodes.</summary>
    private static byte[] Plan(int count, string? duplicateTag = null)
    {
        var sb = new StringBuilder();
        sb.Append("""{"schemaVersion":1,"name":{"nb":"Skala"},"organisation":[{"id":"root","parent":null}""");
        for (var i = 0; i < count; i++)
        {
            sb.Append(",{\"id\":\"n").Append(i).Append("\",\"parent\":\"root\"}");
        }

        sb.Append("],\"competences\":[{\"id\":\"c\",\"name\":{\"nb\":\"C\"},\"components\":[\"skills\"],\"tags\":[").Append(Ids("t", count));
        if (duplicateTag is not null)
        {
            sb.Append(",\"").Append(duplicateTag).Append('"');
        }

        sb.Append("]}");
        for (var i = 0; i < count; i++)
        {
            sb.Append(",{\"id\":\"c").Append(i).Append("\",\"name\":{\"nb\":\"C\"},\"components\":[\"skills\"]}");
        }

        sb.Append("],\"goals\":[").Append(string.Join(",", Enumerable.Range(0, count).Select(i => $"{{\"id\":\"g{i}\",\"name\":{{\"nb\":\"G\"}}}}")));
        sb.Append("],\"people\":[{\"id\":\"p\",\"node\":\"root\",\"positionPercent\":100,\"aspirations\":[").Append(Ids("c", count)).Append("]}]");
        sb.Append(",\"requirements\":[{\"node\":\"root\",\"competence\":\"c\",\"minLevel\":1,\"amountPercent\":100,\"goals\":[").Append(Ids("g", count)).Append("]}]");
        sb.Append(",\"measures\":[{\"id\":\"m\",\"name\":{\"nb\":\"M\"},\"kind\":\"course\",\"participants\":[").Append(Ids("n", count)).Append("]}]}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    [Fact]
    public void Read_300000TagsAspirationsGoalsAndParticipants_Completes()
    {
        var result = PlanDocument.ReadBytes(Plan(Many));

        Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(5)));
        Assert.Equal(Many, result.Value.Competences[0].Tags.Length);
        Assert.Equal(Many, result.Value.People[0].Aspirations.Length);
        Assert.Equal(Many, result.Value.Requirements[0].Goals.Length);
        Assert.Equal(Many, result.Value.Measures[0].Participants.Length);
    }

    [Fact]
    public void Read_DuplicateTagAfter100000_IsFoundAtItsPosition()
    {
        const int count = Many / 3;
        var result = PlanDocument.ReadBytes(Plan(count, duplicateTag: "t12345"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"$.competences[0].tags[{count}]", problem.Path);
        Assert.Contains("tag 't12345' is listed twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DepthOf_EveryNodeOfA100000DeepChain_IsItsPositionInTheChain()
    {
        // Issue 17: the HTML report asked every node's depth by walking its ancestors (75 s for a 100 000-deep chain).
        const int depth = 100_000;
        var nodes = Enumerable.Range(0, depth).Select(i => new OrganisationNode(new NodeId($"n{i}"), i == 0 ? null : new NodeId($"n{i - 1}"))).ToList();
        var organisation = new Organisation(nodes);

        Assert.All(Enumerable.Range(0, depth), i => Assert.Equal(i, organisation.DepthOf(new NodeId($"n{i}"))));
    }
}
