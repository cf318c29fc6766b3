using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>The specification's classification of a person for a line, as the explanations use it; the columnar <see cref="GapKernel"/> applies the same rules to columns.</summary>
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
}
