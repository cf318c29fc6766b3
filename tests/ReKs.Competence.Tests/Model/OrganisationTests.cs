using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Model;

public class OrganisationTests
{
    private static OrganisationNode N(string id, string? parent) => new(new NodeId(id), parent is null ? null : new NodeId(parent));

    [Fact]
    public void Constructor_BrokenTree_ReportsEveryProblem()
    {
        var e = Assert.Throws<ValidationException>(() => new Organisation(
        [
            N("region", null),
            N("second-root", null),
            N("a", "b"),
            N("b", "a"),
            N("orphan", "missing"),
            N("region", null),
        ]));
        Assert.Contains(e.Problems, p => p.Kind == ProblemKind.Structure && p.Path == "$.organisation[1].parent");
        Assert.Contains(e.Problems, p => p.Kind == ProblemKind.Structure && p.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Kind == ProblemKind.UnknownReference && p.Path == "$.organisation[4].parent");
        Assert.Contains(e.Problems, p => p.Kind == ProblemKind.Duplicate && p.Path == "$.organisation[5].id");
    }

    [Fact]
    public void SubtreeAndAncestors_FollowTheTree()
    {
        var org = new Organisation([N("reks", null), N("gjovik", "reks"), N("hjemme", "gjovik"), N("toten", "reks")]);
        Assert.Equal(["gjovik", "hjemme"], org.SubtreeOf(new NodeId("gjovik")).Select(n => n.Id.Value));
        Assert.Equal(["gjovik", "reks"], org.AncestorsOf(new NodeId("hjemme")).Select(n => n.Id.Value));
        Assert.True(org.IsInSubtree(new NodeId("hjemme"), new NodeId("reks")));
        Assert.False(org.IsInSubtree(new NodeId("toten"), new NodeId("gjovik")));
        Assert.Equal(2, org.DepthOf(new NodeId("hjemme")));
    }
}
