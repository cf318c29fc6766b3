using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Views;
using static ReKs.Competence.Cli.EvaluationLabels;

namespace ReKs.Competence.Cli;

/// <summary><c>reks evaluate PLAN --indicator ID</c>: baseline, signals and effect of an indicator per node; without <c>--indicator</c>, the verdicts of all and the Kirkpatrick summary per measure.</summary>
internal static class EvaluateVerb
{
    public static Command Create(CliContext context)
    {
        var o = new CommonOptions(OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var indicator = new Option<string?>("--indicator") { Description = "Indikatoren som vurderes; uten: alle, med Kirkpatrick-oversikt per tiltak / the indicator to judge; without: all, with a Kirkpatrick summary per measure" };
        var series = new Option<FileInfo?>("--series") { Description = "Evalueringsdokumentet (JSON); standard: PLAN.evaluation.json ved siden av planen / the evaluation document (JSON); default: PLAN.evaluation.json beside the plan" };
        var exclude = new Option<string?>("--exclude") { Description = "Perioder som holdes utenfor senterlinje, grenser og serieanalyse (kjent spesiell årsak), kommaseparert, f.eks. 2025-02,2025-07 / periods left out of the centre line, limits and runs analysis (a known special cause), comma-separated" };
        var baseline = new Option<int?>("--baseline") { Description = "Antall første punkter som er grunnlaget for serier uten tiltak; standard: alle / the number of first points that make the baseline of series without an intervention; default: all" };
        var kostra = new Option<bool>("--kostra") { Description = "Vis også andel årsverk med helseutdanning (KOSTRA-definisjonen) beregnet fra planen / also show the share of person-years with health education (KOSTRA's definition) computed from the plan" };
        var command = o.Command("evaluate", "Evaluering: grunnlag (baseline), signaler og effekt av kompetansetiltak / evaluation: baseline, signals and effect of competence measures.\n\nEksempel / example:\n  reks evaluate docs/examples/gjovik-region.json --indicator legemiddelavvik-per-1000 --as-of 2026-11-01\n  reks evaluate docs/examples/gjovik-region.json --node gjovik --format markdown --lang en\n  reks evaluate docs/examples/gjovik-region.json --kostra\n  reks evaluate docs/examples/gjovik-region.json --indicator legemiddelavvik-per-1000 --exclude 2025-01 --baseline 12", indicator, series, kostra, exclude, baseline);
        command.SetAction(parse =>
        {
            var planFile = parse.GetValue(plan)!;
            var p = DocumentLoader.Load(planFile, context.Error);
            var data = EvaluationLoader.Load(EvaluationLoader.Locate(planFile, parse.GetValue(series)), p);
            var date = parse.GetValue(asOf) ?? context.Today;
            var scope = parse.GetValue(node) is { } n ? InventoryVerb.Scope(p, n) : null;
            Indicator[] chosen;
            if (parse.GetValue(indicator) is { } id)
            {
                chosen = IndicatorId.TryCreate(id, out var iid) && data.FindIndicator(iid) is { } found
                    ? [found]
                    : throw new CliUsageException($"--indicator {Terminal.Safe(id)}: evalueringsdokumentet har ingen slik indikator / the evaluation document has no such indicator; {Suggestions.For(id, data.Indicators.Select(i => i.Id.ToString()))}");
            }
            else
            {
                chosen = [.. data.Indicators];
            }

            if (parse.GetValue(baseline) is < 1)
            {
                throw new CliInputException($"--baseline: the baseline has at least one point; found {parse.GetValue(baseline)}");
            }

            data = Exclude(data, parse.GetValue(exclude), parse.GetValue(indicator) is null ? null : chosen[0].Id);
            var evaluations = Evaluate(p, data.Until(date), chosen, scope, parse.GetValue(baseline));
            var shares = parse.GetValue(kostra) ? Kostra(p, InventoryVerb.NodeOf(p, parse.GetValue(node)), date) : [];
            var (l, f) = (parse.GetValue(lang), parse.GetValue(format));
            var detail = parse.GetValue(indicator) is not null;
            var text = f == OutputFormat.Json
                ? ViewDocument.Write(EvaluationView.Create(p, date, InventoryVerb.NodeOf(p, parse.GetValue(node)), chosen, evaluations, detail, shares))
                : Text(p, date, evaluations, chosen, shares, detail, l, f);
            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }

    /// <summary>Evaluates indicators over the plan's nodes in scope.</summary>
    public static List<IndicatorEvaluation> Evaluate(CompetencePlan plan, EvaluationData data, IEnumerable<Indicator> indicators, HashSet<NodeId>? scope, int? baselinePoints = null)
    {
        try
        {
            return [.. indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, plan.Organisation, baselinePoints: baselinePoints)).Where(e => scope is null || scope.Contains(e.Node))];
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "baselinePoints")
        {
            throw new CliInputException($"--baseline: {baselinePoints} points is more than a series without an intervention has");
        }
    }

    /// <summary>Marks the periods of <c>--exclude</c> as excluded, naming every period that is not one or that no series has.</summary>
    private static EvaluationData Exclude(EvaluationData data, string? text, IndicatorId? indicator)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return data;
        }

        var tokens = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var bad = tokens.Where(t => !MeasurementPeriod.TryParse(t, out _)).ToList();
        if (bad.Count > 0)
        {
            throw new CliInputException($"--exclude: {string.Join(", ", bad.Select(b => $"'{b}'"))} is not a period: write 2025-03, 2025-Q1, 2025 or 2025-03-14");
        }

        var periods = tokens.Select(MeasurementPeriod.Parse).ToList();
        var series = data.Series.Where(s => indicator is not { } only || s.Indicator == only).ToList();
        var unknown = periods.Where(p => !series.Any(s => s.Observations.Any(o => o.Period == p))).ToList();
        return unknown.Count > 0
            ? throw new CliInputException($"--exclude: no series{(indicator is { } i ? $" of '{i}'" : string.Empty)} has the period(s) {string.Join(", ", unknown)}")
            : data.Excluding(periods, indicator);
    }

    /// <summary>The KOSTRA share for the scope's node and each node right below it (the region and its municipalities, a municipality and its services).</summary>
    private static List<HealthEducationShare> Kostra(CompetencePlan plan, NodeId top, LocalDate date) =>
        [.. plan.Organisation.ChildrenOf(top).Select(c => c.Id).Prepend(top).Select(n => HealthEducationShare.Of(plan, n, date))];

    private static string Text(CompetencePlan plan, LocalDate date, List<IndicatorEvaluation> evaluations, Indicator[] indicators, List<HealthEducationShare> shares, bool detail, Lang l, OutputFormat f)
    {
        var sb = new StringBuilder();
        var md = f == OutputFormat.Markdown;
        var (h2, h3, bullet) = md ? ("## ", "### ", "- ") : (string.Empty, string.Empty, "  • ");
        sb.Append(h2).Append(l.T($"Evaluering per {date:uuuu-MM-dd} — {plan.Name.Norwegian}", $"Evaluation as of {date:uuuu-MM-dd} — {plan.Name.In(Language.English)}")).Append("\n\n");
        foreach (var indicator in indicators)
        {
            var mine = evaluations.Where(e => e.Indicator == indicator).ToList();
            sb.Append(h3).Append(indicator.Name.In(l.Language())).Append(" (").Append(indicator.Id).Append(")\n\n");
            sb.Append(indicator.Unit.In(l.Language())).Append("; ").Append(l.Direction(indicator.Direction)).Append("; Kirkpatrick ").Append(l.Level(indicator.Level))
              .Append("; ").Append(Chart(indicator, l)).Append(md ? ".\n\n" : ".\n\n");
            var table = new TextTable("Node", l.T("Tiltak fra", "Intervention"), l.T("Grunnlag", "Baseline"), l.T("Senter", "Centre"), l.T("Nytt nivå", "New level"),
                l.T("Endring (95 % KI)", "Change (95 % CI)"), l.T("Relativ", "Relative"), "Hedges g", l.T("Mot ikke-deltakere", "Against non-participants"), l.T("Siste", "Latest"), l.T("Vurdering", "Verdict")).RightAlign(2, 3, 4, 6, 7, 9);
            foreach (var e in mine)
            {
                table.Add(e.Node, e.Intervention is { } iv ? iv.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "–", $"{e.BaselinePoints}/{e.BaselineUseful}",
                    N(e.BaselineCentre, 2), e.NewLevel is { } nl ? N(nl, 2) : "–", Change(e.Effect), e.Effect is { } ef ? Pct(ef.RelativeChange) : "–",
                    e.Effect is { } g ? N(g.HedgesG, 2) : "–", Change(e.Comparison), Latest(e), l.ShortVerdict(e.Verdict));
            }

            sb.Append(table.Count == 0 ? l.T("Ingen serier i utvalget.\n", "No series in scope.\n") : table.Render(f)).Append('\n');
            sb.Append(l.T("Grunnlag = punkter/nyttige punkter før tiltaket; endring = etter minus før, på kartets skala.", "Baseline = points/useful points before the intervention; change = after minus before, on the chart's scale.")).Append("\n\n");
            if (!detail)
            {
                continue;
            }

            foreach (var e in mine)
            {
                sb.Append(md ? "#### " : "── ").Append(e.Node).Append(md ? "\n\n" : " ──\n");
                if (e.Intervention is { } iv)
                {
                    sb.Append(bullet).Append(l.T("Tiltak: ", "Intervention: ")).Append(iv.Label.In(l.Language())).Append(" (").Append(iv.Id).Append(", ").Append(iv.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(")\n");
                }

                if (e.Verdict != Verdict.InsufficientData)
                {
                    var periods = e.Series.Observations;
                    sb.Append(bullet).Append(l.T("Grunnlag: ", "Baseline: ")).Append(periods[0].Period).Append('–').Append(periods[e.BaselineCount - 1].Period)
                      .Append(l.T($", {e.BaselinePoints} punkter, {e.BaselineUseful} nyttige; senterlinje {N(e.BaselineCentre, 2)}", $", {e.BaselinePoints} points, {e.BaselineUseful} useful; centre line {N(e.BaselineCentre, 2)}"));
                    // A point without limits (a missing month of a P or U chart) is NaN: the summary is over the points that have them.
                    if (e.Lower.Any(double.IsFinite) && e.Upper.Any(double.IsFinite))
                    {
                        var (lo, hi) = (e.Lower.Where(double.IsFinite).Min(), e.Upper.Where(double.IsFinite).Max());
                        sb.Append(l.T($"; grenser {N(lo, 2)}–{N(hi, 2)}", $"; limits {N(lo, 2)}–{N(hi, 2)}"));
                    }

                    sb.Append('\n');
                    if (e.MovingRanges is { } mr)
                    {
                        var above = string.Join(", ", mr.SigmaSignals.Select(p => periods[p - 1].Period.ToString()));
                        sb.Append(bullet).Append(l.T($"MR-diagram: senterlinje {N(mr.Phases[0].Centre, 2)}, øvre grense {N(mr.Phases[0].Upper[0], 2)}", $"MR chart: centre line {N(mr.Phases[0].Centre, 2)}, upper limit {N(mr.Phases[0].Upper[0], 2)}"))
                          .Append(above.Length == 0 ? string.Empty : l.T($"; over grensen: {above}", $"; above the limit: {above}")).Append('\n');
                    }

                    var excluded = periods.Where(o => o.IsExcluded).Select(o => o.Period.ToString()).ToList();
                    if (excluded.Count > 0)
                    {
                        sb.Append(bullet).Append(l.T($"Utelatt fra beregningene (vises i diagrammet): {string.Join(", ", excluded)}", $"Left out of the calculations (still drawn): {string.Join(", ", excluded)}")).Append('\n');
                    }

                    var r = e.Runs!;
                    sb.Append(bullet).Append(l.T($"Serieanalyse over hele serien: lengste serie {r.LongestRun} (grense {r.LongestRunMax}), kryssinger {r.Crossings} (minst {r.CrossingsMin})",
                        $"Runs analysis over the whole series: longest run {r.LongestRun} (limit {r.LongestRunMax}), crossings {r.Crossings} (at least {r.CrossingsMin})")).Append('\n');
                }

                foreach (var s in e.Signals)
                {
                    sb.Append(bullet).Append(l.Signal(s)).Append('\n');
                }

                sb.Append(bullet).Append(l.T("Vurdering: ", "Verdict: ")).Append(l.Verdict(e.Verdict));
                if (e.NewLevel is { } level)
                {
                    sb.Append(l.T($"; nytt nivå etter tiltaket {N(level, 2)} (før {N(e.BaselineCentre, 2)})", $"; new level after the intervention {N(level, 2)} (before {N(e.BaselineCentre, 2)})"));
                }

                sb.Append('\n');
                if (e.Effect is { } effect)
                {
                    sb.Append(bullet).Append(l.T($"Effekt ({l.Design(effect)}): {Change(effect)}, relativt {Pct(effect.RelativeChange)}, Hedges g {G(effect)}", $"Effect ({l.Design(effect)}): {Change(effect)}, relative {Pct(effect.RelativeChange)}, Hedges' g {G(effect)}")).Append('\n');
                }

                if (e.Comparison is { } c)
                {
                    sb.Append(bullet).Append(l.T($"Mot ikke-deltakere ({string.Join(", ", e.ComparisonNodes)}): forskjell i forskjeller {Change(c)}, Hedges g {G(c)}", $"Against non-participants ({string.Join(", ", e.ComparisonNodes)}): difference in differences {Change(c)}, Hedges' g {G(c)}")).Append('\n');
                }

                foreach (var w in e.Warnings)
                {
                    sb.Append(bullet).Append(l.T("Advarsel: ", "Warning: ")).Append(l.Warning(w)).Append('\n');
                }

                sb.Append('\n');
            }
        }

        if (!detail)
        {
            sb.Append(h3).Append(l.T("Kirkpatrick per tiltak", "Kirkpatrick per measure")).Append("\n\n");
            var k = new TextTable(l.T("Tiltak", "Measure"), l.Level(KirkpatrickLevel.Reaction), l.Level(KirkpatrickLevel.Learning), l.Level(KirkpatrickLevel.Behaviour), l.Level(KirkpatrickLevel.Results));
            foreach (var summary in KirkpatrickSummary.ForAll(indicators, evaluations))
            {
                k.Add([summary.Measure, .. summary.Levels.Select(x => l.Finding(x))]);
            }

            sb.Append(k.Render(f)).Append('\n');
            sb.Append(l.T("Bare enheter som deltok i tiltaket telles; ikke-deltakere er sammenligningsgrunnlag.", "Only the units that took part in the measure count; those that did not are the comparison.")).Append("\n\n");
        }

        if (shares.Count > 0)
        {
            sb.Append(h3).Append(l.T($"Andel årsverk med helseutdanning (KOSTRA-definisjonen), fra planen per {date:uuuu-MM-dd}", $"Share of person-years with health education (KOSTRA's definition), from the plan as of {date:uuuu-MM-dd}")).Append("\n\n");
            var t = new TextTable("Node", l.T("Årsverk", "Person-years"), l.T("Helseutd.", "Health educ."), l.T("Andel", "Share"), l.T("Videregående", "Upper sec."), l.T("Høyere", "Higher"), l.T("Uoppgitt", "Unknown")).RightAlign(1, 2, 3, 4, 5, 6);
            foreach (var s in shares)
            {
                t.Add(s.Node, s.Total.ToString("0.00", CultureInfo.InvariantCulture), s.WithHealthEducation.ToString("0.00", CultureInfo.InvariantCulture), Share(s.Share), Share(s.ShareUpperSecondary), Share(s.ShareHigher), s.Unknown.ToString("0.00", CultureInfo.InvariantCulture));
            }

            sb.Append(t.Render(f)).Append('\n');
            sb.Append(l.T("Sammenlign med SSBs tall for kommunen og KOSTRA-gruppen; KOSTRA måler i 4. kvartal og uten lange fravær.", "Compare with SSB's figure for the municipality and its KOSTRA group; KOSTRA counts in the fourth quarter and without long absences.")).Append('\n');
        }

        return sb.ToString();
    }

    private static string Latest(IndicatorEvaluation e)
    {
        var last = Enumerable.Range(0, e.Values.Length).LastOrDefault(i => !double.IsNaN(e.Values[i]), -1);
        return last < 0 ? "–" : $"{N(e.Values[last], 2)} ({e.Series.Observations[last].Period})";
    }

    private static string Chart(Indicator i, Lang l) => i.ChartKind == ChartKind.Run
        ? l.T("seriediagram", "run chart")
        : i.ChartKind == ChartKind.Individuals
            ? l.T("kontrolldiagram (I med MR)", "control chart (I with MR)")
            : l.T($"kontrolldiagram ({ChartName(i.ChartKind)})", $"control chart ({ChartName(i.ChartKind)})");

    /// <summary>The chart's short name as qicharts2 and the literature write it; every kind named.</summary>
    internal static string ChartName(ChartKind k) => EvaluationView.ChartName(k);

    private static string Share(decimal? s) => s is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    private static string G(EffectEstimate e) => e.HedgesGInterval is { } i ? $"{N(e.HedgesG, 2)} ({N(i.Lower, 2)} – {N(i.Upper, 2)})" : N(e.HedgesG, 2);

    private static string Change(EffectEstimate? e) => e is null ? "–" : $"{N(e.Difference, 2)} ({N(e.Interval.Lower, 2)} – {N(e.Interval.Upper, 2)})";
}
