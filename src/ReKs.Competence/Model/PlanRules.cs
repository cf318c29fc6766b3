namespace ReKs.Competence.Model;

/// <summary>
/// The plan's rules, written once: identifiers unique, references resolve, levels on the scale. They run on an outline
/// of the plan — its identifiers and references by position — so that a plan built in code and a plan document (whose
/// elements may have problems of their own and not become model values) get the same checks and the same problems.
/// </summary>
internal static class PlanRules
{
    public static List<Problem> Validate(CompetencePlan plan) => Validate(PlanOutline.Of(plan));

    public static List<Problem> Validate(PlanOutline plan)
    {
        var problems = new List<Problem>();
        var root = ProblemPath.Root;
        var competences = Rules.Unique(plan.Competences, c => c!.Value, root.Then("competences"), "competence", problems);
        var goals = Rules.Unique(plan.Goals, g => g!.Value, root.Then("goals"), "goal", problems);
        Rules.Unique(plan.People, p => p!.Id, root.Then("people"), "person", problems);
        Rules.Unique(plan.Measures, m => m!.Id, root.Then("measures"), "measure", problems);
        var references = new PlanReferences(plan.HasNode, competences, goals, plan.Scale);
        for (var n = 0; n < plan.People.Count; n++)
        {
            if (plan.People[n] is { } person && !references.Fits(person))
            {
                references.Person(person, root.Then("people", n), problems);
            }
        }

        for (var n = 0; n < plan.Requirements.Count; n++)
        {
            if (plan.Requirements[n] is { } requirement)
            {
                if (!references.Fits(requirement))
                {
                    references.Requirement(requirement, root.Then("requirements", n), problems);
                }
            }
            else
            {
                problems.Add(new Problem(root.Then("requirements", n), ProblemKind.Missing, "a requirement must not be null"));
            }
        }

        for (var n = 0; n < plan.Measures.Count; n++)
        {
            if (plan.Measures[n] is { } measure)
            {
                references.Measure(measure, root.Then("measures", n), problems);
            }
        }

        for (var n = 0; n < plan.Staffing.Count; n++)
        {
            if (plan.Staffing[n] is { } node)
            {
                references.StaffingNode(node, root.Then("staffing", n, "node"), problems);
            }
            else
            {
                problems.Add(new Problem(root.Then("staffing", n), ProblemKind.Missing, "a staffing requirement must not be null"));
            }
        }

        MeasureRules.Validate(plan, competences, goals, problems);

        return problems;
    }
}

/// <summary>The references a person, requirement or measure makes into a plan — node, competences, goals, levels on the
/// scale — checked the same way for a whole plan, a plan document and a what-if change of one element.</summary>
internal sealed class PlanReferences(Func<NodeId, bool> hasNode, IReadOnlySet<CompetenceId> competences, IReadOnlySet<GoalId> goals, ProficiencyScale scale)
{
    public void Person(PersonOutline p, ProblemPath at, List<Problem> problems)
    {
        // A path is made only for a reference that has a problem: a plan has millions of holdings.
        Node(p.Node, at.Then("node"), problems);
        for (var j = 0; j < p.Holdings.Count; j++)
        {
            var (competence, level) = p.Holdings[j];
            if (!Known(competence))
            {
                Competence(competence, at.Then("holdings", j, "competence"), problems);
            }

            if (!OnScale(level))
            {
                Level(level, at.Then("holdings", j, "level"), problems);
            }
        }

        for (var j = 0; j < p.Aspirations.Count; j++)
        {
            if (!Known(p.Aspirations[j]))
            {
                Competence(p.Aspirations[j], at.Then("aspirations", j), problems);
            }
        }

        for (var j = 0; j < p.Evidence.Count; j++)
        {
            var (competence, level) = p.Evidence[j];
            if (!Known(competence))
            {
                Competence(competence, at.Then("evidence", j, "competence"), problems);
            }

            if (!OnScale(level))
            {
                Level(level, at.Then("evidence", j, "level"), problems);
            }
        }
    }

    /// <summary>Whether <see cref="Person"/> would find nothing: checked first, so that no path is made for a person
    /// without a problem (a plan has hundreds of thousands).</summary>
    public bool Fits(PersonOutline p)
    {
        if (p.Node != default && !hasNode(p.Node))
        {
            return false;
        }

        for (var j = 0; j < p.Holdings.Count; j++)
        {
            var (competence, level) = p.Holdings[j];
            if (!Known(competence) || !OnScale(level))
            {
                return false;
            }
        }

        for (var j = 0; j < p.Aspirations.Count; j++)
        {
            if (!Known(p.Aspirations[j]))
            {
                return false;
            }
        }

        for (var j = 0; j < p.Evidence.Count; j++)
        {
            var (competence, level) = p.Evidence[j];
            if (!Known(competence) || !OnScale(level))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <see cref="Requirement"/> would find nothing (no path is made then).</summary>
    public bool Fits(RequirementOutline r)
    {
        if ((r.Node != default && !hasNode(r.Node)) || !Known(r.Competence) || !OnScale(r.MinLevel))
        {
            return false;
        }

        for (var j = 0; j < r.Goals.Count; j++)
        {
            if (r.Goals[j] != default && !goals.Contains(r.Goals[j]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Known(CompetenceId id) => id == default || competences.Contains(id);

    private bool OnScale(int? level) => level is not { } l || scale.Contains(l);

    public void Requirement(RequirementOutline r, ProblemPath at, List<Problem> problems)
    {
        Node(r.Node, at.Then("node"), problems);
        Competence(r.Competence, at.Then("competence"), problems);
        Level(r.MinLevel, at.Then("minLevel"), problems);
        for (var j = 0; j < r.Goals.Count; j++)
        {
            if (r.Goals[j] != default && !goals.Contains(r.Goals[j]))
            {
                problems.Add(new Problem(at.Then("goals", j), ProblemKind.UnknownReference, $"goal '{r.Goals[j]}' is not defined in $.goals"));
            }
        }
    }

    public void Measure(MeasureOutline m, ProblemPath at, List<Problem> problems)
    {
        for (var j = 0; j < m.TargetCompetences.Count; j++)
        {
            Competence(m.TargetCompetences[j], at.Then("targetCompetences", j), problems);
        }

        for (var j = 0; j < m.Participants.Count; j++)
        {
            Node(m.Participants[j], at.Then("participants", j), problems);
        }
    }

    public void StaffingNode(NodeId id, ProblemPath at, List<Problem> problems) => Node(id, at, problems);

    private void Node(NodeId id, ProblemPath at, List<Problem> problems)
    {
        if (id != default && !hasNode(id))
        {
            problems.Add(new Problem(at, ProblemKind.UnknownReference, $"node '{id}' is not in $.organisation"));
        }
    }

    private void Competence(CompetenceId id, ProblemPath at, List<Problem> problems)
    {
        if (id != default && !competences.Contains(id))
        {
            problems.Add(new Problem(at, ProblemKind.UnknownReference, $"competence '{id}' is not defined in $.competences"));
        }
    }

    private void Level(int? level, ProblemPath at, List<Problem> problems)
    {
        if (level is { } l && !scale.Contains(l))
        {
            problems.Add(new Problem(at, ProblemKind.OutOfScale, $"level {l} is outside the plan's scale 1..{scale.Max}"));
        }
    }
}

/// <summary>What the plan's rules look at, by position: the identifiers each list defines and the references each element
/// makes. A <see langword="null"/> element is a null passed in code; an identifier that is <c>default</c> is one a document
/// wrote invalidly (reported where it was read) and matches nothing.</summary>
internal sealed record PlanOutline(
    ProficiencyScale Scale,
    Func<NodeId, bool> HasNode,
    IReadOnlyList<CompetenceId?> Competences,
    IReadOnlyList<GoalId?> Goals,
    IReadOnlyList<PersonOutline?> People,
    IReadOnlyList<RequirementOutline?> Requirements,
    IReadOnlyList<MeasureOutline?> Measures)
{
    /// <summary>Gets the node of each staffing requirement, by position (<see langword="null"/> for a null requirement).</summary>
    public IReadOnlyList<NodeId?> Staffing { get; init; } = [];

    public static PlanOutline Of(CompetencePlan plan) => new(
        plan.Scale,
        plan.Organisation.Contains,
        [.. plan.Competences.Select(c => c?.Id)],
        [.. plan.Goals.Select(g => g?.Id)],
        [.. plan.People.Select(p => p is null ? null : PersonOutline.Of(p))],
        [.. plan.Requirements.Select(r => r is null ? null : RequirementOutline.Of(r))],
        [.. plan.Measures.Select(m => m is null ? null : new MeasureOutline(m.Id, m.TargetCompetences, m.Participants, MeasureLinks.Of(m)))])
    {
        Staffing = [.. plan.Staffing.Select(s => s?.Node)],
    };
}

/// <summary>A person's identifier and references.</summary>
internal sealed record PersonOutline(PersonId Id, NodeId Node, IReadOnlyList<(CompetenceId Competence, int? Level)> Holdings, IReadOnlyList<CompetenceId> Aspirations, IReadOnlyList<(CompetenceId Competence, int? Level)> Evidence)
{
    // A view of the person's holdings and evidence, not a copy: a plan has millions of holdings.
    public static PersonOutline Of(Person p) => new(
        p.Id,
        p.Node,
        new Levels<Holding>(p.Holdings, h => (h.Competence, h.Level?.Value)),
        p.Aspirations,
        p.Evidence.IsEmpty ? [] : new Levels<Evidence>(p.Evidence, e => (e.Competence, e.Level?.Value)));

    /// <summary>The competence and level of each item, read when asked for.</summary>
    private sealed class Levels<T>(System.Collections.Immutable.ImmutableArray<T> items, Func<T, (CompetenceId, int?)> of) : IReadOnlyList<(CompetenceId Competence, int? Level)>
    {
        public int Count => items.Length;

        public (CompetenceId Competence, int? Level) this[int index] => of(items[index]);

        public IEnumerator<(CompetenceId Competence, int? Level)> GetEnumerator()
        {
            foreach (var item in items)
            {
                yield return of(item);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>A requirement's references.</summary>
internal sealed record RequirementOutline(NodeId Node, CompetenceId Competence, int? MinLevel, IReadOnlyList<GoalId> Goals)
{
    public static RequirementOutline Of(Requirement r) => new(r.Node, r.Competence, r.MinLevel.Value, r.Goals);
}

/// <summary>A measure's identifier and references.</summary>
internal sealed record MeasureOutline(MeasureId Id, IReadOnlyList<CompetenceId> TargetCompetences, IReadOnlyList<NodeId> Participants, MeasureLinks? Links = null);

/// <summary>Maps an element's position in a filtered list back to its position in the document.</summary>
internal static class DocumentIndex
{
    public static int At(IReadOnlyList<int>? index, int n) => index is null ? n : index[n];
}
