using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// A deterministic, realistic workload: municipalities → service areas → units, ten competences, about six holdings
/// a person (some unassessed, expiring or not yet valid), aspirations, and requirements at every unit and municipality.
/// </summary>
public static class RegionWorkload
{
    /// <summary>The date every benchmark analyses the workload on.</summary>
    public static readonly LocalDate AsOf = new(2026, 9, 1);

    /// <summary>Creates the workload.</summary>
    /// <param name="people">About how many people: one municipality per 600.</param>
    /// <param name="seed">The random seed; the same seed gives the same plan.</param>
    /// <returns>A valid plan.</returns>
    public static CompetencePlan Create(int people, int seed = 2026)
    {
        var random = new Random(seed);
        var competences = Enumerable.Range(0, 10).Select(i => new Model.Competence(new CompetenceId($"c{i}"), new LocalizedText($"Kompetanse {i}"), LaiComponents.Knowledge | LaiComponents.Attitudes)).ToList();
        var municipalities = Math.Max(1, people / 600);
        var nodes = new List<OrganisationNode> { new(new NodeId("region"), null, kind: NodeKind.Region) };
        var units = new List<NodeId>();
        for (var m = 0; m < municipalities; m++)
        {
            var municipality = new NodeId($"m{m}");
            nodes.Add(new OrganisationNode(municipality, nodes[0].Id, kind: NodeKind.Municipality));
            for (var a = 0; a < 3; a++)
            {
                var area = new NodeId($"m{m}.a{a}");
                nodes.Add(new OrganisationNode(area, municipality, kind: NodeKind.ServiceArea));
                for (var u = 0; u < 4; u++)
                {
                    var unit = new NodeId($"m{m}.a{a}.u{u}");
                    nodes.Add(new OrganisationNode(unit, area));
                    units.Add(unit);
                }
            }
        }

        LocalDate? Near() => random.Next(6) == 0 ? AsOf.PlusDays(random.Next(-700, 700)) : null;
        var staff = new List<Person>(people);
        for (var i = 0; i < people; i++)
        {
            var holdings = Enumerable.Range(0, random.Next(3, 9)).Select(_ => new Holding(
                competences[random.Next(competences.Count)].Id,
                random.Next(20) == 0 ? null : new ProficiencyLevel(random.Next(1, 5)),
                random.Next(2) == 0 ? CompetenceBasis.Formal : CompetenceBasis.Informal,
                random.Next(6) != 0,
                random.Next(15) == 0 ? AsOf.PlusDays(random.Next(1, 300)) : null,
                random.Next(8) == 0 ? AsOf.PlusDays(random.Next(-400, 700)) : null)).ToList();
            var aspirations = random.Next(8) == 0 ? new[] { competences[random.Next(competences.Count)].Id } : [];
            var leaves = random.Next(15) == 0 ? AsOf.PlusDays(random.Next(-100, 900)) : (LocalDate?)null;
            staff.Add(new Person(new PersonId($"p{i}"), units[random.Next(units.Count)], PositionShare.FromPercent(new[] { 100m, 100m, 80m, 75m, 50m, 20m }[random.Next(6)]), holdings, aspirations, leaves: leaves));
        }

        var requirements = new List<Requirement>();
        foreach (var unit in units)
        {
            foreach (var c in competences.OrderBy(_ => random.Next()).Take(5))
            {
                requirements.Add(new Requirement(unit, c.Id, new ProficiencyLevel(random.Next(2, 4)), PositionShare.FromPercent(random.Next(1, 8) * 50), minHeads: random.Next(3) == 0 ? 2 : null, from: Near()));
            }
        }

        foreach (var municipality in nodes.Where(n => n.Kind == NodeKind.Municipality))
        {
            requirements.Add(new Requirement(municipality.Id, competences[0].Id, new ProficiencyLevel(4), PositionShare.FromPercent(100)));
        }

        return new CompetencePlan(new LocalizedText("benchmark"), new Organisation(nodes), competences, staff, requirements);
    }
}
