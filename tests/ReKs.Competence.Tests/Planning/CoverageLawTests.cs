using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Tests.Gaps;

namespace ReKs.Competence.Tests.Planning;

/// <summary>A generated plan with measures of every strategy, and the index of a measure whose seats a law may raise.</summary>
public sealed record CoverageScenario(GapScenario Scenario, int Pick, int MoreSeats)
{
    public override string ToString() => $"pick {Pick}, +{MoreSeats} seats; {Scenario}";
}

/// <summary>Generators: the gap engine's generated plans with zero to four measures — develop, mobilise, acquire or phase
/// out; sessions before, on or after the as-of date; limited or unlimited seats; target nodes, position types or named
/// people; planned, running, done (with completions) or cancelled.</summary>
public static class CoverageArbitraries
{
    private static readonly string[] Competences = ["dementia", "medication", "palliative"];

    public static Arbitrary<CoverageScenario> Scenarios() => Arb.From(
        from s in GapArbitraries.ScenarioGen()
        from count in Gen.Choose(0, 4)
        from measures in Gen.CollectToList(Enumerable.Range(0, count), i => MeasureGen(s.Plan, i))
        from pick in Gen.Choose(0, 3)
        from more in Gen.Choose(1, 4)
        select new CoverageScenario(s with { Plan = WithMeasures(s.Plan, measures) }, pick, more));

    public static CompetencePlan WithMeasures(CompetencePlan p, IEnumerable<Measure> measures) =>
        new(p.Name, p.Organisation, p.Competences, p.People, p.Requirements, p.Goals, measures, p.Scale, p.Precedence, p.Period);

    private static Gen<Measure> MeasureGen(CompetencePlan plan, int i)
    {
        var nodes = plan.Organisation.Nodes.Select(n => n.Id).ToArray();
        var people = plan.People.Select(p => p.Id).ToArray();
        return
            from strategy in Gen.Elements(CompetenceStrategies.Develop, CompetenceStrategies.Develop, CompetenceStrategies.Mobilise, CompetenceStrategies.Acquire, CompetenceStrategies.PhaseOut)
            from competence in Gen.Elements(Competences)
            from level in Gen.Choose(1, 4)
            from node in Gen.Elements(nodes)
            from amount in Gen.Choose(1, 250)
            from offset in Gen.Choose(-60, 30)
            from capacity in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 4).Select(c => (int?)c)))
            from runs in Gen.Choose(1, 2)
            from targets in Gen.SubListOf(nodes).Select(l => l.Take(2).ToList())
            from named in people.Length == 0 ? Gen.Constant(new List<PersonId>()) : Gen.Frequency((3, Gen.Constant(new List<PersonId>())), (1, Gen.SubListOf(people).Select(l => l.Take(3).ToList())))
            from types in Gen.Frequency((3, Gen.Constant(Array.Empty<PositionType>())), (1, Gen.Constant(new[] { PositionType.Nurse })))
            from status in Gen.Elements(MeasureStatus.Planned, MeasureStatus.Running, MeasureStatus.Done, MeasureStatus.Cancelled)
            let date = GapArbitraries.T.PlusDays(offset)
            let c = new CompetenceId(competence)
            let yield = strategy switch
            {
                CompetenceStrategies.Develop => MeasureYield.Develop(c, new ProficiencyLevel(level)),
                CompetenceStrategies.Mobilise => MeasureYield.Mobilise(c),
                CompetenceStrategies.Acquire => MeasureYield.Acquire(node, c, new ProficiencyLevel(level), PositionShare.FromPercent(amount), date),
                _ => MeasureYield.PhaseOut(node, c, new ProficiencyLevel(level)),
            }
            select new Measure(
                new MeasureId($"m{i}"),
                new LocalizedText($"m{i}"),
                MeasureKind.Course,
                strategy,
                capacity: capacity,
                sessions: [date],
                participants: targets,
                yields: [yield],
                targetPositionTypes: types,
                targetPeople: named,
                runs: runs,
                status: status,
                completions: status == MeasureStatus.Done ? named.Select(p => new MeasureCompletion(p, date)) : null);
    }
}

/// <summary>The laws of coverage (the issue "The plan closes the loop"), over generated plans with measures.</summary>
[Properties(Arbitrary = [typeof(CoverageArbitraries)], MaxTest = 300)]
public class CoverageLawTests
{
    [Property]
    public Property CoveredPlusLeft_IsTheNeedOnEveryLine_AndTheMeasuresShareTheCoverageExactly(CoverageScenario c)
    {
        var s = c.Scenario;
        var coverage = PlanCoverage.Of(s.Plan, s.AsOf, s.Options);
        return coverage.Lines.All(l =>
            l.Figures.Covered.Hundredths + l.Figures.Left.Hundredths == l.Figures.Need.Hundredths
            && l.Figures.Need == l.Before.Figures.Gap
            && l.Figures.Left == (coverage.AfterAnalysis.LineOf(l.Node, l.Key)?.Figures.Gap ?? PositionShare.Zero)
            && l.Measures.Sum(m => m.Covers.Hundredths) == l.Figures.Covered.Hundredths).ToProperty();
    }

    [Property]
    public Property Coverage_IsNeverNegative(CoverageScenario c)
    {
        var s = c.Scenario;
        var coverage = PlanCoverage.Of(s.Plan, s.AsOf, s.Options);
        var lines = coverage.Lines.All(l => l.Figures.Covered >= PositionShare.Zero && l.Measures.All(m => m.Covers >= PositionShare.Zero));
        var nets = s.Plan.Organisation.Nodes.All(n => coverage.NetOf(n.Id).Values.All(f => f.Covered >= PositionShare.Zero));
        return (lines && nets).ToProperty();
    }

    [Property]
    public Property MoreSeats_NeverCoverLess(CoverageScenario c)
    {
        var s = c.Scenario;
        if (s.Plan.Measures.Length == 0)
        {
            return true.ToProperty();
        }

        var i = c.Pick % s.Plan.Measures.Length;
        var m = s.Plan.Measures[i];
        var bigger = new Measure(
            m.Id, m.Name, m.Kind, m.Strategy, m.TargetCompetences, (m.Capacity ?? 0) + c.MoreSeats, m.Sessions, m.Participants, m.Goals, m.Yields,
            m.TargetPositionTypes, m.TargetPeople, m.Runs, m.HoursPerParticipant, m.Prerequisites, m.Mandatory, m.LeaderTakesPart,
            m.ResponsibleRole, m.Status, m.Completions, m.Costs, m.Funding);
        if (m.Capacity is null)
        {
            return true.ToProperty(); // unlimited seats are already the most
        }

        var fewer = PlanCoverage.Of(s.Plan, s.AsOf, s.Options);
        var more = PlanCoverage.Of(CoverageArbitraries.WithMeasures(s.Plan, s.Plan.Measures.SetItem(i, bigger)), s.AsOf, s.Options);
        return fewer.Lines.All(l => more.Lines.Single(x => x.Node == l.Node && x.Key == l.Key).Figures.Covered >= l.Figures.Covered).ToProperty();
    }

    [Property]
    public Property AfterTheMeasures_IsAFullAnalysisOfTheChangedPlan(CoverageScenario c)
    {
        var s = c.Scenario;
        var coverage = PlanCoverage.Of(s.Plan, s.AsOf, s.Options);
        var full = GapAnalyzer.Analyse(PlanCoverage.After(s.Plan, s.AsOf, s.Options), s.AsOf, s.Options);
        return (coverage.AfterAnalysis.Lines.SequenceEqual(full.Lines)
            && s.Plan.Organisation.Nodes.All(n => coverage.AfterAnalysis.NetOf(n.Id).SequenceEqual(full.NetOf(n.Id)))).ToProperty();
    }
}

/// <summary>Generated measures of every strategy, status and target group, with costs and funding, survive the plan document.</summary>
[Properties(Arbitrary = [typeof(CoverageArbitraries)], MaxTest = 200)]
public class MeasureRoundTripProperties
{
    [Property]
    public Property WriteThenRead_GivesTheSamePlan(CoverageScenario c, byte year, uint fee, uint hours, bool granted)
    {
        var text = new LocalizedText("kostnad");
        var measures = c.Scenario.Plan.Measures.Select(m => new Measure(
            m.Id, m.Name, m.Kind, m.Strategy, m.TargetCompetences, m.Capacity, m.Sessions, m.Participants, m.Goals, m.Yields,
            m.TargetPositionTypes, m.TargetPeople, m.Runs, hours % 7 == 0 ? null : (hours % 1000) / 4m + 0.25m, m.Prerequisites, fee % 2 == 0, granted,
            fee % 3 == 0 ? null : text, m.Status, m.Completions,
            [CostItem.ForFee(2000 + (year % 30), text, fee / 100m), CostItem.ForHours(2001, text, (hours % 5000) / 100m + 1m, 412.5m)],
            [new Funding("ks-prosjektmidler", 2000 + (year % 30), fee / 2 / 100m, granted ? FundingStatus.Granted : FundingStatus.Refused)]));
        var plan = CoverageArbitraries.WithMeasures(c.Scenario.Plan, measures);
        var again = ReKs.Competence.Documents.PlanDocument.Parse(ReKs.Competence.Documents.PlanDocument.WriteString(plan)).GetValueOrThrow();
        return (again == plan).ToProperty();
    }
}
