// A consumer of the packed packages: reads the bundled example, runs a gap analysis, dates the ReKs wheel and
// exports it to iCalendar, and evaluates an indicator — the three things an application does with the library.
// Exit code 0 and one line per step when everything works; any failure throws (exit code ≠ 0).
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.ICalendar;

var examples = args.Length > 0 ? args[0] : "docs/examples";

var plan = PlanDocument.Read(File.OpenRead(Path.Combine(examples, "gjovik-region.json"))).GetValueOrThrow();
var analysis = GapAnalyzer.Analyse(plan, new LocalDate(2026, 9, 1));
var acquire = analysis.LinesWith(NeedKind.Acquire).Count();
Check(analysis.Lines.Length > 0, "the gap analysis gave no lines");
var regional = RegionalExport.Create(analysis, plan.Organisation.Root.Id);
Console.WriteLine($"gaps: {analysis.Lines.Length} lines, {acquire} to acquire; regional export {regional.Cells.Length} cells, {regional.Cells.Count(c => c.Withheld)} withheld");

var wheel = WheelDocument.Read(File.OpenRead(Path.Combine(examples, "reks-wheel.json"))).GetValueOrThrow();
var year = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
var occurrences = wheel.Occurrences(year);
Check(occurrences.Length > 0, "the wheel has no occurrence in 2027");
var ics = WheelCalendar.Export(wheel, year, "ReKs 2027", CalendarMode.SingleEvents);
Check(ics.StartsWith("BEGIN:VCALENDAR", StringComparison.Ordinal), "the iCalendar text does not start with BEGIN:VCALENDAR");
Console.WriteLine($"wheel: {occurrences.Length} occurrences in 2027, iCalendar {ics.Length} characters");

var data = EvaluationDocument.Read(File.OpenRead(Path.Combine(examples, "gjovik-region.evaluation.json")), plan).GetValueOrThrow();
var indicator = data.Indicators[0];
var evaluations = Evaluator.EvaluateAll(data, indicator.Id, plan.Organisation);
Check(evaluations.Length > 0, $"no evaluation of {indicator.Id}");
Console.WriteLine($"evaluation: {indicator.Id} at {evaluations.Length} nodes, verdicts {string.Join(", ", evaluations.Select(e => e.Verdict).Distinct())}");

static void Check(bool condition, string message)
{
    if (!condition) throw new InvalidOperationException(message);
}
