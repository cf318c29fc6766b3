#:project ../../src/ReKs.Competence/ReKs.Competence.csproj
// expect: Regional view:
// expect: With the planned measures:
// The regional gap analysis of the Gjøvik region (ReKs, seed 000), its projection to 2030 and the effect of the plan's measures.
// Run from the repository root:  dotnet run docs/scripts/regional-gaps.cs [PLAN.json]
// Prints, per municipality, what must be mobilised, developed and acquired (person-years), how the need to acquire
// moves from 2026 to 2030 as certificates expire and people leave — without and with the plan's measures — and how much
// of the regional view is withheld for privacy. Fails (exit code 1) if a law the analysis promises does not hold.
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;

var path = args.Length > 0 ? args[0] : "docs/examples/gjovik-region.json";
var read = PlanDocument.Read(File.OpenRead(path));
if (!read.IsValid)
{
    foreach (var problem in read.Problems) Console.Error.WriteLine(problem);
    return 1;
}

var plan = read.GetValueOrThrow();
var asOf = new LocalDate(2026, 9, 1);
var analysis = GapAnalyzer.Analyse(plan, asOf);
var organisation = plan.Organisation;

Console.WriteLine($"# Gaps in {organisation.Root.Name.English} on {asOf:yyyy-MM-dd} (person-years)");
Console.WriteLine();
Console.WriteLine("| municipality | mobilise | develop | acquire |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var municipality in organisation.ChildrenOf(organisation.Root.Id))
{
    var net = analysis.NetOf(municipality.Id).Values.ToList();
    decimal Sum(Func<NetFigures, PositionShare> pick) => net.Sum(n => pick(n).FullTimeEquivalents);
    Console.WriteLine($"| {municipality.Name.Norwegian} | {Sum(n => n.Mobilise):0.0} | {Sum(n => n.Develop):0.0} | {Sum(n => n.Acquire):0.0} |");
}

// The same plan at the start of each year to 2030: people who leave and certificates that expire change the need.
var years = Enumerable.Range(2026, 5).Select(y => new LocalDate(y, 9, 1)).ToList();
var projection = GapAnalyzer.Project(plan, years);
Console.WriteLine();
Console.WriteLine("| date | region: develop | region: acquire (person-years) |");
Console.WriteLine("|---|---:|---:|");
for (var i = 0; i < years.Count; i++)
{
    var region = projection[i].NetOf(organisation.Root.Id).Values.ToList();
    Console.WriteLine($"| {years[i]:yyyy-MM-dd} | {region.Sum(n => n.Develop.FullTimeEquivalents):0.0} | {region.Sum(n => n.Acquire.FullTimeEquivalents):0.0} |");
}

// Projecting to a date is the same as analysing at that date: the law the projection rests on.
if (!projection[0].Lines.SequenceEqual(analysis.Lines))
{
    Console.Error.WriteLine("the projection's first date differs from the analysis at that date");
    return 1;
}

// The effect of the planned measures: the plan after its courses, sessions and recruitments, at the same dates.
var coverage = PlanCoverage.Of(plan, asOf);
Console.WriteLine();
Console.WriteLine($"With the planned measures: {coverage}");
var withMeasures = PlanCoverage.Project(plan, years);
Console.WriteLine();
Console.WriteLine("| date | region: gap without measures | with measures (person-years) |");
Console.WriteLine("|---|---:|---:|");
foreach (var (without, with) in withMeasures)
{
    var before = without.NetOf(organisation.Root.Id).Values.Sum(n => n.Gap.FullTimeEquivalents);
    var after = with.NetOf(organisation.Root.Id).Values.Sum(n => n.Gap.FullTimeEquivalents);
    Console.WriteLine($"| {without.AsOf:yyyy-MM-dd} | {before:0.0} | {after:0.0} |");

    // Coverage is never negative (spec planning.md, "Laws"): the measures never add to the region's gap.
    if (after > before)
    {
        Console.Error.WriteLine($"the measures add to the gap on {without.AsOf:yyyy-MM-dd}");
        return 1;
    }
}

var regional = RegionalExport.Create(analysis, organisation.Root.Id);
Console.WriteLine();
Console.WriteLine($"Regional view: {regional.Cells.Length} cells, {regional.Cells.Count(c => c.Withheld)} withheld for privacy.");
return 0;
