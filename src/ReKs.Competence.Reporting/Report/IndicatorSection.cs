using System.Globalization;
using System.Text;
using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Reporting;

/// <summary>Per indicator and node, the run or control chart as qicharts2 draws it — the data, the frozen centre line and
/// limits, the baseline and the intervention, the signals marked, the new level — and the verdict in words.</summary>
internal sealed class IndicatorSection : IReportSection
{
    public string Id => "indicators";

    public string TitleNb => "Indikatorer: har tiltakene virket?";

    public string TitleEn => "Indicators: did the measures work?";

    public string Render(ReportContext context)
    {
        var l = context.Language;
        if (context.View.Evaluation is not { } view)
        {
            return "<p class=\"note\">" + Html.Encode(context.T(
                "Planen har ikke noe evalueringsdokument (PLAN.evaluation.json, eller --series): ingen indikatorer å vise.",
                "The plan has no evaluation document (PLAN.evaluation.json, or --series): no indicators to show.")) + "</p>";
        }

        var charts = 0;
        var sb = new StringBuilder();
        sb.Append("<p class=\"note\">").Append(Html.Encode(context.T(
            "Grunnlaget (punktene før tiltaket) fryses; senterlinje og 3-sigma-grenser gjelder hele serien. Røde punkter er signaler; stiplet grønn linje er nytt nivå etter tiltaket. Reglene er Anhøjs (lange serier, for få kryssinger) og Shewharts (punkt utenfor grensene), som i qicharts2.",
            "The baseline (the points before the intervention) is frozen; its centre line and 3-sigma limits apply to the whole series. Red points are signals; the dashed green line is the new level after the intervention. The rules are Anhøj's (long runs, too few crossings) and Shewhart's (a point outside the limits), as in qicharts2.")))
            .Append("</p>");
        foreach (var indicator in view.Indicators)
        {
            var evaluations = view.EvaluationsOf(indicator).ToList();
            if (evaluations.Count == 0)
            {
                continue;
            }

            sb.Append("<article class=\"indicator\" data-indicator=\"").Append(Html.Encode(indicator.Id.Value)).Append("\"><h3>").Append(Html.Encode(context.Text(indicator.Name))).Append("</h3>");
            sb.Append("<p class=\"note\">").Append(Html.Encode($"{context.Text(indicator.Unit)}; {l.Direction(indicator.Direction)}; Kirkpatrick {l.Level(indicator.Level)}")).Append("</p>");
            sb.Append(Figures(evaluations, l, e => NodeName(context, e), ref charts));
            sb.Append("</article>");
        }

        return sb.ToString();
    }

    /// <summary>One figure per evaluation: its chart (with the MR or S chart beside it) and a caption with the verdict,
    /// the signals and the warnings; <paramref name="charts"/> numbers the charts so their ids stay unique in a page.</summary>
    internal static string Figures(IEnumerable<IndicatorEvaluation> evaluations, Language l, Func<IndicatorEvaluation, string> nodeName, ref int charts)
    {
        var sb = new StringBuilder();
            foreach (var e in evaluations)
        {
            sb.Append("<figure class=\"indicator-chart\" data-node=\"").Append(Html.Encode(e.Node.Value)).Append("\" data-verdict=\"").Append(Html.Encode(e.Verdict.ToString())).Append("\">");
            sb.Append(ChartSvg.Draw(Chart(l, nodeName(e), e), $"chart-{++charts}"));
            if (e.MovingRanges is { } mr)
            {
                // The MR chart beside the I chart (qicharts2 draws them as a pair): the moving ranges with their own limits.
                sb.Append("<div class=\"mr-chart\" data-chart=\"MR\">").Append(ChartSvg.Draw(MovingRangeChart(l, nodeName(e), e, mr), $"chart-{++charts}", height: 180)).Append("</div>");
            }

            if (e.StandardDeviations is { } sd)
            {
                // The S chart under the Xbar chart (as qicharts2 pairs them): the subgroups' spread with its own limits.
                sb.Append("<div class=\"s-chart\" data-chart=\"S\">").Append(ChartSvg.Draw(StandardDeviationChart(l, nodeName(e), e, sd), $"chart-{++charts}", height: 180)).Append("</div>");
            }

            sb.Append("<figcaption><strong>").Append(Html.Encode($"{nodeName(e)}: {l.ShortVerdict(e.Verdict)}")).Append("</strong> ")
              .Append(Html.Encode(l.T($"({ChartLabel(e.Indicator.ChartKind, l)}{(e.MovingRanges is null ? string.Empty : " med MR")}{(e.StandardDeviations is null ? string.Empty : " med S")})", $"({ChartLabel(e.Indicator.ChartKind, l)}{(e.MovingRanges is null ? string.Empty : " with MR")}{(e.StandardDeviations is null ? string.Empty : " with S")})")));
            var excluded = e.Series.Observations.Where(o => o.IsExcluded).Select(o => o.Period.ToString()).ToList();
            if (excluded.Count > 0)
            {
                sb.Append(Html.Encode(l.T($" — utelatt fra beregningene: {string.Join(", ", excluded)}", $" — left out of the calculations: {string.Join(", ", excluded)}")));
            }

            if (e.NewLevel is { } level)
            {
                sb.Append(Html.Encode(l.T($" — nytt nivå {l.N(level, 2)} (før {l.N(e.BaselineCentre, 2)})", $" — new level {l.N(level, 2)} (before {l.N(e.BaselineCentre, 2)})")));
            }

            sb.Append("<ul>");
            foreach (var s in e.Signals)
            {
                sb.Append("<li>").Append(Html.Encode(l.Signal(s))).Append("</li>");
            }

            foreach (var w in e.Warnings)
            {
                sb.Append("<li class=\"warning\">").Append(Html.Encode(l.T("Advarsel: ", "Warning: ") + l.Warning(w))).Append("</li>");
            }

            sb.Append("</ul></figcaption></figure>");
        }

        return sb.ToString();
    }

    private static string ChartLabel(ChartKind kind, Language l) => kind == ChartKind.Run
        ? l.T("seriediagram", "run chart")
        : l.T($"{Views.EvaluationView.ChartName(kind)}-diagram", $"{Views.EvaluationView.ChartName(kind)} chart");

    /// <summary>The node's name in the report's language (the id stays in <c>data-node</c> for tools).</summary>
    private static string NodeName(ReportContext context, IndicatorEvaluation e) => context.Glossary.NodeName(e.Node, context.Language);

    private static ChartSvg.Chart MovingRangeChart(Language l, string node, IndicatorEvaluation e, ControlChartResult mr)
    {
        var phase = mr.Phases[0];
        var n = mr.Values.Length;
        double? At(IReadOnlyList<double> xs, int i) => double.IsNaN(xs[i]) ? null : xs[i];
        return new ChartSvg.Chart(
            l.T($"{node}: glidende variasjonsbredde (MR)", $"{node}: moving range (MR)"),
            [.. e.Series.Observations.Select(o => o.Period.ToString())],
            [.. Enumerable.Range(0, n).Select(i => At(mr.Values, i))],
            [.. Enumerable.Repeat<double?>(phase.Centre, n)],
            [.. Enumerable.Range(0, n).Select(i => At(phase.Lower, i))],
            [.. Enumerable.Range(0, n).Select(i => At(phase.Upper, i))],
            mr.SigmaSignals.Select(p => p - 1).ToHashSet(),
            null,
            null,
            "MR",
            Language: l);
    }

    private static ChartSvg.Chart StandardDeviationChart(Language l, string node, IndicatorEvaluation e, ControlChartResult sd)
    {
        var phase = sd.Phases[0];
        var n = sd.Values.Length;
        double? At(IReadOnlyList<double> xs, int i) => double.IsNaN(xs[i]) ? null : xs[i];
        return new ChartSvg.Chart(
            l.T($"{node}: standardavvik i undergruppene (S)", $"{node}: subgroup standard deviation (S)"),
            [.. e.Series.Observations.Select(o => o.Period.ToString())],
            [.. Enumerable.Range(0, n).Select(i => At(sd.Values, i))],
            [.. Enumerable.Repeat<double?>(phase.Centre, n)],
            [.. Enumerable.Range(0, n).Select(i => At(phase.Lower, i))],
            [.. Enumerable.Range(0, n).Select(i => At(phase.Upper, i))],
            sd.SigmaSignals.Select(p => p - 1).ToHashSet(),
            null,
            null,
            "S",
            Language: l);
    }

    private static ChartSvg.Chart Chart(Language l, string node, IndicatorEvaluation e)
    {
        double? At(System.Collections.Immutable.ImmutableArray<double> xs, int i) => xs.IsEmpty || double.IsNaN(xs[i]) ? null : xs[i];
        var n = e.Values.Length;
        var signals = new HashSet<int>();
        foreach (var s in e.Signals.Where(s => s.Rule != SignalRule.FewCrossings))
        {
            for (var i = s.From - 1; i < s.To; i++)
            {
                if (!double.IsNaN(e.Values[i]) && (s.Rule == SignalRule.OutsideLimits || e.Values[i] != e.BaselineCentre))
                {
                    signals.Add(i);
                }
            }
        }

        var intervention = e.Intervention is null || e.BaselineCount >= n ? (int?)null : e.BaselineCount;
        return new ChartSvg.Chart(
            $"{node}",
            [.. e.Series.Observations.Select(o => o.Period.ToString())],
            [.. Enumerable.Range(0, n).Select(i => At(e.Values, i))],
            [.. Enumerable.Repeat<double?>(e.Runs is null ? null : e.BaselineCentre, n)],
            e.Lower.IsEmpty ? null : [.. Enumerable.Range(0, n).Select(i => At(e.Lower, i))],
            e.Upper.IsEmpty ? null : [.. Enumerable.Range(0, n).Select(i => At(e.Upper, i))],
            signals,
            e.Intervention is null && e.BaselineCount < n ? e.BaselineCount - 1 : null,
            intervention,
            e.Indicator.Unit.In(l),
            e.NewLevel,
            l.T(Terms.Baseline),
            l);
    }
}
