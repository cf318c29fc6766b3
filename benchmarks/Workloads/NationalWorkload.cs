using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Workloads;

/// <summary>
/// A deterministic national workload for the gap engine: 357 municipalities whose health-and-care staff follow a
/// Zipf-like skew (a few large municipalities, many small ones), each a municipality → service areas → units tree,
/// 240 competences of Zipf-like popularity, 10–60 holdings a person (unassessed, expiring certificates, formal
/// competence still being earned), aspirations, starters and leavers, and requirements at units, service areas and
/// municipalities. The same scale and seed give the same plan.
/// </summary>
/// <remarks>
/// A fraction 1/d of the nation is the stratified sample of the municipalities whose size rank r has r mod d = d / 2,
/// so every sample keeps the skew; the samples are a little lighter than 1/d because the largest municipality falls
/// in none of them (count the holdings of a sample rather than assume 1/d). Shared, as a linked source file, by the
/// benchmarks and a test at a small size; it is not part of any shipped package.
/// </remarks>
internal static class NationalWorkload
{
    /// <summary>The municipalities of the whole nation.</summary>
    public const int Municipalities = 357;

    /// <summary>The number of competences in the plan.</summary>
    public const int CompetenceCount = 240;

    /// <summary>The date the workload is analysed at.</summary>
    public static readonly LocalDate AsOf = new(2026, 9, 1);

    /// <summary>The staff of a municipality by its size rank (0 = largest): Zipf with exponent 1 over about 186 000 people, plus 40.</summary>
    /// <param name="rank">The size rank.</param>
    /// <returns>The number of people.</returns>
    public static int PeopleOf(int rank) => 40 + (int)(28_800 / (rank + 1.0));

    /// <summary>The size ranks of the municipalities in the sample 1/<paramref name="divisor"/> of the nation.</summary>
    /// <param name="divisor">1 for the nation, 4 for a quarter, …</param>
    /// <returns>The ranks, ascending.</returns>
    public static IEnumerable<int> RanksOf(int divisor) =>
        divisor <= 1 ? Enumerable.Range(0, Municipalities) : Enumerable.Range(0, Municipalities).Where(r => r % divisor == divisor / 2);

    /// <summary>Creates the plan of 1/<paramref name="divisor"/> of the nation.</summary>
    /// <param name="divisor">1 for the nation, 4, 16, 64 for the benchmark fractions; larger for small test plans.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="peopleScale">Divides every municipality's staff, for small test plans (1 for the benchmark sizes).</param>
    /// <returns>A valid plan.</returns>
    public static CompetencePlan Create(int divisor, int seed = 2026, int peopleScale = 1)
    {
        var competences = Enumerable.Range(0, CompetenceCount)
            .Select(i => new Model.Competence(new CompetenceId($"k{i:D3}"), new LocalizedText($"Kompetanse {i}"), (LaiComponents)(1 << (i % 4)) | LaiComponents.Knowledge))
            .ToList();
        var ids = competences.Select(c => c.Id).ToArray();

        // Popularity: Zipf with exponent 0.8 over the competences.
        var cumulative = new double[CompetenceCount];
        var sum = 0.0;
        for (var i = 0; i < CompetenceCount; i++)
        {
            sum += 1 / Math.Pow(i + 1, 0.8);
            cumulative[i] = sum;
        }

        var nodes = new List<OrganisationNode> { new(new NodeId("norge"), null, kind: NodeKind.Region) };
        var people = new List<Person>();
        var requirements = new List<Requirement>();
        var shares = new[] { 100m, 100m, 100m, 80m, 75m, 60m, 50m, 40m, 20m };
        foreach (var rank in RanksOf(divisor))
        {
            // One random stream per municipality: a sample's municipalities are the nation's, person for person.
            var random = new Random(unchecked((seed * 1_000_003) + rank) & int.MaxValue);
            int Popular()
            {
                var x = random.NextDouble() * sum;
                var i = Array.BinarySearch(cumulative, x);
                return Math.Min(i < 0 ? ~i : i, CompetenceCount - 1);
            }

            // The level a competence is usually asked at; sometimes one above it.
            int LevelFor(int c) => Math.Min(4, 2 + (c % 3) + (random.Next(6) == 0 ? 1 : 0));
            LocalDate? Near() => random.Next(6) == 0 ? AsOf.PlusDays(random.Next(-700, 700)) : null;

            var municipality = new NodeId($"m{rank:D3}");
            nodes.Add(new OrganisationNode(municipality, nodes[0].Id, kind: NodeKind.Municipality));
            var staff = Math.Max(2, PeopleOf(rank) / peopleScale);
            var unitCount = Math.Max(2, staff / 15);
            var areaCount = Math.Max(1, unitCount / 8);
            var units = new List<NodeId>(unitCount);
            for (var a = 0; a < areaCount; a++)
            {
                var area = new NodeId($"m{rank:D3}.a{a}");
                nodes.Add(new OrganisationNode(area, municipality, kind: NodeKind.ServiceArea));
                for (var u = a; u < unitCount; u += areaCount)
                {
                    var unit = new NodeId($"m{rank:D3}.a{a}.u{u}");
                    nodes.Add(new OrganisationNode(unit, area));
                    units.Add(unit);
                }

                requirements.Add(new Requirement(area, ids[Popular()], new ProficiencyLevel(4), PositionShare.FromPercent(100), from: Near()));
            }

            requirements.Add(new Requirement(municipality, ids[0], new ProficiencyLevel(4), PositionShare.FromPercent(200)));
            requirements.Add(new Requirement(municipality, ids[1], new ProficiencyLevel(LevelFor(1)), PositionShare.FromPercent(100), minHeads: 3));

            foreach (var unit in units)
            {
                var asked = new HashSet<int>();
                for (var k = 0; k < 18; k++)
                {
                    var c = Popular();
                    if (asked.Add(c))
                    {
                        requirements.Add(new Requirement(unit, ids[c], new ProficiencyLevel(LevelFor(c)), PositionShare.FromPercent(random.Next(1, 9) * 50),
                            minHeads: random.Next(4) == 0 ? 3 : null, from: Near(), neededBy: random.Next(3) == 0 ? AsOf.PlusDays(random.Next(30, 900)) : null));
                    }
                }
            }

            for (var i = 0; i < staff; i++)
            {
                var count = random.Next(10, 61);
                var holdings = new List<Holding>(count);
                for (var h = 0; h < count; h++)
                {
                    var c = Popular();
                    holdings.Add(new Holding(
                        ids[c],
                        random.Next(20) == 0 ? null : new ProficiencyLevel(random.Next(1, 5)),
                        random.Next(2) == 0 ? CompetenceBasis.Formal : CompetenceBasis.Informal,
                        random.Next(6) != 0,
                        random.Next(15) == 0 ? AsOf.PlusDays(random.Next(1, 300)) : null,
                        random.Next(8) == 0 ? AsOf.PlusDays(random.Next(-400, 700)) : null));
                }

                var aspirations = random.Next(8) == 0 ? new[] { ids[Popular()] } : [];
                LocalDate? starts = random.Next(40) == 0 ? AsOf.PlusDays(random.Next(1, 200)) : random.Next(3) == 0 ? AsOf.PlusDays(-random.Next(30, 9000)) : null;
                LocalDate? leaves = random.Next(15) == 0 ? AsOf.PlusDays(random.Next(-100, 900)) : null;
                if (starts is { } s && leaves is { } l && l <= s)
                {
                    leaves = s.PlusDays(random.Next(1, 400));
                }

                people.Add(new Person(
                    new PersonId($"p{rank:D3}-{i}"), units[random.Next(units.Count)], PositionShare.FromPercent(shares[random.Next(shares.Length)]),
                    holdings, aspirations, starts, leaves));
            }
        }

        return new CompetencePlan(new LocalizedText(divisor <= 1 ? "Norge" : $"Norge 1/{divisor}"), new Organisation(nodes), competences, people, requirements);
    }
}
