using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Views;
using static ReKs.Competence.Cli.EvaluationLabels;

namespace ReKs.Competence.Cli;

/// <summary><c>reks evaluate PLAN --indicator ID</c>: baseline, signals and effect of an indicator per node; without <c>--indicator</c>, the verdicts of all and the Kirkpatrick summary per measure.</summary>
internal static class EvaluateVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var o = new CommonOptions(h, h.T("den dokumenterte reks.evaluation-JSON-en", "the documented reks.evaluation JSON"), OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var indicator = new Option<string?>("--indicator") { Description = h.T("indikatoren som vurderes; uten den: alle vurderinger og Kirkpatrick-oversikten per tiltak", "the indicator to judge; without it, all verdicts and the Kirkpatrick summary per measure"), HelpName = "ID" };
        var series = new Option<FileInfo?>("--series") { Description = h.T("evalueringsdokumentet (standard: PLAN.evaluation.json ved siden av planen)", "the evaluation document (default: PLAN.evaluation.json beside the plan)"), HelpName = h.T("FIL", "FILE") };
        var exclude = new Option<string?>("--exclude") { Description = h.T("perioder som holdes utenfor senterlinje, grenser og serieanalyse (en kjent spesiell årsak), kommaseparert, f.eks. 2025-02,2025-07", "periods left out of the centre line, limits and runs analysis (a known special cause), comma-separated, e.g. 2025-02,2025-07"), HelpName = h.T("PERIODER", "PERIODS") };
        var baseline = new Option<int?>("--baseline") { Description = h.T("antall første punkter som er grunnlaget for en serie uten tiltak (standard: alle)", "the number of first points that make the baseline of a series without an intervention (default: all)"), HelpName = "N" };
        var kostra = new Option<bool>("--kostra") { Description = h.T("vis også KOSTRAs andeler årsverk med helseutdanning og med spesialsykepleiere, beregnet fra planen", "also show KOSTRA's shares of person-years with health education and held by specialist nurses, computed from the plan") };
        var groups = new Option<FileInfo?>("--kostra-groups") { Description = h.T("en SSB-tabell (JSON-stat 2.0) med kommunenumre og KOSTRA-grupper som regioner: hver kommune mot gruppens gjennomsnitt (oppdiktet eksempel: docs/examples/ssb/kostra-pleie-og-omsorg.json)", "an SSB table (JSON-stat 2.0) with municipality numbers and KOSTRA groups as regions: each municipality against its group's average (made-up sample: docs/examples/ssb/kostra-pleie-og-omsorg.json)"), HelpName = h.T("TABELL", "TABLE") };
        var regions = new Option<string?>("--kostra-region") { Description = h.T("med --kostra-groups: hvilken node som er hvilken kommune i hvilken KOSTRA-gruppe, kommaseparert, f.eks. gjovik=3407:EKG13", "with --kostra-groups: which node is which municipality in which KOSTRA group, comma-separated, e.g. gjovik=3407:EKG13"), HelpName = h.T("NODE=KOMMUNENR:GRUPPE,…", "NODE=NUMBER:GROUP,…") };
        o.AsOf.Description = h.T("utelat perioder som begynner etter denne datoen (standard: i dag)", "leave out periods that start after this date (default: today)");
        var command = o.Command("evaluate", HelpPage.Describe(
            h.T("Evaluering av kompetansetiltak: grunnlag (baseline), signaler, vurdering og effekt.", "Evaluation of competence measures: baseline, signals, verdict and effect."),
            "reks evaluate docs/examples/gjovik-region.json --indicator legemiddelavvik-per-1000 --as-of 2026-11-01",
            "reks evaluate docs/examples/gjovik-region.json --node gjovik --format markdown --lang en",
            "reks evaluate docs/examples/gjovik-region.json --kostra",
            "reks evaluate docs/examples/gjovik-region.json --indicator legemiddelavvik-per-1000 --exclude 2025-01 --baseline 12",
            "reks evaluate docs/examples/gjovik-region.json --kostra --kostra-groups docs/examples/ssb/kostra-pleie-og-omsorg.json --kostra-region gjovik=3407:EKG13,ostre-toten=3442:EKG11"), indicator, series, kostra, exclude, baseline, groups, regions);
        command.SetAction(parse =>
        {
            var planFile = parse.GetValue(plan)!;
            var p = DocumentLoader.Load(planFile, context.Error, o.Read(parse));
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
            var comparisons = GroupComparisons(p, parse.GetValue(groups), parse.GetValue(regions));
            var (l, f) = (parse.GetValue(lang), parse.GetValue(format));
            var detail = parse.GetValue(indicator) is not null;
            var text = f == OutputFormat.Json
                ? ViewDocument.Write(EvaluationView.Create(p, date, InventoryVerb.NodeOf(p, parse.GetValue(node)), chosen, evaluations, detail, shares), comparisons)
                : Text(p, date, evaluations, chosen, shares, detail, l, f, comparisons);
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

    /// <summary>The municipalities of <c>--kostra-region</c> against their KOSTRA groups in the table of <c>--kostra-groups</c>, every content of the table; every bad mapping is named.</summary>
    private static List<KostraGroupComparison> GroupComparisons(CompetencePlan plan, FileInfo? file, string? text)
    {
        if (file is null != string.IsNullOrWhiteSpace(text))
        {
            throw new CliInputException("--kostra-groups and --kostra-region go together: the table, and which node is which municipality number in which KOSTRA group (gjovik=3407:EKG13)");
        }

        if (file is null)
        {
            return [];
        }

        var mappings = new List<(NodeId Node, string Municipality, string Group)>();
        var bad = new List<string>();
        foreach (var token in text!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split('=', ':');
            if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace) || !token.Contains('=', StringComparison.Ordinal) || token.IndexOf('=', StringComparison.Ordinal) > token.IndexOf(':', StringComparison.Ordinal))
            {
                bad.Add($"'{Terminal.Safe(token)}' is not node=municipality number:KOSTRA group (gjovik=3407:EKG13)");
            }
            else if (!NodeId.TryCreate(parts[0], out var id) || !plan.Organisation.Contains(id))
            {
                bad.Add($"'{Terminal.Safe(parts[0])}' is not a node of the plan; {Suggestions.For(parts[0], plan.Organisation.Nodes.Select(n => n.Id.ToString()))}");
            }
            else
            {
                mappings.Add((id, parts[1], parts[2]));
            }
        }

        if (bad.Count > 0)
        {
            throw new CliInputException($"--kostra-region: {string.Join("; ", bad)}");
        }

        var table = DocumentLoader.Load(file, stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return ReKs.Competence.Documents.JsonStatDataset.Read(copy.ToArray());
        });
        var contents = table.DimensionWithRole("metric")?.Categories.Select(c => (string?)c.Id).ToList() ?? [null];
        var result = new List<KostraGroupComparison>();
        var problems = new List<string>();
        foreach (var (id, municipality, group) in mappings)
        {
            foreach (var content in contents)
            {
                try
                {
                    result.Add(KostraGroupComparison.Compare(table, id, municipality, group, content));
                }
                catch (ArgumentException e)
                {
                    problems.Add(e.Message.Split(" (Parameter", 2)[0]);
                    break;
                }
            }
        }

        return problems.Count > 0 ? throw new CliInputException($"{file.Name}: {string.Join("\n" + file.Name + ": ", problems.Distinct())}") : result;
    }

    /// <summary>The KOSTRA share for the scope's node and each node right below it (the region and its municipalities, a municipality and its services).</summary>
    private static List<HealthEducationShare> Kostra(CompetencePlan plan, NodeId top, LocalDate date) =>
        [.. plan.Organisation.ChildrenOf(top).Select(c => c.Id).Prepend(top).Select(n => HealthEducationShare.Of(plan, n, date))];

    private static string Text(CompetencePlan plan, LocalDate date, List<IndicatorEvaluation> evaluations, Indicator[] indicators, List<HealthEducationShare> shares, bool detail, Lang l, OutputFormat f, List<KostraGroupComparison> comparisons)
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
            var table = new TextTable(l.T(Terms.Unit), l.T("Tiltak fra", "Intervention"), l.T("Grunnlag", "Baseline"), l.T("Senter", "Centre"), l.T("Nytt nivå", "New level"),
                l.T("Endring (95 % KI)", "Change (95 % CI)"), l.T("Relativ", "Relative"), "Hedges g", l.T("Mot ikke-deltakere", "Against non-participants"), l.T("Siste", "Latest"), l.T("Vurdering", "Verdict")).RightAlign(2, 3, 4, 6, 7, 9);
            foreach (var e in mine)
            {
                table.Add(l.NodeName(plan, e.Node), e.Intervention is { } iv ? iv.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "–", $"{e.BaselinePoints}/{e.BaselineUseful}",
                    l.N(e.BaselineCentre, 2), e.NewLevel is { } nl ? l.N(nl, 2) : "–", Change(l, e.Effect), e.Effect is { } ef ? Pct(ef.RelativeChange) : "–",
                    e.Effect is { } g ? l.N(g.HedgesG, 2) : "–", Change(l, e.Comparison), Latest(e, l), l.ShortVerdict(e.Verdict));
            }

            sb.Append(table.Count == 0 ? l.T("Ingen serier i utvalget.\n", "No series in scope.\n") : table.Render(f)).Append('\n');
            sb.Append(l.T("Grunnlag = punkter/nyttige punkter før tiltaket; endring = etter minus før, på kartets skala.", "Baseline = points/useful points before the intervention; change = after minus before, on the chart's scale.")).Append("\n\n");
            if (!detail)
            {
                continue;
            }

            foreach (var e in mine)
            {
                sb.Append(md ? "#### " : "── ").Append(l.NodeName(plan, e.Node)).Append(md ? "\n\n" : " ──\n");
                if (e.Intervention is { } iv)
                {
                    sb.Append(bullet).Append(l.T("Tiltak: ", "Intervention: ")).Append(iv.Label.In(l.Language())).Append(" (").Append(iv.Id).Append(", ").Append(iv.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(")\n");
                }

                if (e.Verdict != Verdict.InsufficientData)
                {
                    var periods = e.Series.Observations;
                    sb.Append(bullet).Append(l.T("Grunnlag: ", "Baseline: ")).Append(l.Interval(periods[0].Period.ToString(), periods[e.BaselineCount - 1].Period.ToString()))
                      .Append(l.T($", {e.BaselinePoints} punkter, {e.BaselineUseful} nyttige; senterlinje {l.N(e.BaselineCentre, 2)}", $", {e.BaselinePoints} points, {e.BaselineUseful} useful; centre line {l.N(e.BaselineCentre, 2)}"));
                    // A point without limits (a missing month of a P or U chart) is NaN: the summary is over the points that have them.
                    if (e.Lower.Any(double.IsFinite) && e.Upper.Any(double.IsFinite))
                    {
                        var (lo, hi) = (e.Lower.Where(double.IsFinite).Min(), e.Upper.Where(double.IsFinite).Max());
                        sb.Append(l.T($"; grenser {l.Interval(l.N(lo, 2), l.N(hi, 2))}", $"; limits {l.Interval(l.N(lo, 2), l.N(hi, 2))}"));
                    }

                    sb.Append('\n');
                    if (e.MovingRanges is { } mr)
                    {
                        var above = string.Join(", ", mr.SigmaSignals.Select(p => periods[p - 1].Period.ToString()));
                        sb.Append(bullet).Append(l.T($"MR-diagram: senterlinje {l.N(mr.Phases[0].Centre, 2)}, øvre grense {l.N(mr.Phases[0].Upper[0], 2)}", $"MR chart: centre line {l.N(mr.Phases[0].Centre, 2)}, upper limit {l.N(mr.Phases[0].Upper[0], 2)}"))
                          .Append(above.Length == 0 ? string.Empty : l.T($"; over grensen: {above}", $"; above the limit: {above}")).Append('\n');
                    }

                    if (e.StandardDeviations is { } sd)
                    {
                        var outside = string.Join(", ", sd.SigmaSignals.Select(p => periods[p - 1].Period.ToString()));
                        var sizes = periods.Where(o => o.IsSubgroup).Select(o => o.Measurements.Length).ToList();
                        sb.Append(bullet).Append(l.T($"S-diagram: senterlinje {N(sd.Phases[0].Centre, 2)}; undergrupper på {sizes.Min()}–{sizes.Max()} målinger", $"S chart: centre line {N(sd.Phases[0].Centre, 2)}; subgroups of {sizes.Min()}–{sizes.Max()} measurements"))
                          .Append(outside.Length == 0 ? string.Empty : l.T($"; utenfor grensene: {outside}", $"; outside the limits: {outside}")).Append('\n');
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
                    sb.Append(l.T($"; nytt nivå etter tiltaket {l.N(level, 2)} (før {l.N(e.BaselineCentre, 2)})", $"; new level after the intervention {l.N(level, 2)} (before {l.N(e.BaselineCentre, 2)})"));
                }

                sb.Append('\n');
                if (e.Effect is { } effect)
                {
                    sb.Append(bullet).Append(l.T($"Effekt ({l.Design(effect)}): {Change(l, effect)}, relativt {Pct(effect.RelativeChange)}, Hedges g {G(l, effect)}", $"Effect ({l.Design(effect)}): {Change(l, effect)}, relative {Pct(effect.RelativeChange)}, Hedges' g {G(l, effect)}")).Append('\n');
                }

                if (e.Comparison is { } c)
                {
                    sb.Append(bullet).Append(l.T($"Mot ikke-deltakere ({string.Join(", ", e.ComparisonNodes)}): forskjell i forskjeller {Change(l, c)}, Hedges g {G(l, c)}", $"Against non-participants ({string.Join(", ", e.ComparisonNodes)}): difference in differences {Change(l, c)}, Hedges' g {G(l, c)}")).Append('\n');
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
            var t = new TextTable(l.T(Terms.Unit), l.T("Årsverk", "Person-years"), l.T("Helseutd.", "Health educ."), l.T("Andel", "Share"), l.T("Videregående", "Upper sec."), l.T("Høyere", "Higher"), l.T("Uoppgitt", "Unknown"),
                l.T("Spes.spl.", "Spec. nurses"), l.T("Andel spes.spl.", "Share spec. nurses")).RightAlign(1, 2, 3, 4, 5, 6, 7, 8);
            foreach (var s in shares)
            {
                t.Add(l.NodeName(plan, s.Node), Years(l, s.Total), Years(l, s.WithHealthEducation), Share(l, s.Share), Share(l, s.ShareUpperSecondary), Share(l, s.ShareHigher), Years(l, s.Unknown),
                    Years(l, s.SpecialistNurses), Share(l, s.ShareSpecialistNurses));
            }

            sb.Append(t.Render(f)).Append('\n');
            sb.Append(l.T("Spes.spl. = årsverk holdt av spesialsykepleiere (stillingstypen i planen), og deres andel av alle årsverk.", "Spec. nurses = person-years held by specialist nurses (the plan's position type), and their share of all person-years.")).Append('\n');
            sb.Append(l.T("Sammenlign med SSBs tall for kommunen og KOSTRA-gruppen; KOSTRA måler i 4. kvartal og uten lange fravær.", "Compare with SSB's figure for the municipality and its KOSTRA group; KOSTRA counts in the fourth quarter and without long absences.")).Append('\n');
        }

        if (comparisons.Count > 0)
        {
            sb.Append('\n').Append(h3).Append(l.T("Kommunen mot KOSTRA-gruppen (SSBs tall)", "The municipality against its KOSTRA group (SSB's figures)")).Append("\n\n");
            var t = new TextTable(l.T(Terms.Unit), l.T("Kommunenr.", "Municipality"), l.T("Gruppe", "Group"), l.T("Statistikkvariabel", "Content"), l.T("Periode", "Period"), l.T("Kommunen", "Municipality value"), l.T("Gruppen", "Group average"), l.T("Differanse", "Difference"))
                .RightAlign(5, 6, 7);
            foreach (var c in comparisons)
            {
                var i = c.Latest;
                t.Add(l.NodeName(plan, c.Node), c.Municipality, c.Group, c.Content, i is { } a ? c.Periods[a].ToString() : "–", i is { } b ? l.N(c.MunicipalityValues[b]!.Value, 1) : "–", i is { } g ? l.N(c.GroupValues[g]!.Value, 1) : "–", i is { } d ? l.N(c.Differences[d]!.Value, 1) : "–");
            }

            sb.Append(t.Render(f)).Append('\n');
            sb.Append(l.T("Siste periode der både kommunen og gruppen har tall; differanse = kommunen minus gruppens gjennomsnitt.", "The latest period where both the municipality and the group have a figure; difference = the municipality minus the group's average.")).Append('\n');
        }

        return sb.ToString();
    }

    private static string Latest(IndicatorEvaluation e, Lang l)
    {
        var last = Enumerable.Range(0, e.Values.Length).LastOrDefault(i => !double.IsNaN(e.Values[i]), -1);
        return last < 0 ? "–" : $"{l.N(e.Values[last], 2)} ({e.Series.Observations[last].Period})";
    }

    private static string Chart(Indicator i, Lang l) => i.ChartKind == ChartKind.Run
        ? l.T("seriediagram", "run chart")
        : i.ChartKind == ChartKind.Individuals
            ? l.T("kontrolldiagram (I med MR)", "control chart (I with MR)")
            : i.ChartKind == ChartKind.SubgroupMean
            ? l.T("kontrolldiagram (Xbar med S)", "control chart (Xbar with S)")
            : l.T($"kontrolldiagram ({ChartName(i.ChartKind)})", $"control chart ({ChartName(i.ChartKind)})");

    /// <summary>The chart's short name as qicharts2 and the literature write it; every kind named.</summary>
    internal static string ChartName(ChartKind k) => EvaluationView.ChartName(k);

    /// <summary>A share in per cent with one decimal in the reader's notation ("12,5 %" / "12.5 %").</summary>
    private static string Share(Lang l, decimal? s) => s is { } v ? l.N((double)(v * 100), 1) + " %" : "–";

    /// <summary>Person-years with two decimals in the reader's notation, as KOSTRA publishes them.</summary>
    private static string Years(Lang l, decimal v) => l.N((double)v, 2);


    private static string G(Lang l, EffectEstimate e) => e.HedgesGInterval is { } i ? $"{l.N(e.HedgesG, 2)} ({l.Interval(l.N(i.Lower, 2), l.N(i.Upper, 2))})" : l.N(e.HedgesG, 2);

    /// <summary>A difference with its 95 % interval in the reader's notation: "-1,73 (-2,52 til -0,94)" / "-1.73 (-2.52 to -0.94)".</summary>
    private static string Change(Lang l, EffectEstimate? e) => e is null ? "–" : $"{l.N(e.Difference, 2)} ({l.Interval(l.N(e.Interval.Lower, 2), l.N(e.Interval.Upper, 2))})";
}
