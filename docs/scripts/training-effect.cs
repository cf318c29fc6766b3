#:project ../../src/ReKs.Competence/ReKs.Competence.csproj
// expect: node evaluations with an intervention.
// Did a training measure work? The Gjøvik region's evaluation data (shaped like the ReKs plan's indicators, with
// made-up numbers): for each indicator with an intervention, each node's run-chart verdict, the change after the
// intervention with its 95 % interval, and the difference in differences against the nodes that did not take part.
// Run from the repository root:  dotnet run docs/scripts/training-effect.cs [PLAN.json] [EVALUATION.json]
using System.Globalization;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;

var planPath = args.Length > 0 ? args[0] : "docs/examples/gjovik-region.json";
var dataPath = args.Length > 1 ? args[1] : "docs/examples/gjovik-region.evaluation.json";
var plan = PlanDocument.Read(File.OpenRead(planPath)).GetValueOrThrow();
var data = EvaluationDocument.Read(File.OpenRead(dataPath), plan).GetValueOrThrow();

var shown = 0;
foreach (var indicator in data.Indicators)
{
    var evaluations = Evaluator.EvaluateAll(data, indicator.Id, plan.Organisation);
    var withIntervention = evaluations.Where(e => e.Intervention is not null).ToList();
    if (withIntervention.Count == 0) continue;

    Console.WriteLine($"## {indicator.Name.English} ({indicator.Id})");
    Console.WriteLine();
    Console.WriteLine("| node | verdict | change after (95 % CI) | against non-participants (95 % CI) |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var evaluation in withIntervention)
    {
        Console.WriteLine($"| {plan.Organisation[evaluation.Node].Name.Norwegian} | {evaluation.Verdict} | {Effect(evaluation.Effect)} | {Effect(evaluation.Comparison)} |");
        shown++;
    }

    Console.WriteLine();
}

if (shown == 0)
{
    Console.Error.WriteLine("no indicator has an intervention to evaluate");
    return 1;
}

Console.WriteLine($"{shown} node evaluations with an intervention.");
return 0;

static string Effect(EffectEstimate? effect) => effect is null
    ? "–"
    : string.Create(CultureInfo.InvariantCulture, $"{effect.Difference:0.00} ({effect.Interval.Lower:0.00} to {effect.Interval.Upper:0.00}), {effect.Design}");
