namespace ReKs.Competence.Model;

/// <summary>The plan-wide rules: identifiers unique, references resolve, levels on the scale.</summary>
internal static class PlanRules
{
    public static List<PlanProblem> Validate(CompetencePlan plan)
    {
        var problems = new List<PlanProblem>();
        var competences = Unique(plan.Competences, c => c.Id, "$.competences", "competence", problems);
        var goals = Unique(plan.Goals, g => g.Id, "$.goals", "goal", problems);
        Unique(plan.People, p => p.Id, "$.people", "person", problems);
        Unique(plan.Measures, m => m.Id, "$.measures", "measure", problems);
        var references = new PlanReferences(plan.Organisation, competences, goals, plan.Scale);
        for (var n = 0; n < plan.People.Length; n++)
        {
            references.Person(plan.People[n], $"$.people[{n}]", problems);
        }

        for (var n = 0; n < plan.Requirements.Length; n++)
        {
            references.Requirement(plan.Requirements[n], $"$.requirements[{n}]", problems);
        }

        for (var i = 0; i < plan.Measures.Length; i++)
        {
            var m = plan.Measures[i];
            for (var j = 0; j < m.TargetCompetences.Length; j++)
            {
                references.Competence(m.TargetCompetences[j], $"$.measures[{i}].targetCompetences[{j}]", problems);
            }

            for (var j = 0; j < m.Participants.Length; j++)
            {
                references.Node(m.Participants[j], $"$.measures[{i}].participants[{j}]", problems);
            }
        }

        return problems;
    }

    internal static HashSet<TId> Unique<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, string path, string what, List<PlanProblem> problems, string suffix = ".id")
        where TId : notnull
    {
        var first = new Dictionary<TId, int>();
        for (var n = 0; n < items.Count; n++)
        {
            if (items[n] is null)
            {
                problems.Add(new PlanProblem($"{path}[{n}]", PlanProblemKind.Missing, $"a {what} must not be null"));
                continue;
            }

            var key = id(items[n]);
            if (EqualityComparer<TId>.Default.Equals(key, default!))
            {
                continue; // an invalid identifier, reported where it was read
            }

            if (!first.TryAdd(key, n))
            {
                problems.Add(new PlanProblem($"{path}[{n}]{suffix}", PlanProblemKind.Duplicate, $"{what} '{key}' is defined twice (first at {path}[{first[key]}])"));
            }
        }

        return [.. first.Keys];
    }
}

/// <summary>The references a person or requirement makes into a plan — node, competences, goals, levels on the
/// scale — checked the same way for a whole plan and for a what-if change of one element.</summary>
internal sealed class PlanReferences(Organisation organisation, IReadOnlySet<CompetenceId> competences, IReadOnlySet<GoalId> goals, ProficiencyScale scale)
{
    public void Node(NodeId id, string path, List<PlanProblem> problems)
    {
        if (!organisation.Contains(id))
        {
            problems.Add(new PlanProblem(path, PlanProblemKind.UnknownReference, $"node '{id}' is not in $.organisation"));
        }
    }

    public void Competence(CompetenceId id, string path, List<PlanProblem> problems)
    {
        if (!competences.Contains(id))
        {
            problems.Add(new PlanProblem(path, PlanProblemKind.UnknownReference, $"competence '{id}' is not defined in $.competences"));
        }
    }

    public void Person(Person p, string at, List<PlanProblem> problems)
    {
        Node(p.Node, at + ".node", problems);
        for (var j = 0; j < p.Holdings.Length; j++)
        {
            Competence(p.Holdings[j].Competence, $"{at}.holdings[{j}].competence", problems);
            Level(p.Holdings[j].Level, $"{at}.holdings[{j}].level", problems);
        }

        for (var j = 0; j < p.Aspirations.Length; j++)
        {
            Competence(p.Aspirations[j], $"{at}.aspirations[{j}]", problems);
        }

        for (var j = 0; j < p.Evidence.Length; j++)
        {
            Competence(p.Evidence[j].Competence, $"{at}.evidence[{j}].competence", problems);
            Level(p.Evidence[j].Level, $"{at}.evidence[{j}].level", problems);
        }
    }

    public void Requirement(Requirement r, string at, List<PlanProblem> problems)
    {
        Node(r.Node, at + ".node", problems);
        Competence(r.Competence, at + ".competence", problems);
        Level(r.MinLevel, at + ".minLevel", problems);
        for (var j = 0; j < r.Goals.Length; j++)
        {
            if (!goals.Contains(r.Goals[j]))
            {
                problems.Add(new PlanProblem($"{at}.goals[{j}]", PlanProblemKind.UnknownReference, $"goal '{r.Goals[j]}' is not defined in $.goals"));
            }
        }
    }

    private void Level(ProficiencyLevel? level, string path, List<PlanProblem> problems)
    {
        if (level is { } l && !scale.Contains(l))
        {
            problems.Add(new PlanProblem(path, PlanProblemKind.OutOfScale, $"level {l} is outside the plan's scale 1..{scale.Max}"));
        }
    }
}

/// <summary>Maps an element's position in a filtered list back to its position in the document.</summary>
internal static class DocumentIndex
{
    public static int At(IReadOnlyList<int>? index, int n) => index is null ? n : index[n];
}

/// <summary>
/// The identifiers a document defines, valid elements or not: references are checked against these, so an element
/// with a problem of its own does not also make every reference to it "unknown"; duplicates were checked on them too.
/// </summary>
internal sealed record DocumentIds(IReadOnlySet<CompetenceId> Competences, IReadOnlySet<GoalId> Goals);
