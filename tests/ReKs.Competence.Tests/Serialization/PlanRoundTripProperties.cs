using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Gaps;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>Writing then reading gives an equal plan, and writing is deterministic, over 1 000 generated plans.</summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 1000)]
public class PlanRoundTripProperties
{
    [Property]
    public Property WriteThenRead_GivesAnEqualPlan(GapScenario s)
    {
        var plan = s.Plan;
        var bytes = PlanDocument.Write(plan);
        var read = PlanDocument.ReadBytes(bytes);
        return (read.IsValid && read.Value == plan).Label(string.Join("; ", read.Problems));
    }

    [Property]
    public Property Write_IsDeterministic(GapScenario s) =>
        PlanDocument.Write(s.Plan).AsSpan().SequenceEqual(PlanDocument.Write(PlanDocument.ReadBytes(PlanDocument.Write(s.Plan)).GetValueOrThrow())).ToProperty();

    [Fact]
    public void WriteThenRead_EveryOptionalPart_Survives()
    {
        // A plan that uses what the generated ones do not: scale, precedence, period, kinds, forms, tags, ESCO, evidence, measures.
        var scale = new ProficiencyScale([new LocalizedText("Lav", "Low"), new LocalizedText("Middels"), new LocalizedText("Høy", "High")]);
        var c = new CompetenceId("esco-care");
        var plan = new CompetencePlan(
            new LocalizedText("Alt", "Everything"),
            new Organisation([new OrganisationNode(new NodeId("r"), null, new LocalizedText("Region"), NodeKind.Region), new OrganisationNode(new NodeId("u"), new NodeId("r"), kind: NodeKind.Other)]),
            [new ReKs.Competence.Model.Competence(c, new LocalizedText("Omsorg", "Care"), LaiComponents.Skills | LaiComponents.Attitudes, LaiForm.Social, new Uri("http://data.europa.eu/esco/skill/abc"), ["Leve hele livet"])],
            [new Person(new PersonId("p1"), new NodeId("u"), PositionShare.FromPercent(33.33m), [new Holding(c, null, CompetenceBasis.Formal, false, new NodaTime.LocalDate(2026, 1, 1))], [c], new NodaTime.LocalDate(2020, 1, 1), null, PositionType.SocialEducator, HealthEducation.Higher,
                [new Evidence(c, new ProficiencyLevel(2), EvidenceKind.Assessment, EvidenceSource.LeaderAssessed, new NodaTime.LocalDate(2025, 5, 1), years: 2.5m)])],
            [new Requirement(new NodeId("u"), c, new ProficiencyLevel(3), PositionShare.FromPercent(150), [new GoalId("g")], 2, new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2027, 1, 1))],
            [new Goal(new GoalId("g"), new LocalizedText("Mål"), CompetenceStrategies.Develop | CompetenceStrategies.PhaseOut, new LocalizedText("Beskrivelse"))],
            [new Measure(new MeasureId("m"), new LocalizedText("Kurs"), MeasureKind.ELearning, CompetenceStrategies.Develop, [c], 12, [new NodaTime.LocalDate(2026, 2, 1)], [new NodeId("u")])],
            scale,
            new EvidencePrecedence([EvidenceSource.LeaderAssessed, EvidenceSource.Documented, EvidenceSource.SelfDeclared]),
            new NodaTime.DateInterval(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(2028, 12, 31)));
        var again = PlanDocument.ReadBytes(PlanDocument.Write(plan)).GetValueOrThrow();
        Assert.Equal(plan, again);
    }
}
