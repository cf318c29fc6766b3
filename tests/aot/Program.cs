// Native-AOT smoke test: read a plan from JSON, analyse its gaps, explain one line, export the regional view,
// and date a wheel — the library's main paths, compiled ahead of time and trimmed.
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

var path = args.Length > 0 ? args[0] : "docs/examples/gjovik-region.json";
var read = PlanDocument.Read(File.OpenRead(path));
if (!read.IsValid)
{
    foreach (var problem in read.Problems) Console.Error.WriteLine(problem);
    return 1;
}

var plan = read.GetValueOrThrow();
var analysis = GapAnalyzer.Analyse(plan, new LocalDate(2026, 9, 1));
var first = analysis.LinesWith(NeedKind.Acquire).First();
Console.WriteLine(analysis.Explain(first).Narrative(Language.English));
var regional = RegionalExport.Create(analysis, plan.Organisation.Root.Id);
var written = PlanDocument.Write(plan);
var again = PlanDocument.Read(new MemoryStream(written)).GetValueOrThrow();
if (GapAnalyzer.Analyse(again, new LocalDate(2026, 9, 1)).Lines.Length != analysis.Lines.Length)
{
    Console.Error.WriteLine("the written plan does not analyse to the same lines");
    return 1;
}

Console.WriteLine($"aot: {analysis.Lines.Length} lines, {regional.Cells.Count(c => c.Withheld)} of {regional.Cells.Length} regional cells withheld, plan written and read back ({written.Length} bytes)");
return 0;
