using System.Globalization;
using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Reporting;

/// <summary>The evaluation's words in Norwegian bokmål and English.</summary>
internal static class EvaluationLabels
{
    public static string Verdict(this Language l, Verdict v) => v switch
    {
        Evaluation.Verdict.Improvement => l.T("Forbedring", "Improvement"),
        Evaluation.Verdict.Deterioration => l.T("Forverring", "Deterioration"),
        Evaluation.Verdict.Mixed => l.T("Blandet", "Mixed"),
        Evaluation.Verdict.NoSignal => l.T("Ingen endring (bare tilfeldig variasjon)", "No change (common-cause variation only)"),
        Evaluation.Verdict.InsufficientData => l.T("For lite data", "Insufficient data"),
        _ => throw new System.Diagnostics.UnreachableException($"Verdict {v} has no label."),
    };

    public static string ShortVerdict(this Language l, Verdict v) => v switch
    {
        Evaluation.Verdict.Improvement => l.T("Forbedring", "Improvement"),
        Evaluation.Verdict.Deterioration => l.T("Forverring", "Deterioration"),
        Evaluation.Verdict.Mixed => l.T("Blandet", "Mixed"),
        Evaluation.Verdict.NoSignal => l.T("Ingen endring", "No change"),
        Evaluation.Verdict.InsufficientData => l.T("For lite data", "Insufficient data"),
        _ => throw new System.Diagnostics.UnreachableException($"Verdict {v} has no label."),
    };

    /// <summary>The design of an effect estimate, with its size: "uavhengige grupper, n = 34".</summary>
    public static string Design(this Language l, EffectEstimate e) => e.Design switch
    {
        EffectDesign.Independent => l.T($"før og etter som uavhengige grupper, n = {e.Count}", $"before and after as independent groups, n = {e.Count}"),
        EffectDesign.Paired => l.T($"parede målinger, {e.Count} par", $"paired measurements, {e.Count} pairs"),
        EffectDesign.DifferenceInDifferences => l.T($"forskjell i forskjeller, n = {e.Count}", $"difference in differences, n = {e.Count}"),
        _ => throw new System.Diagnostics.UnreachableException($"Design {e.Design} has no label."),
    };

    /// <summary>A Kirkpatrick level's finding with the split among the units that took part: "Forbedring: 1 av 3 forbedret, 2 ingen endring".</summary>
    public static string Finding(this Language l, KirkpatrickLevelSummary level)
    {
        if (level.Finding is not { } finding)
        {
            return l.T("ingen indikator", "no indicator");
        }

        var total = level.Evaluations.Length;
        if (total == 0)
        {
            return l.ShortVerdict(finding) + l.T(" (ingen deltakere)", " (no participants)");
        }

        var parts = new List<string>();
        Verdict[] order = [Evaluation.Verdict.Improvement, Evaluation.Verdict.Deterioration, Evaluation.Verdict.Mixed, Evaluation.Verdict.NoSignal, Evaluation.Verdict.InsufficientData];
        foreach (var v in order.Where(v => level.Count(v) > 0))
        {
            var n = level.Count(v);
            parts.Add(v switch
            {
                Evaluation.Verdict.Improvement => l.T($"{n} av {total} forbedret", $"improved {n} of {total}"),
                Evaluation.Verdict.Deterioration => l.T($"{n} av {total} forverret", $"worse {n} of {total}"),
                Evaluation.Verdict.Mixed => l.T($"{n} blandet", $"{n} mixed"),
                Evaluation.Verdict.NoSignal => n == total ? l.T($"{n} av {total} uten endring", $"no change {n} of {total}") : l.T($"{n} ingen endring", $"{n} no change"),
                Evaluation.Verdict.InsufficientData => n == total ? l.T($"{n} av {total} uten data nok", $"{n} of {total} without enough data") : l.T($"{n} for lite data", $"{n} insufficient data"),
                _ => throw new System.Diagnostics.UnreachableException($"Verdict {v} has no label."),
            });
        }

        return $"{l.ShortVerdict(finding)} ({string.Join(", ", parts)})";
    }

    public static string Level(this Language l, KirkpatrickLevel k) => k switch
    {
        KirkpatrickLevel.Reaction => l.T("1 reaksjoner", "1 reaction"),
        KirkpatrickLevel.Learning => l.T("2 læring", "2 learning"),
        KirkpatrickLevel.Behaviour => l.T("3 anvendelse", "3 behaviour"),
        _ => l.T("4 nytte", "4 results"),
    };

    public static string Direction(this Language l, DesiredDirection d) =>
        d == DesiredDirection.Higher ? l.T("høyere er bedre", "higher is better") : l.T("lavere er bedre", "lower is better");

    public static string Warning(this Language l, BaselineWarning w) => w switch
    {
        BaselineWarning.FewPoints => l.T("grunnlaget har færre enn 12 punkter", "the baseline has fewer than 12 points"),
        BaselineWarning.FewUseful => l.T("grunnlaget har færre enn 10 nyttige punkter (ikke på senterlinjen)", "the baseline has fewer than 10 useful points (not on the centre line)"),
        BaselineWarning.NoIntervention => l.T("ingen intervensjon deler serien; grunnlaget er de første punktene", "no intervention splits the series; the baseline is the first points"),
        BaselineWarning.UnstableBaseline => l.T("et signal ligger helt i grunnlaget: prosessen var ikke stabil før tiltaket", "a signal lies wholly in the baseline: the process was not stable before the intervention"),
        _ => l.T("ingen målinger etter tiltaket ennå", "no measurements after the intervention yet"),
    };

    public static string Signal(this Language l, ChartSignal s)
    {
        var where = s.From == s.To ? s.FromPeriod.ToString() : l.Interval(s.FromPeriod.ToString(), s.ToPeriod.ToString());
        var side = s.Side switch
        {
            SignalSide.Above => l.T("over", "above"),
            SignalSide.Below => l.T("under", "below"),
            _ => string.Empty,
        };
        var good = s.IsFavourable switch
        {
            true => l.T("ønsket retning", "desired direction"),
            false => l.T("uønsket retning", "undesired direction"),
            _ => l.T("uten retning", "no direction"),
        };
        var inBaseline = s.IsPastBaseline ? string.Empty : l.T(", i grunnlaget", ", in the baseline");
        return s.Rule switch
        {
            SignalRule.LongRun => l.T($"Lang serie: {s.Length} punkter {side} senterlinjen, {where} (grense {l.N(s.Limit, 0)}) — {good}{inBaseline}",
                                      $"Long run: {s.Length} points {side} the centre line, {where} (limit {l.N(s.Limit, 0)}) — {good}{inBaseline}"),
            SignalRule.FewCrossings => l.T($"For få kryssinger: {s.Length} ganger over {where} (minst {l.N(s.Limit, 0)} ventet); mest {side} senterlinjen — {good}{inBaseline}",
                                           $"Too few crossings: {s.Length} over {where} (at least {l.N(s.Limit, 0)} expected); mostly {side} the centre line — {good}{inBaseline}"),
            _ => l.T($"Utenfor grensene: {where} {side} {(s.Side == SignalSide.Above ? "øvre" : "nedre")} grense {l.N(s.Limit, 2)} — {good}{inBaseline}",
                     $"Outside the limits: {where} {side} the {(s.Side == SignalSide.Above ? "upper" : "lower")} limit {l.N(s.Limit, 2)} — {good}{inBaseline}"),
        };
    }

    /// <summary>Formats a number for the reader: a decimal comma in bokmål, a point in English; "–" for no value.</summary>
    public static string N(this Language l, double v, int decimals) =>
        double.IsFinite(v) ? Html.Number((decimal)v, l, decimals) : "–";

    public static string N(double v, int decimals) =>
        double.IsNaN(v) ? "–" : v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Pct(double v) => double.IsNaN(v) ? "–" : (v * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + " %";
}
