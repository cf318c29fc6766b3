using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The mutation review of the privacy group at f05730c (docs/reliability.md, "Privacy, re-run at f05730c: the survivors
/// reviewed"): the one-line summaries of the export and of a withheld cell, which only <c>SummaryTests</c> (outside the
/// pass's test filter) asserted, and never with a minimum group size of one person. Here they are checked on the worked
/// example of the spec gap-analysis.md ("Privacy-safe export"), inside the filter.
/// </summary>
public class RegionalReview2Tests
{
    /// <summary>The spec's worked example (k = 3): region r over a, b, c, each with one unit holding 2, 5 and 6 people; r requires 100 %.</summary>
    private static readonly RegionalCase Worked = new("worked example", 3, [
        new("r", null, 0, 100),
        new("a", "r", 0, 0), new("a1", "a", 2, 0),
        new("b", "r", 0, 0), new("b1", "b", 5, 0),
        new("c", "r", 0, 0), new("c1", "c", 6, 0),
    ]);

    [Fact]
    public void ToString_WorkedExample_CountsSevenCellsThreePublishedFourWithheld()
    {
        // Spec worked example: published r, c, c1; withheld a, a1, b, b1 (a withheld count must not be added to the total).
        var export = RegionalExport.Create(RegionalFixtureAdapter.Analyse(Worked), new NodeId("r"));
        Assert.Equal(["a", "a1", "b", "b1"], RegionalFixtureAdapter.Withheld(export));
        Assert.Equal("Regional export of r (minimum group size 3 people): 7 cells, 3 published, 4 withheld", export.ToString());
    }

    [Fact]
    public void ToString_MinimumGroupSizeOne_SaysOnePersonAndWithholdsNothing()
    {
        // With k = 1 no group is small (1 ≤ P < 1 never holds), and the minimum is one person, in the singular.
        var export = RegionalExport.Create(RegionalFixtureAdapter.Analyse(Worked), new NodeId("r"), 1);
        Assert.Empty(RegionalFixtureAdapter.Withheld(export));
        Assert.Equal("Regional export of r (minimum group size 1 person): 7 cells, 7 published, 0 withheld", export.ToString());
    }

    [Fact]
    public void CellToString_Withheld_SaysOnlyWithheldForPrivacy_PublishedShowsItsNet()
    {
        // Spec: "a withheld cell says only 'withheld for privacy'"; the amount stays published (a: 0, r: 1.00 person-years).
        var export = RegionalExport.Create(RegionalFixtureAdapter.Analyse(Worked), new NodeId("r"));
        var a = export.CellOf(new NodeId("a"), RegionalFixtureAdapter.Key)!;
        Assert.True(a.Withheld);
        Assert.Equal("a c≥2: requirement 0.00 person-years; withheld for privacy", a.ToString());

        var r = export.CellOf(new NodeId("r"), RegionalFixtureAdapter.Key)!;
        Assert.False(r.Withheld);
        Assert.Equal($"r c≥2: requirement 1.00 person-years; {r.Net!.Value}", r.ToString());
    }
}
