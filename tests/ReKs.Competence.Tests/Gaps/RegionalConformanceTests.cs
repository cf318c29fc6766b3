using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>Every regional-export fixture case (shared and REKS_EXTRA_FIXTURES), through the public API, as the fixture README says.</summary>
public class RegionalConformanceTests
{
    /// <summary>One row per (file, case name): a cases file holds many cases, and a failure names the one that failed.</summary>
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string file in Fixtures.Files("regional-export"))
            {
                foreach (var c in RegionalFixtureAdapter.Load(file))
                {
                    data.Add(file, c.Name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Export_FixtureCase_WithholdsExactlyTheExpectedCells(string file, string name)
    {
        var c = RegionalFixtureAdapter.Load(file).Single(x => x.Name == name);
        var analysis = RegionalFixtureAdapter.Analyse(c);
        var whole = RegionalExport.Create(analysis, analysis.Organisation.Root.Id);
        Assert.Equal(c.MinGroupSize, whole.MinGroupSize);
        Assert.True(c.ExpectedWithheld!.SequenceEqual(RegionalFixtureAdapter.Withheld(whole)),
            $"{file}: case '{name}': whole tree withholds [{string.Join(", ", RegionalFixtureAdapter.Withheld(whole))}], expected [{string.Join(", ", c.ExpectedWithheld!)}]");

        // One pattern per plan and date: the export rooted at any node withholds the whole-tree pattern restricted to its sub-tree.
        foreach (var s in analysis.Organisation.Nodes)
        {
            var inSubtree = analysis.Organisation.SubtreeOf(s.Id).Select(n => n.Id.Value).ToHashSet();
            var expected = c.ExpectedWithheld!.Where(inSubtree.Contains).ToList();
            var actual = RegionalFixtureAdapter.Withheld(RegionalExport.Create(analysis, s.Id));
            Assert.True(expected.SequenceEqual(actual),
                $"{file}: case '{name}': export rooted at '{s.Id}' withholds [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]");
        }
    }

    [Fact]
    public void Export_SpecWorkedExample_WithholdsAAndBAndTheirUnits()
    {
        // Spec gap-analysis.md, "Privacy-safe export", the worked example (k = 3): region r with municipalities a, b, c,
        // each with one unit a1, b1, c1 and no people of their own; P(a1) = 2, P(b1) = 5, P(c1) = 6. Primary: a1 and a;
        // subtable r adds b (smallest P ≥ 1 among b, c); subtable a holds two; subtable b adds b1. Published: r, c, c1.
        var c = new RegionalCase("spec worked example", 3, [
            new("r", null, 0, 0), new("a", "r", 0, 0), new("b", "r", 0, 0), new("c", "r", 0, 0),
            new("a1", "a", 2, 100), new("b1", "b", 5, 100), new("c1", "c", 6, 100)]);
        var analysis = RegionalFixtureAdapter.Analyse(c);
        var export = RegionalExport.Create(analysis, new NodeId("r"));
        Assert.Equal(["a", "a1", "b", "b1"], RegionalFixtureAdapter.Withheld(export));
        foreach (var published in new[] { "r", "c", "c1" })
        {
            var cell = export.CellOf(new NodeId(published), RegionalFixtureAdapter.Key)!;
            Assert.False(cell.Withheld);
            Assert.Equal(analysis.PartialOf(cell.Node)[cell.Key], cell.Figures);
        }

        // A withheld cell keeps its amount (about the organisation) and nothing else.
        var a = export.CellOf(new NodeId("a"), RegionalFixtureAdapter.Key)!;
        Assert.Equal(PositionShare.FromPercent(100), a.Amount);
        Assert.Null(a.Figures);
        Assert.Null(a.Net);

        // The attacker knows a + b and a1 + b1, never a or b alone: r − c = a + b = 7 people.
        Assert.Equal(7, export.CellOf(new NodeId("r"), RegionalFixtureAdapter.Key)!.Figures!.Value.People - export.CellOf(new NodeId("c"), RegionalFixtureAdapter.Key)!.Figures!.Value.People);
    }
}
