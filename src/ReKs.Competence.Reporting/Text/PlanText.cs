using System.Globalization;
using ReKs.Competence.Planning;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>The plan of measures as blocks: what <c>reks plan</c> prints, from the view alone — per goal the seeds' own
/// table (the needs, the measures and what they cover, cost and funding, the need left), the budget's sums, and the
/// evaluation per measure (Kirkpatrick).</summary>
internal static class PlanText
{
    public static Blocks Of(PlanView view, Language l)
    {
        var b = new Blocks();
        b.Heading(2, l.T($"Tiltaksplan per {view.AsOf:uuuu-MM-dd} — {view.Plan.Norwegian}", $"Plan of measures as of {view.AsOf:uuuu-MM-dd} — {view.Plan.In(Language.English)}"));
        foreach (var (goal, name) in Groups(view))
        {
            var lines = view.Lines.Where(x => Serves(x.Before.Goals, goal)).ToList();
            var measures = view.Measures.Where(m => Serves(m.Measure.Goals, goal)).ToList();
            if (lines.Count == 0 && measures.Count == 0)
            {
                continue;
            }

            b.Heading(3, goal is { } g ? $"{g}: {name.In(l)}" : name.In(l));
            if (lines.Count > 0)
            {
                b.Table(Needs(view, lines, l));
            }

            if (measures.Count > 0)
            {
                b.Table(Measures(measures, l));
            }
        }

        if (!view.AddressingNoNeed.IsEmpty)
        {
            b.Paragraph(l.T("Tiltak uten behov: ", "Measures addressing no need: ") + string.Join(", ", view.AddressingNoNeed.Select(m => m.Name.In(l))));
        }

        var t = view.Budget;
        b.Lines(
            l.T(
                $"Budsjett: kostnad {l.Kroner(t.Cost)} kr, innvilget {l.Kroner(t.Granted)}, søkt {l.Kroner(t.Applied)}, avslått {l.Kroner(t.Refused)}, mangler {l.Kroner(t.Shortfall)}.",
                $"Budget: cost NOK {l.Kroner(t.Cost)}, granted {l.Kroner(t.Granted)}, applied {l.Kroner(t.Applied)}, refused {l.Kroner(t.Refused)}, shortfall {l.Kroner(t.Shortfall)}."),
            l.T(
                "Behov i årsverk (1,0 = én hel stilling), med én desimal. Dekket = behov før tiltakene − behov etter; plasser uten behov når ingen som kan utvikles på en linje tiltaket retter seg mot.",
                "Needs in person-years (1.0 = one full position), to one decimal. Covered = need before the measures − need after; a seat that reaches nobody developable is over-committed."));
        return view.Measures.IsEmpty ? b : Evaluation(view, l, b);
    }

    /// <summary>The goals in the plan's order, then the lines and measures that serve no goal.</summary>
    private static IEnumerable<(GoalId? Id, LocalizedText Name)> Groups(PlanView view) =>
        view.Goals.Select(g => ((GoalId?)g.Id, g.Name)).Append((null, new LocalizedText("Uten mål", "Without a goal")));

    private static bool Serves(IReadOnlyCollection<GoalId> goals, GoalId? goal) => goal is { } g ? goals.Contains(g) : goals.Count == 0;

    private static TextTable Needs(PlanView view, List<CoverageLine> lines, Language l)
    {
        var needs = new TextTable(l.T(Terms.Unit), l.T("Kompetanse", "Competence"), l.T(Terms.Requirement), l.T("Mobilisere", "Mobilise"), l.T("Utvikle", "Develop"),
            l.T("Anskaffe", "Acquire"), l.T("Dekket", "Covered"), l.T("Igjen", "Left"), l.T("Tiltak (dekker)", "Measures (cover)")).RightAlign(2, 3, 4, 5, 6, 7);
        foreach (var x in lines)
        {
            var f = x.Before.Figures;
            var by = x.Measures.IsEmpty ? l.T("ingen tiltak", "no measure")
                : string.Join(", ", x.Measures.Select(m => $"{m.Measure.Name.In(l)} {l.PersonYears(m.Covers)}{(m.Late ? l.T(" (for sent)", " (late)") : string.Empty)}"));
            needs.Add(view.NameOf(x.Node).In(l), $"{view.NameOf(x.Key.Competence).In(l)} ≥ {x.Key.Level}", l.PersonYears(f.Amount), l.PersonYears(f.Mobilise), l.PersonYears(f.Develop), l.PersonYears(f.Acquire), l.PersonYears(x.Figures.Covered), l.PersonYears(x.Figures.Left), by);
        }

        return needs;
    }

    private static TextTable Measures(List<PlanMeasureLine> measures, Language l)
    {
        var table = new TextTable(l.T("Tiltak", "Measure"), l.T("Strategi", "Strategy"), l.T("Plasser", "Seats"), l.T("Deltakere", "Reaches"), l.T("Plasser uten behov", "Over-committed"),
            l.T("Kostnad", "Cost"), l.T("Innvilget", "Granted"), l.T("Søkt", "Applied"), l.T("Mangler", "Shortfall")).RightAlign(2, 4, 5, 6, 7, 8);
        foreach (var line in measures)
        {
            var m = line.Measure;
            var reach = line.Reach;
            var money = line.Budget;
            table.Add(
                m.Status == MeasureStatus.Cancelled ? m.Name.In(l) + l.T(" (avlyst)", " (cancelled)") : m.Name.In(l),
                string.Join("+", Strategies(m.Strategy, l)),
                m.Seats?.ToString(CultureInfo.InvariantCulture) ?? "–",
                reach.People.IsEmpty ? "–" : string.Join(' ', reach.People),
                reach.OverCommitted,
                l.Kroner(money.Cost),
                l.Kroner(money.Granted),
                l.Kroner(money.Applied),
                l.Kroner(money.Shortfall));
        }

        return table;
    }

    /// <summary>Per measure: the indicators at each Kirkpatrick level, the levels still unmeasured, the evaluation dates.</summary>
    private static Blocks Evaluation(PlanView view, Language l, Blocks b)
    {
        b.Heading(3, l.T("Evaluering per tiltak (Kirkpatrick)", "Evaluation per measure (Kirkpatrick)"));
        var table = new TextTable([l.T("Tiltak", "Measure"), .. MeasureEvaluationPlan.Levels.Select(x => l.Level(x)), l.T("Umålt", "Unmeasured"), l.T("Evalueres", "Evaluated on")]);
        foreach (var e in view.Measures.Select(m => m.Evaluation))
        {
            table.Add([
                e.Measure.Name.In(l),
                .. MeasureEvaluationPlan.Levels.Select(level => e.IndicatorsAt(level).IsEmpty ? "–" : string.Join(", ", e.IndicatorsAt(level))),
                e.Unmeasured.IsEmpty ? "–" : string.Join(", ", e.Unmeasured.Select(x => (int)x)),
                e.EvaluationDates.IsEmpty ? "–" : string.Join(", ", e.EvaluationDates.Select(d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))),
            ]);
        }

        return b.Table(table).Paragraph(l.T(
            "En indikator måler et tiltak når den nevner det; umålte nivåer (1–4) har ingen indikator. Funnene står i reks evaluate.",
            "An indicator measures a measure when it names it; unmeasured levels (1–4) have no indicator. The findings are in reks evaluate."));
    }

    private static IEnumerable<string> Strategies(CompetenceStrategies s, Language l)
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
