using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Model;

public class EvidenceResolverTests
{
    private static readonly CompetenceId Dementia = new("dementia");

    private static Evidence Say(EvidenceSource source, int level, int year, EvidenceKind kind = EvidenceKind.Assessment) =>
        new(Dementia, new ProficiencyLevel(level), kind, source, new LocalDate(year, 3, 1));

    [Fact]
    public void Resolve_SourcesDisagree_TheDefaultPrecedenceCountsDocumentedThenLeaderThenSelf()
    {
        // The issue: "default: documented, then leader-assessed, then self-declared".
        var evidence = new[] { Say(EvidenceSource.SelfDeclared, 4, 2025), Say(EvidenceSource.LeaderAssessed, 2, 2025) };
        var holding = Assert.Single(EvidenceResolver.Resolve(evidence, EvidencePrecedence.Default));
        Assert.Equal(new ProficiencyLevel(2), holding.Level);
        Assert.Equal(CompetenceBasis.Informal, holding.Basis);
    }

    [Fact]
    public void Resolve_DocumentedFormalAgainstSelfDeclared_ThePrecedenceDecidesAsDisagreementsSays()
    {
        // Issue "The plan closes the loop": documented level 2 with self-declared level 4 counted 4 while Disagreements
        // said 2. The precedence decides between formal and informal evidence as it does among informal sources.
        var course = new Evidence(Dementia, new ProficiencyLevel(2), EvidenceKind.Course, EvidenceSource.Documented, new LocalDate(2024, 5, 1));
        var self = Say(EvidenceSource.SelfDeclared, 4, 2025);
        var person = new Person(new PersonId("p"), new NodeId("n"), PositionShare.FullTime, evidence: [course, self]);

        var holding = Assert.Single(EvidenceResolver.Resolve(person.Evidence, EvidencePrecedence.Default));
        Assert.Equal(new ProficiencyLevel(2), holding.Level);
        Assert.Equal(CompetenceBasis.Formal, holding.Basis);
        var disagreement = Assert.Single(EvidenceResolver.Disagreements(person, EvidencePrecedence.Default));
        Assert.Equal(holding.Level, disagreement.Counted.Level);

        // With self-declared first, the self-declared level counts and the course does not.
        var selfFirst = new EvidencePrecedence([EvidenceSource.SelfDeclared, EvidenceSource.Documented, EvidenceSource.LeaderAssessed]);
        var counted = Assert.Single(EvidenceResolver.Resolve(person.Evidence, selfFirst));
        Assert.Equal(new ProficiencyLevel(4), counted.Level);
        Assert.Equal(counted.Level, Assert.Single(EvidenceResolver.Disagreements(person, selfFirst)).Counted.Level);
    }

    [Fact]
    public void Resolve_NewerAssessmentOfTheSameSource_CountsWithoutRewritingHistory()
    {
        var old = Say(EvidenceSource.LeaderAssessed, 2, 2023);
        var renewed = Say(EvidenceSource.LeaderAssessed, 3, 2025);
        var person = new Person(new PersonId("p"), new NodeId("n"), PositionShare.FullTime, evidence: [old, renewed]);
        Assert.Equal(new ProficiencyLevel(3), Assert.Single(EvidenceResolver.Resolve(person.Evidence, EvidencePrecedence.Default)).Level);
        Assert.Equal([old, renewed], person.Evidence.ToArray()); // append-only: the old assessment is still there
    }

    [Fact]
    public void Resolve_FormalEvidence_IsOneHoldingEachWithItsOwnValidity()
    {
        var cert = new Evidence(Dementia, new ProficiencyLevel(3), EvidenceKind.Certification, EvidenceSource.Documented, new LocalDate(2020, 1, 1), validUntil: new LocalDate(2024, 12, 31));
        var renewal = new Evidence(Dementia, new ProficiencyLevel(3), EvidenceKind.Certification, EvidenceSource.Documented, new LocalDate(2025, 1, 1), validUntil: new LocalDate(2029, 12, 31));
        var holdings = EvidenceResolver.Resolve([cert, renewal], EvidencePrecedence.Default);
        Assert.Equal(2, holdings.Length);
        Assert.All(holdings, h => Assert.Equal(CompetenceBasis.Formal, h.Basis));
    }

    [Fact]
    public void Disagreements_AreListedForTheAppraisalInterviewWithTheCountedStatementFirst()
    {
        var person = new Person(new PersonId("p"), new NodeId("n"), PositionShare.FullTime, evidence: [Say(EvidenceSource.SelfDeclared, 4, 2025), Say(EvidenceSource.LeaderAssessed, 2, 2025)]);
        var d = Assert.Single(EvidenceResolver.Disagreements(person, EvidencePrecedence.Default));
        Assert.Equal(EvidenceSource.LeaderAssessed, d.Counted.Source);
        Assert.Equal(2, d.Statements.Length);
        Assert.Empty(EvidenceResolver.Disagreements(new Person(new PersonId("q"), new NodeId("n"), PositionShare.FullTime, evidence: [Say(EvidenceSource.SelfDeclared, 2, 2025), Say(EvidenceSource.LeaderAssessed, 2, 2025)]), EvidencePrecedence.Default));
    }
}
