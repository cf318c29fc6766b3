using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// The spreadsheet way, as a peer for the benchmarks: the same rules written as plain LINQ over the whole plan for
/// every line, with no indexing. Returns the region's total gap, which must equal the engine's
/// (<see cref="GapBenchmarks.Setup"/> checks it).
/// </summary>
public static class NaiveGapAnalysis
{
    /// <summary>The sum of every line's gap, in hundredths of a per cent of a position.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="t">The as-of date.</param>
    /// <param name="options">The analysis options.</param>
    /// <returns>The total gap.</returns>
    public static long TotalGap(CompetencePlan plan, LocalDate t, GapOptions options)
    {
        var applying = plan.Requirements.Where(r => r.AppliesAt(t)).ToList();
        long total = 0;
        foreach (var node in plan.Organisation.Nodes)
        {
            foreach (var c in plan.Competences.Select(x => x.Id))
            {
                foreach (var level in applying.Where(r => r.Competence == c).Select(r => r.MinLevel.Value).Distinct())
                {
                    var own = applying.Where(r => r.Node == node.Id && r.Competence == c && r.MinLevel.Value == level).ToList();
                    var makers = plan.People.Where(p => p.Node == node.Id && !p.HasLeftBy(t) && (p.Holdings.Any(h => h.Competence == c) || p.Aspirations.Contains(c)));
                    if (own.Count == 0 && !makers.Any())
                    {
                        continue;
                    }

                    var employed = plan.People.Where(p => p.Node == node.Id && p.IsEmployedAt(t)).ToList();
                    var used = employed.Where(p => p.Holdings.Any(h => h.Competence == c && h.Level?.Value >= level && h.IsValidAt(t) && h.Used)).Sum(p => p.Share.Hundredths);
                    var amount = own.Count == 0 ? 0 : own.Max(r => r.Amount.Hundredths);
                    total += Math.Max(0, amount - used);
                }
            }
        }

        return total;
    }
}
