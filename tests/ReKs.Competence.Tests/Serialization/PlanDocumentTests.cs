using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Serialization;

public class PlanDocumentTests
{
    public static TheoryData<string> Examples => new(Repo.PlanExamples());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Read_BundledExample_IsValid(string file)
    {
        var result = PlanDocument.ReadBytes(File.ReadAllBytes(file));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void WriteThenRead_BundledExample_GivesEqualPlanAndSameBytes(string file)
    {
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(file)).GetValueOrThrow();
        var bytes = PlanDocument.Write(plan);
        var again = PlanDocument.ReadBytes(bytes).GetValueOrThrow();
        Assert.Equal(plan, again);
        Assert.Equal(bytes, PlanDocument.Write(again));
    }

    [Fact]
    public void Read_UnsupportedVersion_SaysSo()
    {
        var result = PlanDocument.Parse("""{"schemaVersion": 7}""");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemKind.UnsupportedVersion, problem.Kind);
        Assert.Equal("$.schemaVersion", problem.Path);
    }

    [Fact]
    public void Read_MalformedJson_GivesLineAndColumn()
    {
        var result = PlanDocument.Parse("{\n  \"schemaVersion\": 1,\n  \"name\": {\"nb\": \"x\"\n}");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemKind.Syntax, problem.Kind);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Read_TooDeep_IsALimitProblem()
    {
        var deep = """{"schemaVersion": 1, "name": """ + new string('[', 200) + new string(']', 200) + "}";
        var problem = Assert.Single(PlanDocument.Parse(deep).Problems);
        Assert.Equal(ProblemKind.Limit, problem.Kind);
    }

    [Fact]
    public void Read_TooLarge_IsALimitProblem()
    {
        var problem = Assert.Single(PlanDocument.Parse("""{"schemaVersion": 1}""", new ReadOptions(maxBytes: 5)).Problems);
        Assert.Equal(ProblemKind.Limit, problem.Kind);
    }
}
