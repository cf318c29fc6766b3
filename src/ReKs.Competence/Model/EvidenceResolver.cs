using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>Turns a person's evidence history into effective holdings, and finds where sources disagree.</summary>
/// <remarks>
/// <para>Per competence, the precedence rule decides between the <em>sources</em> (documented, leader-assessed,
/// self-declared), formal and informal evidence alike: only the evidence of the source that ranks first among those that
/// spoke about the competence counts, so a documented level 2 is not outvoted by a self-declared level 4 (the same
/// source <see cref="Disagreements"/> names as the one that counts). Within that source, formal evidence (education,
/// certification, course) becomes one formal holding each — two certificates of one competence are two holdings, each
/// with its own validity — and its latest informal statement (by <see cref="Evidence.Recorded"/>) becomes one informal
/// holding. History is never rewritten: an older statement simply is not the latest.</para>
/// <para>A disagreement is a competence whose sources' latest stated levels differ; it is listed for the appraisal
/// interview (medarbeidersamtale).</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class EvidenceResolver
{
    /// <summary>Resolves evidence into effective holdings.</summary>
    /// <param name="evidence">The person's evidence, in any order.</param>
    /// <param name="precedence">The plan's precedence rule.</param>
    /// <returns>The holdings of each competence's ruling source: its formal ones in the order of the evidence, then at most one informal holding per competence in order of first mention.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<Holding> Resolve(IEnumerable<Evidence> evidence, EvidencePrecedence precedence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(precedence);
        var items = evidence.ToList();
        var ruling = new Dictionary<CompetenceId, EvidenceSource>();
        foreach (var e in items)
        {
            if (!ruling.TryGetValue(e.Competence, out var source) || precedence.RankOf(e.Source) < precedence.RankOf(source))
            {
                ruling[e.Competence] = e.Source;
            }
        }

        var counted = items.Where(e => ruling[e.Competence] == e.Source).ToList();
        var result = ImmutableArray.CreateBuilder<Holding>();
        foreach (var e in counted.Where(e => e.Basis == CompetenceBasis.Formal))
        {
            result.Add(new Holding(e.Competence, e.Level, CompetenceBasis.Formal, e.Used, e.ValidFrom, e.ValidUntil));
        }

        foreach (var group in counted.Where(e => e.Basis == CompetenceBasis.Informal).GroupBy(e => e.Competence))
        {
            var latest = group.OrderBy(e => e.Recorded).Last();
            result.Add(new Holding(latest.Competence, latest.Level, CompetenceBasis.Informal, latest.Used));
        }

        return result.ToImmutable();
    }

    /// <summary>Lists the competences on which a person's sources disagree about the level.</summary>
    /// <param name="person">The person.</param>
    /// <param name="precedence">The plan's precedence rule, which says which level counts.</param>
    /// <returns>One disagreement per competence where the latest levels stated by different sources differ, ordered by competence.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<EvidenceDisagreement> Disagreements(Person person, EvidencePrecedence precedence)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(precedence);
        var result = ImmutableArray.CreateBuilder<EvidenceDisagreement>();
        foreach (var group in person.Evidence.Where(e => e.Level is not null).GroupBy(e => e.Competence).OrderBy(g => g.Key))
        {
            var says = LatestBySource(group).OrderBy(e => precedence.RankOf(e.Source)).ToImmutableArray();
            if (says.Select(e => e.Level).Distinct().Count() > 1)
            {
                result.Add(new EvidenceDisagreement(person.Id, group.Key, says, says[0]));
            }
        }

        return result.ToImmutable();
    }

    private static IEnumerable<Evidence> LatestBySource(IEnumerable<Evidence> evidence) =>
        evidence.GroupBy(e => e.Source).Select(g => g.OrderBy(e => e.Recorded).Last());
}
