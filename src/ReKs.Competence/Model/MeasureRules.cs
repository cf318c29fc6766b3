namespace ReKs.Competence.Model;

/// <summary>The references a measure makes into its plan beyond its target competences and nodes: the goals it serves,
/// what its yields name, the people it names, its prerequisites (which must not go round in a circle) and its completions.</summary>
internal sealed record MeasureLinks(
    IReadOnlyList<GoalId> Goals,
    IReadOnlyList<(CompetenceId Competence, NodeId? Node, int? Level)> Yields,
    IReadOnlyList<PersonId> TargetPeople,
    IReadOnlyList<MeasureId> Prerequisites,
    IReadOnlyList<PersonId> Completions)
{
    public static MeasureLinks Of(Measure m) => new(
        m.Goals,
        [.. m.Yields.Select(y => (y.Competence, y.Node, y.Level?.Value))],
        m.TargetPeople,
        m.Prerequisites,
        [.. m.Completions.Select(c => c.Person)]);
}

/// <summary>The plan's rules for measures' links, checked the same way for a plan built in code and a plan document.</summary>
internal static class MeasureRules
{
    public static void Validate(PlanOutline plan, IReadOnlySet<CompetenceId> competences, IReadOnlySet<GoalId> goals, List<Problem> problems)
    {
        var people = plan.People.Where(p => p is not null).Select(p => p!.Id).ToHashSet();
        var measures = plan.Measures.Where(m => m is not null).Select(m => m!.Id).Where(id => id != default).ToHashSet();
        var prerequisites = new Dictionary<MeasureId, IReadOnlyList<MeasureId>>();
        for (var n = 0; n < plan.Measures.Count; n++)
        {
            if (plan.Measures[n] is not { Links: { } links } m)
            {
                continue;
            }

            var at = ProblemPath.Root.Then("measures", n);
            prerequisites.TryAdd(m.Id, links.Prerequisites);
            for (var j = 0; j < links.Goals.Count; j++)
            {
                if (links.Goals[j] != default && !goals.Contains(links.Goals[j]))
                {
                    problems.Add(new Problem(at.Then("goals", j), ProblemKind.UnknownReference, $"goal '{links.Goals[j]}' is not defined in $.goals"));
                }
            }

            for (var j = 0; j < links.Yields.Count; j++)
            {
                var (competence, node, level) = links.Yields[j];
                if (competence != default && !competences.Contains(competence))
                {
                    problems.Add(new Problem(at.Then("yields", j, "competence"), ProblemKind.UnknownReference, $"competence '{competence}' is not defined in $.competences"));
                }

                if (node is { } id && id != default && !plan.HasNode(id))
                {
                    problems.Add(new Problem(at.Then("yields", j, "node"), ProblemKind.UnknownReference, $"node '{id}' is not in $.organisation"));
                }

                if (level is { } l && !plan.Scale.Contains(l))
                {
                    problems.Add(new Problem(at.Then("yields", j, "level"), ProblemKind.OutOfScale, $"level {l} is outside the plan's scale 1..{plan.Scale.Max}"));
                }
            }

            Persons(links.TargetPeople, at.Then("targetPeople"), people, problems);
            Persons(links.Completions, at.Then("completions"), people, problems, "person");
            for (var j = 0; j < links.Prerequisites.Count; j++)
            {
                if (links.Prerequisites[j] != default && !measures.Contains(links.Prerequisites[j]))
                {
                    problems.Add(new Problem(at.Then("prerequisites", j), ProblemKind.UnknownReference, $"measure '{links.Prerequisites[j]}' is not defined in $.measures"));
                }
            }
        }

        // A circle of prerequisites can never start: report it once, at the measure (in list order) whose prerequisite closes it.
        var reported = new HashSet<MeasureId>();
        for (var n = 0; n < plan.Measures.Count; n++)
        {
            if (plan.Measures[n] is not { Links: { } links } m || reported.Contains(m.Id))
            {
                continue;
            }

            for (var j = 0; j < links.Prerequisites.Count; j++)
            {
                if (Reaches(links.Prerequisites[j], m.Id, prerequisites) is { } circle && reported.Add(m.Id))
                {
                    reported.UnionWith(circle);
                    problems.Add(new Problem(ProblemPath.Root.Then("measures", n, "prerequisites", j), ProblemKind.Structure, $"prerequisites go round in a circle: {m.Id} → {string.Join(" → ", circle)}"));
                }
            }
        }
    }

    private static void Persons(IReadOnlyList<PersonId> ids, ProblemPath at, HashSet<PersonId> people, List<Problem> problems, string? suffix = null)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            if (ids[j] != default && !people.Contains(ids[j]))
            {
                problems.Add(new Problem(suffix is null ? at.Then(j) : at.Then(j, suffix), ProblemKind.UnknownReference, $"person '{ids[j]}' is not in $.people"));
            }
        }
    }

    /// <summary>The path from <paramref name="from"/> to <paramref name="target"/> through prerequisites, or <see langword="null"/>.</summary>
    private static List<MeasureId>? Reaches(MeasureId from, MeasureId target, Dictionary<MeasureId, IReadOnlyList<MeasureId>> prerequisites)
    {
        var previous = new Dictionary<MeasureId, MeasureId> { [from] = from };
        var queue = new Queue<MeasureId>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == target)
            {
                var path = new List<MeasureId> { current };
                while (path[^1] != from)
                {
                    path.Add(previous[path[^1]]);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in prerequisites.GetValueOrDefault(current) ?? [])
            {
                if (previous.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }
}
