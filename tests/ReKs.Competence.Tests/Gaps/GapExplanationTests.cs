using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The narrative a coordinator reads: it names the node and the competence, and lists people only where there are some.</summary>
public class GapExplanationTests
{
    private static readonly CompetencePlan Plan = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
    private static readonly GapAnalysis Analysis = GapAnalyzer.Analyse(Plan, new LocalDate(2026, 9, 1));

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Norwegian)]
    public void Narrative_NamesNodeAndCompetence_AndNeverPrintsEmptyParentheses(Language language)
    {
        Assert.All(Analysis.Lines, line =>
        {
            var text = Analysis.Explain(line).Narrative(language);
            Assert.DoesNotContain("()", text, StringComparison.Ordinal);
            Assert.Contains(Plan.Organisation[line.Node].Name.In(language), text, StringComparison.Ordinal);
            Assert.Contains(Plan.GetCompetence(line.Competence).Name.In(language), text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Narrative_ListsThePseudonymsCounted()
    {
        var line = Analysis.Lines.First(l => l.Figures.Developable > PositionShare.Zero);
        var explanation = Analysis.Explain(line);
        var developable = explanation.People.Where(p => p.Class == PersonClass.Developable).Select(p => p.Person.Value).ToList();
        Assert.NotEmpty(developable);
        Assert.Contains($"({string.Join(", ", developable)})", explanation.Narrative(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void GapChange_ToString_SaysNodeKeyAndTheGapBeforeAndAfter()
    {
        var line = Analysis.Lines.First(l => l.Figures.Acquire > PositionShare.Zero && l.Figures.Amount > PositionShare.FromPercent(100));
        var nurse = new Person(new PersonId("new-nurse"), line.Node, PositionShare.FromPercent(100), [new Holding(line.Competence, line.MinLevel, CompetenceBasis.Formal, used: true)]);
        var change = Assert.Single(GapAnalyzer.Compare(Analysis, Analysis.WithPerson(nurse)), c => c.Node == line.Node && c.Key == line.Key);
        var expected = $"{line.Node} {line.Key}: gap {line.Figures.Gap} → {PositionShare.FromHundredths(line.Figures.Gap.Hundredths - 10000)} %";
        Assert.StartsWith(expected, change.ToString(), StringComparison.Ordinal);
    }
}
