using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The specification's classification of one person (spec gap-analysis.md, the classes in order), as the explanations give it.</summary>
public class LineEngineTests
{
    [Fact]
    public void Explain_LevelWithinTheDevelopReachOfNothing_GivesTheRealReasonAndListsOnlyPeopleConcerned()
    {
        // Mutation review (docs/reliability.md, "Gap rules"): on level 1 with the default develop reach 1, "within reach"
        // needs a valid holding (level ≥ 1), so a person who only aspires is developable for the aspiration; a person
        // with nothing of the competence is not in the explanation at all.
        var c = new CompetenceId("c");
        var other = new CompetenceId("d");
        var unit = new NodeId("u");
        var plan = new CompetencePlan(
            new LocalizedText("test"),
            new Organisation([new OrganisationNode(unit, null)]),
            [new ReKs.Competence.Model.Competence(c, new LocalizedText("c"), LaiComponents.Knowledge), new ReKs.Competence.Model.Competence(other, new LocalizedText("d"), LaiComponents.Knowledge)],
            [
                new Person(new PersonId("aspires"), unit, PositionShare.FullTime, aspirations: [c]),
                new Person(new PersonId("unrelated"), unit, PositionShare.FullTime, [new Holding(other, new ProficiencyLevel(3), CompetenceBasis.Formal, true)]),
            ],
            [new Requirement(unit, c, new ProficiencyLevel(1), PositionShare.FromPercent(100))]);
        var analysis = GapAnalyzer.Analyse(plan, GapArbitraries.T);
        var line = analysis.Lines.Single(l => l.Competence == c);

        var counted = Assert.Single(analysis.Explain(line).People);
        Assert.Equal(("aspires", PersonClass.Developable, CountReason.Aspiration), (counted.Person.Value, counted.Class, counted.Reason));
    }
}
