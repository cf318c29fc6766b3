using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

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
            var data = EvaluationLoader.Required(planFile, parse.GetValue(series), p);
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
            var view = EvaluationView.Create(p, date, InventoryVerb.NodeOf(p, parse.GetValue(node)), chosen, evaluations, detail, shares);
            var text = f switch
            {
                OutputFormat.Json => ViewDocument.WriteString(view, comparisons),
                OutputFormat.Markdown => MarkdownTables.Evaluation(view, l.Language(), comparisons),
                _ => TextTables.Evaluation(view, l.Language(), comparisons),
            };
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

        var table = DocumentLoader.Load(file, stream => ReKs.Competence.Documents.JsonStatDataset.Read(stream));
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
}
