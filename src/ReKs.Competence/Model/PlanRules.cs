namespace ReKs.Competence.Model;

/// <summary>The plan-wide rules: identifiers unique, references resolve, levels on the scale.</summary>
internal static class PlanRules
{
    public static List<Problem> Validate(CompetencePlan plan)
    {
        var problems = new List<Problem>();
        var competences = Rules.Unique(plan.Competences, c => c.Id, ProblemPath.Root.Then("competences"), "competence", problems);
        var goals = Rules.Unique(plan.Goals, g => g.Id, ProblemPath.Root.Then("goals"), "goal", problems);
        Rules.Unique(plan.People, p => p.Id, ProblemPath.Root.Then("people"), "person", problems);
        Rules.Unique(plan.Measures, m => m.Id, ProblemPath.Root.Then("measures"), "measure", problems);
        var references = new PlanReferences(plan.Organisation, competences, goals, plan.Scale);
        for (var n = 0; n < plan.People.Length; n++)
        {
            references.Person(plan.People[n], ProblemPath.Root.Then("people", n), problems);
        }

        for (var n = 0; n < plan.Requirements.Length; n++)
        {
            references.Requirement(plan.Requirements[n], ProblemPath.Root.Then("requirements", n), problems);
        }

        for (var i = 0; i < plan.Measures.Length; i++)
        {
            var m = plan.Measures[i];
            for (var j = 0; j < m.TargetCompetences.Length; j++)
            {
                references.Competence(m.TargetCompetences[j], ProblemPath.Root.Then("measures", i, "targetCompetences", j), problems);
            }

            for (var j = 0; j < m.Participants.Length; j++)
            {
                references.Node(m.Participants[j], ProblemPath.Root.Then("measures", i, "participants", j), problems);
            }
        }

        return problems;
    }
}

/// <summary>The references a person or requirement makes into a plan — node, competences, goals, levels on the
/// scale — checked the same way for a whole plan and for a what-if change of one element.</summary>
internal sealed class PlanReferences(Organisation organisation, IReadOnlySet<CompetenceId> competences, IReadOnlySet<GoalId> goals, ProficiencyScale scale)
{
    public void Node(NodeId id, ProblemPath path, List<Problem> problems)
    {
        if (!organisation.Contains(id))
        {
            problems.Add(new Problem(path, ProblemKind.UnknownReference, $"node '{id}' is not in $.organisation"));
        }
    }

    public void Competence(CompetenceId id, ProblemPath path, List<Problem> problems)
    {
        if (!competences.Contains(id))
        {
            problems.Add(new Problem(path, ProblemKind.UnknownReference, $"competence '{id}' is not defined in $.competences"));
        }
    }

    public void Person(Person p, ProblemPath at, List<Problem> problems)
    {
        Node(p.Node, at.Then("node"), problems);
        for (var j = 0; j < p.Holdings.Length; j++)
        {
            Competence(p.Holdings[j].Competence, at.Then("holdings", j, "competence"), problems);
            Level(p.Holdings[j].Level, at.Then("holdings", j, "level"), problems);
        }

        for (var j = 0; j < p.Aspirations.Length; j++)
        {
            Competence(p.Aspirations[j], at.Then("aspirations", j), problems);
        }

        for (var j = 0; j < p.Evidence.Length; j++)
        {
            Competence(p.Evidence[j].Competence, at.Then("evidence", j, "competence"), problems);
            Level(p.Evidence[j].Level, at.Then("evidence", j, "level"), problems);
        }
    }

    public void Requirement(Requirement r, ProblemPath at, List<Problem> problems)
    {
        Node(r.Node, at.Then("node"), problems);
        Competence(r.Competence, at.Then("competence"), problems);
        Level(r.MinLevel, at.Then("minLevel"), problems);
        for (var j = 0; j < r.Goals.Length; j++)
        {
            if (!goals.Contains(r.Goals[j]))
            {
                problems.Add(new Problem(at.Then("goals", j), ProblemKind.UnknownReference, $"goal '{r.Goals[j]}' is not defined in $.goals"));
            }
        }
    }

    private void Level(ProficiencyLevel? level, ProblemPath path, List<Problem> problems)
    {
        if (level is { } l && !scale.Contains(l))
        {
            problems.Add(new Problem(path, ProblemKind.OutOfScale, $"level {l} is outside the plan's scale 1..{scale.Max}"));
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
