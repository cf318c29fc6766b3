using System.Globalization;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>The evaluation as blocks: what <c>reks evaluate</c> prints, from the view (and SSB's group comparisons, which
/// come from a separate table) alone.</summary>
internal static class EvaluationText
{
    public static Blocks Of(EvaluationView view, Language l, IReadOnlyList<KostraGroupComparison> comparisons)
    {
        var g = view.Glossary;
        var b = new Blocks();
        b.Heading(2, l.T($"Evaluering per {view.AsOf:uuuu-MM-dd} — {view.Plan.Norwegian}", $"Evaluation as of {view.AsOf:uuuu-MM-dd} — {view.Plan.In(Language.English)}"));
        foreach (var indicator in view.Indicators)
        {
            var mine = view.EvaluationsOf(indicator).ToList();
            b.Heading(3, $"{indicator.Name.In(l)} ({indicator.Id})");
            b.Paragraph($"{indicator.Unit.In(l)}; {l.Direction(indicator.Direction)}; Kirkpatrick {l.Level(indicator.Level)}; {Chart(indicator, l)}.");
            var table = new TextTable(l.T(Terms.Unit), l.T("Tiltak fra", "Intervention"), l.T("Grunnlag", "Baseline"), l.T("Senter", "Centre"), l.T("Nytt nivå", "New level"),
                l.T("Endring (95 % KI)", "Change (95 % CI)"), l.T("Relativ", "Relative"), "Hedges g", l.T("Mot ikke-deltakere", "Against non-participants"), l.T("Siste", "Latest"), l.T("Vurdering", "Verdict")).RightAlign(2, 3, 4, 6, 7, 9);
            foreach (var e in mine)
            {
                table.Add(g.NodeName(e.Node, l), e.Intervention is { } iv ? iv.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "–", $"{e.BaselinePoints}/{e.BaselineUseful}",
                    l.N(e.BaselineCentre, 2), e.NewLevel is { } nl ? l.N(nl, 2) : "–", Change(l, e.Effect), e.Effect is { } ef ? EvaluationLabels.Pct(ef.RelativeChange) : "–",
                    e.Effect is { } gi ? l.N(gi.HedgesG, 2) : "–", Change(l, e.Comparison), Latest(e, l), l.ShortVerdict(e.Verdict));
            }

            if (table.Count == 0)
            {
                b.Paragraph(l.T("Ingen serier i utvalget.", "No series in scope."));
            }
            else
            {
                b.Table(table);
            }

            b.Paragraph(l.T("Grunnlag = punkter/nyttige punkter før tiltaket; endring = etter minus før, på kartets skala.", "Baseline = points/useful points before the intervention; change = after minus before, on the chart's scale."));
            if (view.Detail)
            {
                foreach (var e in mine)
                {
                    b.List(g.NodeName(e.Node, l), Detail(e, l), "  • ");
                }
            }
        }

        if (!view.Detail)
        {
            b.Heading(3, l.T("Kirkpatrick per tiltak", "Kirkpatrick per measure"));
            var k = new TextTable(l.T("Tiltak", "Measure"), l.Level(KirkpatrickLevel.Reaction), l.Level(KirkpatrickLevel.Learning), l.Level(KirkpatrickLevel.Behaviour), l.Level(KirkpatrickLevel.Results));
            foreach (var summary in view.Kirkpatrick)
            {
                k.Add([g.MeasureName(summary.Measure, l), .. summary.Levels.Select(x => l.Finding(x))]);
            }

            b.Table(k);
            b.Paragraph(l.T("Bare enheter som deltok i tiltaket telles; ikke-deltakere er sammenligningsgrunnlag.", "Only the units that took part in the measure count; those that did not are the comparison."));
        }

        if (view.HealthEducation.IsEmpty)
        {
            b.Spacer();
        }
        else
        {
            b.Heading(3, l.T($"Andel årsverk med helseutdanning (KOSTRA-definisjonen), fra planen per {view.AsOf:uuuu-MM-dd}", $"Share of person-years with health education (KOSTRA's definition), from the plan as of {view.AsOf:uuuu-MM-dd}"));
            var t = new TextTable(l.T(Terms.Unit), l.T("Årsverk", "Person-years"), l.T("Helseutd.", "Health educ."), l.T("Andel", "Share"), l.T("Videregående", "Upper sec."), l.T("Høyere", "Higher"), l.T("Uoppgitt", "Unknown"),
                l.T("Spes.spl.", "Spec. nurses"), l.T("Andel spes.spl.", "Share spec. nurses")).RightAlign(1, 2, 3, 4, 5, 6, 7, 8);
            foreach (var s in view.HealthEducation)
            {
                t.Add(g.NodeName(s.Node, l), Years(l, s.Total), Years(l, s.WithHealthEducation), Share(l, s.Share), Share(l, s.ShareUpperSecondary), Share(l, s.ShareHigher), Years(l, s.Unknown),
                    Years(l, s.SpecialistNurses), Share(l, s.ShareSpecialistNurses));
            }

            b.Table(t);
            b.Lines(
                l.T("Spes.spl. = årsverk holdt av spesialsykepleiere (stillingstypen i planen), og deres andel av alle årsverk.", "Spec. nurses = person-years held by specialist nurses (the plan's position type), and their share of all person-years."),
                l.T("Sammenlign med SSBs tall for kommunen og KOSTRA-gruppen; KOSTRA måler i 4. kvartal og uten lange fravær.", "Compare with SSB's figure for the municipality and its KOSTRA group; KOSTRA counts in the fourth quarter and without long absences."));
        }

        if (comparisons.Count > 0)
        {
            b.Heading(3, l.T("Kommunen mot KOSTRA-gruppen (SSBs tall)", "The municipality against its KOSTRA group (SSB's figures)"));
            var t = new TextTable(l.T(Terms.Unit), l.T("Kommunenr.", "Municipality"), l.T("Gruppe", "Group"), l.T("Statistikkvariabel", "Content"), l.T(Terms.Period), l.T("Kommunen", "Municipality value"), l.T("Gruppen", "Group average"), l.T("Differanse", "Difference"))
                .RightAlign(5, 6, 7);
            foreach (var c in comparisons)
            {
                var i = c.Latest;
                t.Add(g.NodeName(c.Node, l), c.Municipality, c.Group, c.Content, i is { } a ? c.Periods[a].ToString() : "–", i is { } bi ? l.N(c.MunicipalityValues[bi]!.Value, 1) : "–", i is { } gi ? l.N(c.GroupValues[gi]!.Value, 1) : "–", i is { } d ? l.N(c.Differences[d]!.Value, 1) : "–");
            }

            b.Table(t);
            b.Paragraph(l.T("Siste periode der både kommunen og gruppen har tall; differanse = kommunen minus gruppens gjennomsnitt.", "The latest period where both the municipality and the group have a figure; difference = the municipality minus the group's average."));
        }

        return b;
    }

    /// <summary>One evaluation in detail: the intervention, the baseline and its limits, the signals, the verdict and the effect.</summary>
    private static List<string> Detail(IndicatorEvaluation e, Language l)
    {
        var items = new List<string>();
        if (e.Intervention is { } iv)
        {
            items.Add(l.T("Tiltak: ", "Intervention: ") + $"{iv.Label.In(l)} ({iv.Id}, {iv.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})");
        }

        if (e.Verdict != Verdict.InsufficientData)
        {
            var periods = e.Series.Observations;
            var baseline = l.T("Grunnlag: ", "Baseline: ") + l.Interval(periods[0].Period.ToString(), periods[e.BaselineCount - 1].Period.ToString())
                + l.T($", {e.BaselinePoints} punkter, {e.BaselineUseful} nyttige; senterlinje {l.N(e.BaselineCentre, 2)}", $", {e.BaselinePoints} points, {e.BaselineUseful} useful; centre line {l.N(e.BaselineCentre, 2)}");
            // A point without limits (a missing month of a P or U chart) is NaN: the summary is over the points that have them.
            if (e.Lower.Any(double.IsFinite) && e.Upper.Any(double.IsFinite))
            {
                var (lo, hi) = (e.Lower.Where(double.IsFinite).Min(), e.Upper.Where(double.IsFinite).Max());
                baseline += l.T($"; grenser {l.Interval(l.N(lo, 2), l.N(hi, 2))}", $"; limits {l.Interval(l.N(lo, 2), l.N(hi, 2))}");
            }

            items.Add(baseline);
            if (e.MovingRanges is { } mr)
            {
                var above = string.Join(", ", mr.SigmaSignals.Select(p => periods[p - 1].Period.ToString()));
                items.Add(l.T($"MR-diagram: senterlinje {l.N(mr.Phases[0].Centre, 2)}, øvre grense {l.N(mr.Phases[0].Upper[0], 2)}", $"MR chart: centre line {l.N(mr.Phases[0].Centre, 2)}, upper limit {l.N(mr.Phases[0].Upper[0], 2)}")
                    + (above.Length == 0 ? string.Empty : l.T($"; over grensen: {above}", $"; above the limit: {above}")));
            }

            if (e.StandardDeviations is { } sd)
            {
                var outside = string.Join(", ", sd.SigmaSignals.Select(p => periods[p - 1].Period.ToString()));
                var sizes = periods.Where(o => o.IsSubgroup).Select(o => o.Measurements.Length).ToList();
                items.Add(l.T($"S-diagram: senterlinje {EvaluationLabels.N(sd.Phases[0].Centre, 2)}; undergrupper på {sizes.Min()}–{sizes.Max()} målinger", $"S chart: centre line {EvaluationLabels.N(sd.Phases[0].Centre, 2)}; subgroups of {sizes.Min()}–{sizes.Max()} measurements")
                    + (outside.Length == 0 ? string.Empty : l.T($"; utenfor grensene: {outside}", $"; outside the limits: {outside}")));
            }

            var excluded = periods.Where(o => o.IsExcluded).Select(o => o.Period.ToString()).ToList();
            if (excluded.Count > 0)
            {
                items.Add(l.T($"Utelatt fra beregningene (vises i diagrammet): {string.Join(", ", excluded)}", $"Left out of the calculations (still drawn): {string.Join(", ", excluded)}"));
            }

            var r = e.Runs!;
            items.Add(l.T($"Serieanalyse over hele serien: lengste serie {r.LongestRun} (grense {r.LongestRunMax}), kryssinger {r.Crossings} (minst {r.CrossingsMin})",
                $"Runs analysis over the whole series: longest run {r.LongestRun} (limit {r.LongestRunMax}), crossings {r.Crossings} (at least {r.CrossingsMin})"));
        }

        items.AddRange(e.Signals.Select(s => l.Signal(s)));
        items.Add(l.T("Vurdering: ", "Verdict: ") + l.Verdict(e.Verdict) + (e.NewLevel is { } level
            ? l.T($"; nytt nivå etter tiltaket {l.N(level, 2)} (før {l.N(e.BaselineCentre, 2)})", $"; new level after the intervention {l.N(level, 2)} (before {l.N(e.BaselineCentre, 2)})")
            : string.Empty));
        if (e.Effect is { } effect)
        {
            items.Add(l.T($"Effekt ({l.Design(effect)}): {Change(l, effect)}, relativt {EvaluationLabels.Pct(effect.RelativeChange)}, Hedges g {G(l, effect)}", $"Effect ({l.Design(effect)}): {Change(l, effect)}, relative {EvaluationLabels.Pct(effect.RelativeChange)}, Hedges' g {G(l, effect)}"));
        }

        if (e.Comparison is { } c)
        {
            items.Add(l.T($"Mot ikke-deltakere ({string.Join(", ", e.ComparisonNodes)}): forskjell i forskjeller {Change(l, c)}, Hedges g {G(l, c)}", $"Against non-participants ({string.Join(", ", e.ComparisonNodes)}): difference in differences {Change(l, c)}, Hedges' g {G(l, c)}"));
        }

        items.AddRange(e.Warnings.Select(w => l.T("Advarsel: ", "Warning: ") + l.Warning(w)));
        return items;
    }

    private static string Latest(IndicatorEvaluation e, Language l)
    {
        var last = Enumerable.Range(0, e.Values.Length).LastOrDefault(i => !double.IsNaN(e.Values[i]), -1);
        return last < 0 ? "–" : $"{l.N(e.Values[last], 2)} ({e.Series.Observations[last].Period})";
    }

    /// <summary>The chart in words, its short name from the view (<see cref="EvaluationView.ChartName"/>).</summary>
    public static string Chart(Indicator i, Language l) => i.ChartKind == ChartKind.Run
        ? l.T(Terms.RunChart)
        : i.ChartKind == ChartKind.Individuals
            ? l.T("kontrolldiagram (I med MR)", "control chart (I with MR)")
            : i.ChartKind == ChartKind.SubgroupMean
            ? l.T("kontrolldiagram (Xbar med S)", "control chart (Xbar with S)")
            : l.T($"kontrolldiagram ({EvaluationView.ChartName(i.ChartKind)})", $"control chart ({EvaluationView.ChartName(i.ChartKind)})");

    /// <summary>A share in per cent with one decimal in the reader's notation ("12,5 %" / "12.5 %").</summary>
    private static string Share(Language l, decimal? s) => s is { } v ? l.N((double)(v * 100), 1) + " %" : "–";

    /// <summary>Person-years with two decimals in the reader's notation, as KOSTRA publishes them.</summary>
    private static string Years(Language l, decimal v) => l.N((double)v, 2);

    private static string G(Language l, EffectEstimate e) => e.HedgesGInterval is { } i ? $"{l.N(e.HedgesG, 2)} ({l.Interval(l.N(i.Lower, 2), l.N(i.Upper, 2))})" : l.N(e.HedgesG, 2);

    /// <summary>A difference with its 95 % interval in the reader's notation: "-1,73 (-2,52 til -0,94)" / "-1.73 (-2.52 to -0.94)".</summary>
    private static string Change(Language l, EffectEstimate? e) => e is null ? "–" : $"{l.N(e.Difference, 2)} ({l.Interval(l.N(e.Interval.Lower, 2), l.N(e.Interval.Upper, 2))})";
}
