using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>How one person counts on one line.</summary>
public enum PersonClass
{
    /// <summary>Not counted: no holding or aspiration that makes the person qualified or developable here.</summary>
    None = 0,

    /// <summary>Qualified and using the competence in the role.</summary>
    QualifiedUsed = 1,

    /// <summary>Qualified but not using it: capital held but unused.</summary>
    QualifiedUnused = 2,

    /// <summary>Developable: close below the level, holding it but not valid at the date, not yet assessed, or aspiring to it.</summary>
    Developable = 3,
}

/// <summary>The specification's line rules, in one place: which lines exist, how each person is classed, and the local allocation.</summary>
internal static class LineEngine
{
    /// <summary>What a person has of one competence, reduced to what classification needs.</summary>
    internal readonly record struct Summary(int BestValidUsed, int BestValid, int BestInvalid, bool Unassessed, bool Aspires, bool Any)
    {
        public static Summary Of(Person person, CompetenceId competence, LocalDate t)
        {
            int bestValidUsed = 0, bestValid = 0, bestInvalid = 0;
            bool unassessed = false, any = false;
            foreach (var h in person.Holdings)
            {
                if (h.Competence != competence)
                {
                    continue;
                }

                any = true;
                if (h.Level is not { } level)
                {
                    unassessed = true;
                }
                else if (h.IsValidAt(t))
                {
                    bestValid = Math.Max(bestValid, level.Value);
                    if (h.Used)
                    {
                        bestValidUsed = Math.Max(bestValidUsed, level.Value);
                    }
                }
                else
                {
                    bestInvalid = Math.Max(bestInvalid, level.Value);
                }
            }

            var aspires = person.Aspirations.Contains(competence);
            return new Summary(bestValidUsed, bestValid, bestInvalid, unassessed, aspires, any || aspires);
        }

        /// <summary>The first class that applies, in the specification's order.</summary>
        public PersonClass Classify(int level, int developReach) => Decide(level, developReach).Class;

        /// <summary>The class and the rule that gave it: the one place the classification is written, for the figures and their explanation alike.</summary>
        public (PersonClass Class, CountReason Reason) Decide(int level, int developReach) =>
            BestValidUsed >= level ? (PersonClass.QualifiedUsed, CountReason.QualifiedAndUsed)
            : BestValid >= level ? (PersonClass.QualifiedUnused, CountReason.QualifiedNotUsed)
            : BestValid > 0 && BestValid >= level - developReach ? (PersonClass.Developable, CountReason.WithinReach)
            : BestInvalid >= level ? (PersonClass.Developable, CountReason.NotValidAtDate)
            : Unassessed ? (PersonClass.Developable, CountReason.NotAssessed)
            : Aspires ? (PersonClass.Developable, CountReason.Aspiration)
            : (PersonClass.None, CountReason.TooFarBelow);
    }

    /// <summary>
    /// Whether a person of a node makes lines for the competences they hold or aspire to: only people employed at t
    /// (started, not yet left), the same test that decides who counts; a future starter makes none.
    /// </summary>
    public static bool CreatesLines(Person person, LocalDate t) => person.IsEmployedAt(t);

    /// <summary>The competences a node has lines for, before level sets: held or aspired to by a person employed at t, or required.</summary>
    public static IEnumerable<CompetenceId> CompetencesOf(IEnumerable<Person> people, IEnumerable<Requirement> requirements, LocalDate t) =>
        people.Where(p => CreatesLines(p, t)).SelectMany(p => p.Holdings.Select(h => h.Competence).Concat(p.Aspirations))
            .Concat(requirements.Where(r => r.AppliesAt(t)).Select(r => r.Competence))
            .Distinct();

    /// <summary>Computes the lines of one node for one competence.</summary>
    public static ImmutableArray<GapLine> Lines(NodeId node, CompetenceId competence, IReadOnlyList<Person> people, IReadOnlyList<Requirement> requirements, ImmutableArray<ProficiencyLevel> levels, GapOptions options, LocalDate t)
    {
        if (levels.IsEmpty)
        {
            return [];
        }

        var anyHolder = false;
        var counted = new List<(Summary Summary, Person Person)>();
        foreach (var person in people)
        {
            if (!CreatesLines(person, t))
            {
                continue;
            }

            var summary = Summary.Of(person, competence, t);
            anyHolder |= summary.Any;
            if (summary.Any)
            {
                counted.Add((summary, person));
            }
        }

        // The node's requirements for this competence, filtered once rather than once per level.
        var applying = new List<Requirement>();
        foreach (var r in requirements)
        {
            if (r.Competence == competence && r.AppliesAt(t))
            {
                applying.Add(r);
            }
        }

        var result = ImmutableArray.CreateBuilder<GapLine>();
        foreach (var level in levels)
        {
            var own = applying.Count == 0 ? [] : applying.Where(r => r.MinLevel == level).ToImmutableArray();
            if (own.IsEmpty && !anyHolder)
            {
                continue;
            }

            long used = 0, unused = 0, developable = 0;
            int heads = 0, peopleCounted = 0;
            foreach (var (summary, person) in counted)
            {
                switch (summary.Classify(level.Value, options.DevelopReach))
                {
                    case PersonClass.QualifiedUsed:
                        used += person.Share.Hundredths;
                        heads++;
                        peopleCounted++;
                        break;
                    case PersonClass.QualifiedUnused:
                        unused += person.Share.Hundredths;
                        heads++;
                        peopleCounted++;
                        break;
                    case PersonClass.Developable:
                        developable += person.Share.Hundredths;
                        peopleCounted++;
                        break;
                }
            }

            var amount = PositionShare.Zero;
            int? stated = null;
            foreach (var r in own)
            {
                amount = r.Amount > amount ? r.Amount : amount;
                stated = r.MinHeads is { } m ? Math.Max(stated ?? m, m) : stated;
            }

            var minHeads = stated ?? options.MinHeads;
            var figures = GapFigures.ForLine(amount, PositionShare.FromHundredths(used), PositionShare.FromHundredths(unused), PositionShare.FromHundredths(developable), heads, peopleCounted);
            var fragile = amount > PositionShare.Zero && figures.Gap == figures.Mobilise && heads < minHeads;
            result.Add(new GapLine(node, new GapKey(competence, level), figures, fragile, minHeads, own));
        }

        return result.ToImmutable();
    }
}
