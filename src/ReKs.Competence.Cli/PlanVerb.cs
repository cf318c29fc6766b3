using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli;

/// <summary><c>reks plan PLAN</c>: per goal the seeds' own table — the needs, the measures and what they cover, cost and
/// funding, the need left.</summary>
internal static class PlanVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var o = new CommonOptions(h, "JSON", OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var series = new Option<FileInfo?>("--series") { Description = h.T("evalueringsdokumentet med indikatorene som måler tiltakene (standard: PLAN.evaluation.json ved siden av planen når den finnes)", "the evaluation document whose indicators measure the measures (default: PLAN.evaluation.json beside the plan when it exists)"), HelpName = h.T("FIL", "FILE") };
        var command = o.Command("plan", HelpPage.Describe(
            h.T("Tiltaksplan per mål: behovene, tiltakene og hva de dekker, kostnad og finansiering, behovet som er igjen; evaluering per tiltak (Kirkpatrick).", "The plan of measures per goal: the needs, the measures and what they cover, cost and funding, the need left; evaluation per measure (Kirkpatrick)."),
            "reks plan docs/examples/bodo-hverdagsrehabilitering.json --as-of 2013-06-30 --lang en"), series);
        command.SetAction(parse =>
        {
            var p = DocumentLoader.Load(parse.GetValue(plan)!, context.Error, o.Read(parse));
            var date = parse.GetValue(asOf) ?? context.Today;
            var scope = InventoryVerb.Scope(p, parse.GetValue(node));
            var coverage = PlanCoverage.Of(p, date);
            var budget = PlanBudget.Of(p);
            var planFile = parse.GetValue(plan)!;
            var evaluationFile = EvaluationLoader.Locate(planFile, parse.GetValue(series));
            var indicators = parse.GetValue(series) is not null || evaluationFile.Exists ? EvaluationLoader.Load(evaluationFile, p).Indicators : [];
            var evaluation = MeasureEvaluationPlan.Of(p, indicators);
            var text = parse.GetValue(format) == OutputFormat.Json
                ? ViewDocument.WriteString(PlanView.Create(p, coverage, budget, InventoryVerb.NodeOf(p, parse.GetValue(node)), evaluation))
                : Text(p, coverage, budget, scope, parse.GetValue(lang), parse.GetValue(format)) + Evaluation(evaluation, parse.GetValue(lang), parse.GetValue(format));
            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }

    /// <summary>The goals in the plan's order, then the lines and measures that serve no goal.</summary>
    private static IEnumerable<(GoalId? Id, LocalizedText Name)> Groups(CompetencePlan plan) =>
        plan.Goals.Select(g => ((GoalId?)g.Id, g.Name)).Append((null, new LocalizedText("Uten mål", "Without a goal")));

    private static bool Serves(IReadOnlyCollection<GoalId> goals, GoalId? goal) => goal is { } g ? goals.Contains(g) : goals.Count == 0;


    private static string Text(CompetencePlan plan, PlanCoverage coverage, PlanBudget budget, HashSet<NodeId> scope, Lang l, OutputFormat format)
    {
        var sb = new StringBuilder();
        var h1 = format == OutputFormat.Markdown ? "## " : string.Empty;
        var h2 = format == OutputFormat.Markdown ? "### " : string.Empty;
        var language = l.Language();
        sb.Append(h1).Append(l.T($"Tiltaksplan per {coverage.Before.AsOf:uuuu-MM-dd} — {plan.Name.Norwegian}", $"Plan of measures as of {coverage.Before.AsOf:uuuu-MM-dd} — {plan.Name.In(Language.English)}")).Append("\n\n");
        foreach (var (goal, name) in Groups(plan))
        {
            var lines = coverage.Lines.Where(x => scope.Contains(x.Node) && Serves(x.Before.Goals, goal)).ToList();
            var measures = plan.Measures.Where(m => Serves(m.Goals, goal)).ToList();
            if (lines.Count == 0 && measures.Count == 0)
            {
                continue;
            }

            sb.Append(h2).Append(goal is { } g ? $"{g}: {name.In(language)}" : name.In(language)).Append("\n\n");
            if (lines.Count > 0)
            {
                var needs = new TextTable("Node", l.T("Kompetanse", "Competence"), l.T("Krav %", "Required %"), l.T("Mobilisere", "Mobilise"), l.T("Utvikle", "Develop"),
                    l.T("Anskaffe", "Acquire"), l.T("Dekket", "Covered"), l.T("Igjen", "Left"), l.T("Tiltak (dekker)", "Measures (cover)")).RightAlign(2, 3, 4, 5, 6, 7);
                foreach (var x in lines)
                {
                    var f = x.Before.Figures;
                    var by = x.Measures.IsEmpty ? l.T("ingen tiltak", "no measure")
                        : string.Join(", ", x.Measures.Select(m => $"{m.Measure.Id} {m.Covers}{(m.Late ? l.T(" (for sent)", " (late)") : string.Empty)}"));
                    needs.Add(x.Node.Value, $"{plan.GetCompetence(x.Key.Competence).Name.In(language)} ≥ {x.Key.Level}", f.Amount, f.Mobilise, f.Develop, f.Acquire, x.Figures.Covered, x.Figures.Left, by);
                }

                sb.Append(needs.Render(format)).Append('\n');
            }

            if (measures.Count > 0)
            {
                var table = new TextTable(l.T("Tiltak", "Measure"), l.T("Strategi", "Strategy"), l.T("Plasser", "Seats"), l.T("Deltakere", "Reaches"), l.T("Plasser uten behov", "Over-committed"),
                    l.T("Kostnad", "Cost"), l.T("Innvilget", "Granted"), l.T("Søkt", "Applied"), l.T("Mangler", "Shortfall")).RightAlign(2, 4, 5, 6, 7, 8);
                foreach (var m in measures)
                {
                    var reach = coverage.Measures.Single(r => r.Measure == m);
                    var money = budget.Lines.Where(b => b.Measure == m).Aggregate(default(BudgetFigures), (a, b) => a + b.Figures);
                    table.Add(
                        m.Status == MeasureStatus.Cancelled ? m.Id.Value + l.T(" (avlyst)", " (cancelled)") : m.Id.Value,
                        string.Join("+", Strategies(m.Strategy, l)),
                        m.Seats?.ToString(CultureInfo.InvariantCulture) ?? "–",
                        reach.People.IsEmpty ? "–" : string.Join(' ', reach.People),
                        reach.OverCommitted,
                        l.Kroner(money.Cost),
                        l.Kroner(money.Granted),
                        l.Kroner(money.Applied),
                        l.Kroner(money.Shortfall));
                }

                sb.Append(table.Render(format)).Append('\n');
            }
        }

        if (!coverage.AddressingNoNeed.IsEmpty)
        {
            sb.Append(l.T("Tiltak uten behov: ", "Measures addressing no need: ")).Append(string.Join(", ", coverage.AddressingNoNeed.Select(m => m.Id))).Append("\n\n");
        }

        var t = budget.Total;
        sb.Append(l.T(
            $"Budsjett: kostnad {l.Kroner(t.Cost)} kr, innvilget {l.Kroner(t.Granted)}, søkt {l.Kroner(t.Applied)}, avslått {l.Kroner(t.Refused)}, mangler {l.Kroner(t.Shortfall)}.",
            $"Budget: cost NOK {l.Kroner(t.Cost)}, granted {l.Kroner(t.Granted)}, applied {l.Kroner(t.Applied)}, refused {l.Kroner(t.Refused)}, shortfall {l.Kroner(t.Shortfall)}.")).Append('\n');
        sb.Append(l.T(
            "Behov i prosent av en hel stilling. Dekket = behov før tiltakene − behov etter; plasser uten behov når ingen som kan utvikles på en linje tiltaket retter seg mot.",
            "Needs in percent of a full position. Covered = need before the measures − need after; a seat that reaches nobody developable is over-committed.")).Append('\n');
        return sb.ToString();
    }

    /// <summary>Per measure: the indicators at each Kirkpatrick level, the levels still unmeasured, the evaluation dates.</summary>
    private static string Evaluation(ImmutableArray<MeasureEvaluationPlan> evaluation, Lang l, OutputFormat format)
    {
        if (evaluation.IsEmpty)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("\n");
        sb.Append(format == OutputFormat.Markdown ? "### " : string.Empty).Append(l.T("Evaluering per tiltak (Kirkpatrick)", "Evaluation per measure (Kirkpatrick)")).Append("\n\n");
        var table = new TextTable([l.T("Tiltak", "Measure"), .. MeasureEvaluationPlan.Levels.Select(x => l.Language().Level(x)), l.T("Umålt", "Unmeasured"), l.T("Evalueres", "Evaluated on")]);
        foreach (var e in evaluation)
        {
            table.Add([
                e.Measure.Id.Value,
                .. MeasureEvaluationPlan.Levels.Select(level => e.IndicatorsAt(level).IsEmpty ? "–" : string.Join(", ", e.IndicatorsAt(level))),
                e.Unmeasured.IsEmpty ? "–" : string.Join(", ", e.Unmeasured.Select(x => (int)x)),
                e.EvaluationDates.IsEmpty ? "–" : string.Join(", ", e.EvaluationDates.Select(d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))),
            ]);
        }

        sb.Append(table.Render(format)).Append('\n');
        sb.Append(l.T(
            "En indikator måler et tiltak når den nevner det; umålte nivåer (1–4) har ingen indikator. Funnene står i reks evaluate.",
            "An indicator measures a measure when it names it; unmeasured levels (1–4) have no indicator. The findings are in reks evaluate.")).Append('\n');
        return sb.ToString();
    }

    private static IEnumerable<string> Strategies(CompetenceStrategies s, Lang l)
    {
        if (s.HasFlag(CompetenceStrategies.Mobilise))
        {
            yield return l.T("mobilisere", "mobilise");
        }

        if (s.HasFlag(CompetenceStrategies.Develop))
        {
            yield return l.T("utvikle", "develop");
        }

        if (s.HasFlag(CompetenceStrategies.Acquire))
        {
            yield return l.T("anskaffe", "acquire");
        }

        if (s.HasFlag(CompetenceStrategies.PhaseOut))
        {
            yield return l.T("avvikle", "phase out");
        }
    }
}
