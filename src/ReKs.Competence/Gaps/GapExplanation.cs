using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>Explains a line: who counted in which class and why, which requirements and goals it serves, and how its need was split.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapExplanation
{
    private readonly LocalizedText _nodeName;
    private readonly LocalizedText _competenceName;
    private readonly LocalizedText? _levelLabel;

    private GapExplanation(GapLine line, ImmutableArray<CountedPerson> people, GapOptions options, LocalizedText nodeName, LocalizedText competenceName, LocalizedText? levelLabel)
    {
        _levelLabel = levelLabel;
        Line = line;
        People = people;
        Options = options;
        _nodeName = nodeName;
        _competenceName = competenceName;
    }

    /// <summary>Gets the line explained.</summary>
    public GapLine Line { get; }

    /// <summary>Gets the node's people who hold or aspire to the competence, with their class and reason, qualified first.</summary>
    public ImmutableArray<CountedPerson> People { get; }

    /// <summary>Gets the options the line was computed with.</summary>
    public GapOptions Options { get; }

    /// <summary>Explains the allocation in plain words: amount, capital in use, then mobilise, develop, acquire, and surplus.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation, one sentence a step.</returns>
    public string Narrative(Language language)
    {
        var f = Line.Figures;
        string P(PositionShare s) => s.ToString() + " %";
        string Names(PersonClass c) => string.Join(", ", People.Where(p => p.Class == c).Select(p => p.Person.Value)) is { Length: > 0 } names ? $" ({names})" : string.Empty;
        string Named(LocalizedText name, string id) => name.In(language) is var text && text != id ? $"{text} ({id})" : id;
        var en = language == Language.English;
        var (node, competence) = (Named(_nodeName, Line.Node.Value), Named(_competenceName, Line.Competence.Value));
        var level = _levelLabel is null ? Line.MinLevel.ToString() : $"{Line.MinLevel} ({_levelLabel.In(language)})";
        var goals = Line.Goals.IsEmpty ? string.Empty : " for " + string.Join(", ", Line.Goals);
        var lines = new List<string>
        {
            en
                ? $"{node}, {competence} at level {level} or above: requirement {P(f.Amount)}{goals}; qualified and using it: {P(f.UsedSupply)}{Names(PersonClass.QualifiedUsed)}, so the gap is {P(f.Gap)}."
                : $"{node}, {competence} på nivå {level} eller høyere: krav {P(f.Amount)}{goals}; kvalifisert og i bruk: {P(f.UsedSupply)}{Names(PersonClass.QualifiedUsed)}, så gapet er {P(f.Gap)}.",
            en
                ? $"Mobilise {P(f.Mobilise)}: qualified but not using it: {P(f.UnusedSupply)}{Names(PersonClass.QualifiedUnused)}."
                : $"Mobilisere {P(f.Mobilise)}: kvalifisert, men ikke i bruk: {P(f.UnusedSupply)}{Names(PersonClass.QualifiedUnused)}.",
            en
                ? $"Develop {P(f.Develop)}: developable staff: {P(f.Developable)}{Names(PersonClass.Developable)}."
                : $"Utvikle {P(f.Develop)}: utviklbare ansatte: {P(f.Developable)}{Names(PersonClass.Developable)}.",
            en
                ? $"Acquire {P(f.Acquire)}: what neither mobilising nor developing current staff can cover must be recruited or bought."
                : $"Anskaffe {P(f.Acquire)}: det verken mobilisering eller utvikling av ansatte dekker, må rekrutteres eller kjøpes.",
        };
        if (f.Surplus > PositionShare.Zero)
        {
            lines.Add(en ? $"Surplus {P(f.Surplus)}: qualified beyond the requirement — share it, or phase it out." : $"Overskudd {P(f.Surplus)}: kvalifisert ut over kravet — del det, eller avvikle.");
        }

        if (Line.Fragile)
        {
            lines.Add(en
                ? $"Fragile: only {f.Heads} qualified {(f.Heads == 1 ? "person" : "people")}, fewer than {Line.MinHeads}."
                : $"Sårbar: bare {f.Heads.ToString(CultureInfo.InvariantCulture)} kvalifisert(e), færre enn {Line.MinHeads.ToString(CultureInfo.InvariantCulture)}.");
        }

        return string.Join(Environment.NewLine, lines);
    }

    internal static GapExplanation For(GapLine line, IReadOnlyList<Person> people, LocalDate t, GapOptions options, LocalizedText nodeName, LocalizedText competenceName, ProficiencyScale scale)
    {
        var level = line.MinLevel.Value;
        var counted = ImmutableArray.CreateBuilder<CountedPerson>();
        foreach (var person in people)
        {
            var summary = LineEngine.Summary.Of(person, line.Competence, t);
            if (!summary.Any || !LineEngine.CreatesLines(person, t))
            {
                continue; // only people employed at t count or create lines
            }

            var (@class, reason) = summary.Decide(level, options.DevelopReach);
            ProficiencyLevel? L(int v) => v > 0 ? new ProficiencyLevel(v) : null;
            var decided = reason switch
            {
                CountReason.QualifiedAndUsed => L(summary.BestValidUsed),
                CountReason.QualifiedNotUsed or CountReason.WithinReach => L(summary.BestValid),
                CountReason.NotValidAtDate => L(summary.BestInvalid),
                CountReason.TooFarBelow => L(Math.Max(summary.BestValid, summary.BestInvalid)),
                _ => null,
            };
            counted.Add(new CountedPerson(person.Id, person.Share, @class, reason, decided));
        }

        return new GapExplanation(line, [.. counted.OrderBy(c => c.Class == PersonClass.None ? 9 : (int)c.Class).ThenBy(c => c.Person)], options, nodeName, competenceName, scale.Contains(line.MinLevel) ? scale.LabelOf(line.MinLevel) : null);
    }

    /// <summary>Summarises the explanation on one line: the line and how many people counted in each class (pseudonymous ids only, no names).</summary>
    /// <returns>For example "gjovik helsefagarbeider≥2 explained by 5 people: 2 qualified and using it, 1 qualified not using it, 2 developable".</returns>
    public override string ToString()
    {
        int Of(PersonClass c) => People.Count(p => p.Class == c);
        return $"{Line.Node} {Line.Key} explained by {TextSummary.Count(People.Length, "person", "people")}: {TextSummary.Number(Of(PersonClass.QualifiedUsed))} qualified and using it, {TextSummary.Number(Of(PersonClass.QualifiedUnused))} qualified not using it, {TextSummary.Number(Of(PersonClass.Developable))} developable, {TextSummary.Number(Of(PersonClass.None))} not counted; {Line.Figures.Net()}";
    }
}
