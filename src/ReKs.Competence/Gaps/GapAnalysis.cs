using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>The result of a gap analysis of a plan at a date: every line, every node's partial and net view, and what-if updates.</summary>
/// <remarks>
/// <para>Lines are ordered depth first through the organisation, then by key. Each node's partial is the sum of the
/// lines of the node and its descendants; its net view shares spare capacity across the sub-tree.</para>
/// <para>What-if methods (<see cref="WithPerson"/>, <see cref="WithoutPerson"/>, <see cref="WithRequirement"/>,
/// <see cref="WithoutRequirement"/>, <see cref="WithHolding"/>, <see cref="WithoutHolding"/>) return a new result
/// without re-analysing the plan: only the touched node's lines of the touched competences are recomputed, and the
/// partials of that node and its ancestors patched (all lines of a competence when its level set changes). The result
/// always equals a full re-analysis of the changed plan.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapAnalysis
{
    private readonly Lazy<CompetencePlan> _plan;
    private readonly GapLevelSets _external;
    private readonly ImmutableDictionary<GapKey, int> _requirementCounts;
    private readonly ImmutableDictionary<NodeId, ImmutableList<Person>> _people;
    private readonly ImmutableDictionary<PersonId, NodeId> _personNode;
    private readonly ImmutableDictionary<NodeId, ImmutableList<Requirement>> _requirements;
    private readonly ImmutableDictionary<NodeId, ImmutableDictionary<CompetenceId, ImmutableArray<GapLine>>> _lines;
    private readonly ImmutableDictionary<NodeId, GapPartial> _partials;
    private readonly Lazy<ImmutableArray<GapLine>> _allLines;
    private readonly ImmutableHashSet<CompetenceId> _competenceIds;
    private readonly ImmutableHashSet<GoalId> _goalIds;

    private GapAnalysis(
        Lazy<CompetencePlan> plan,
        ImmutableHashSet<CompetenceId> competenceIds,
        ImmutableHashSet<GoalId> goalIds,
        Organisation organisation,
        ProficiencyScale scale,
        LocalDate asOf,
        GapOptions options,
        GapLevelSets external,
        ImmutableDictionary<GapKey, int> requirementCounts,
        ImmutableDictionary<NodeId, ImmutableList<Person>> people,
        ImmutableDictionary<PersonId, NodeId> personNode,
        ImmutableDictionary<NodeId, ImmutableList<Requirement>> requirements,
        ImmutableDictionary<NodeId, ImmutableDictionary<CompetenceId, ImmutableArray<GapLine>>> lines,
        ImmutableDictionary<NodeId, GapPartial> partials)
    {
        _plan = plan;
        _competenceIds = competenceIds;
        _goalIds = goalIds;
        Organisation = organisation;
        Scale = scale;
        AsOf = asOf;
        Options = options;
        _external = external;
        _requirementCounts = requirementCounts;
        _people = people;
        _personNode = personNode;
        _requirements = requirements;
        _lines = lines;
        _partials = partials;
        LevelSets = external.Union(new GapLevelSets(requirementCounts.Where(kv => kv.Value > 0).GroupBy(kv => kv.Key.Competence)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(kv => kv.Key.Level).Order().ToImmutableArray())));
        _allLines = new(() => [.. Organisation.DepthFirst.SelectMany(n => LinesOf(n.Id))]);
    }

    /// <summary>Gets the plan analysed (after any what-if changes).</summary>
    /// <remarks>A what-if does not build its plan: the plan is built, and validated, the first time this property is
    /// read, once for each what-if in the chain that has not been read yet. A long chain of what-ifs that never reads
    /// <see cref="Plan"/> costs nothing here; reading it at the end of N changes costs N plan constructions. The change
    /// itself was already checked against the plan's rules when the what-if was made.</remarks>
    public CompetencePlan Plan => _plan.Value;

    /// <summary>Gets the organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>Gets the proficiency scale.</summary>
    public ProficiencyScale Scale { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the options.</summary>
    public GapOptions Options { get; }

    /// <summary>Gets the level sets used: Levels(c) for every competence.</summary>
    public GapLevelSets LevelSets { get; }

    /// <summary>Gets every line, depth first through the organisation, then by key.</summary>
    public ImmutableArray<GapLine> Lines => _allLines.Value;

    /// <summary>Gets the lines of one node (its own, not its descendants'), ordered by key.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The lines.</returns>
    public IEnumerable<GapLine> LinesOf(NodeId node) =>
        _lines.TryGetValue(node, out var byCompetence) ? byCompetence.Values.SelectMany(l => l).OrderBy(l => l.Key) : [];

    /// <summary>Gets the lines of one competence, in line order.</summary>
    /// <param name="competence">The competence.</param>
    /// <returns>The lines.</returns>
    public IEnumerable<GapLine> LinesFor(CompetenceId competence) => Lines.Where(l => l.Competence == competence);

    /// <summary>Gets the lines that serve a goal, in line order.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The lines.</returns>
    public IEnumerable<GapLine> LinesServing(GoalId goal) => Lines.Where(l => l.Goals.Contains(goal));

    /// <summary>Gets the lines with a need of a kind, in line order.</summary>
    /// <param name="kind">The kind of need.</param>
    /// <returns>The lines.</returns>
    public IEnumerable<GapLine> LinesWith(NeedKind kind) => Lines.Where(l => l.Has(kind));

    /// <summary>Gets the line of a node for a key, or <see langword="null"/>.</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The key.</param>
    /// <returns>The line, or <see langword="null"/>.</returns>
    public GapLine? LineOf(NodeId node, GapKey key) =>
        _lines.TryGetValue(node, out var byCompetence) && byCompetence.TryGetValue(key.Competence, out var lines) ? lines.FirstOrDefault(l => l.Key == key) : null;

    /// <summary>Gets a node's partial: the sum of its own and its descendants' lines.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="KeyNotFoundException">The organisation has no such node.</exception>
    public GapPartial PartialOf(NodeId node) => Organisation.Contains(node)
        ? _partials.TryGetValue(node, out var p) ? p : GapPartial.Empty
        : throw new KeyNotFoundException($"The organisation has no node '{node}'.");

    /// <summary>Gets a node's net view for every key its sub-tree has a line for.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The net figures by key.</returns>
    /// <exception cref="KeyNotFoundException">The organisation has no such node.</exception>
    public ImmutableSortedDictionary<GapKey, NetFigures> NetOf(NodeId node)
    {
        var partial = PartialOf(node);
        return partial.Keys.ToImmutableSortedDictionary(k => k, partial.Net);
    }

    /// <summary>Explains a line: who counted in which class and why, which requirements and goals it serves, and how the need was split.</summary>
    /// <param name="line">A line of this analysis.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">The line is not part of this analysis.</exception>
    public GapExplanation Explain(GapLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (LineOf(line.Node, line.Key) != line)
        {
            throw new ArgumentException($"The line {line.Node} {line.Competence} level {line.MinLevel} is not part of this analysis.", nameof(line));
        }

        var competence = Plan.HasCompetence(line.Competence) ? Plan.GetCompetence(line.Competence).Name : new LocalizedText(line.Competence.Value);
        return GapExplanation.For(line, PeopleOf(line.Node), AsOf, Options, Organisation[line.Node].Name, competence);
    }

    /// <summary>Lists holders of competences that no requirement applying at the date asks for: candidates to mobilise elsewhere or phase out.</summary>
    /// <returns>One entry per node and competence, depth first, then by competence.</returns>
    public ImmutableArray<UnrequiredCompetence> Unrequired()
    {
        var result = ImmutableArray.CreateBuilder<UnrequiredCompetence>();
        foreach (var node in Organisation.DepthFirst)
        {
            var holders = PeopleOf(node.Id).Where(p => p.IsEmployedAt(AsOf))
                .SelectMany(p => p.Holdings.Where(h => h.IsValidAt(AsOf) && LevelSets.LevelsOf(h.Competence).IsEmpty).Select(h => (p, h.Competence)))
                .Distinct()
                .GroupBy(x => x.Competence)
                .OrderBy(g => g.Key);
            foreach (var g in holders)
            {
                var people = g.Select(x => x.p).ToImmutableArray();
                result.Add(new UnrequiredCompetence(node.Id, g.Key, [.. people.Select(p => p.Id).Order()], people.Aggregate(PositionShare.Zero, (s, p) => s + p.Share)));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Suggests sharing across the children of a node ("experts used across municipalities"): where one child's net surplus covers another's net need on the same key.</summary>
    /// <param name="parent">The node whose children share (the region, to share between municipalities).</param>
    /// <returns>The suggestions, by key, largest need first.</returns>
    /// <exception cref="KeyNotFoundException">The organisation has no such node.</exception>
    public ImmutableArray<SharingSuggestion> SharingSuggestions(NodeId parent) => SharingSuggestion.Between(this, parent);

    // What-if changes are checked with the plan's own rules, so a change is refused here exactly when the plan would refuse it.
    private PlanReferences References => new(Organisation.Contains, _competenceIds, _goalIds, Scale);

    /// <summary>Returns the analysis with a person added, or replaced when one with the same pseudonym exists.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The new analysis.</returns>
    /// <exception cref="ValidationException">The person does not fit the plan.</exception>
    public GapAnalysis WithPerson(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var problems = new List<Problem>();
        References.Person(PersonOutline.Of(person), ProblemPath.Of("person"), problems);
        var plan = _plan;
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        var old = _personNode.TryGetValue(person.Id, out var oldNode) ? _people[oldNode].First(p => p.Id == person.Id) : null;
        var people = _people;
        if (old is not null)
        {
            people = people.SetItem(oldNode, people[oldNode].Remove(old));
        }

        people = people.SetItem(person.Node, (people.TryGetValue(person.Node, out var list) ? list : []).Add(person));
        var touched = Competences(old).Union(Competences(person)).ToList();
        var nodes = old is not null && oldNode != person.Node ? new[] { oldNode, person.Node } : [person.Node];
        return Rebuild(new(() => plan.Value.WithPerson(person)), people, _personNode.SetItem(person.Id, person.Node), _requirements, _requirementCounts, nodes.SelectMany(n => touched.Select(c => (n, c))));
    }

    /// <summary>Returns the analysis without a person.</summary>
    /// <param name="id">The pseudonym.</param>
    /// <returns>The new analysis; this one when there is no such person.</returns>
    public GapAnalysis WithoutPerson(PersonId id)
    {
        if (!_personNode.TryGetValue(id, out var node))
        {
            return this;
        }

        var old = _people[node].First(p => p.Id == id);
        var plan = _plan;
        return Rebuild(new(() => plan.Value.WithoutPerson(id)), _people.SetItem(node, _people[node].Remove(old)), _personNode.Remove(id), _requirements, _requirementCounts, Competences(old).Select(c => (node, c)));
    }

    /// <summary>Returns the analysis with a holding added to a person.</summary>
    /// <param name="person">The person's pseudonym.</param>
    /// <param name="holding">The holding.</param>
    /// <returns>The new analysis.</returns>
    /// <exception cref="KeyNotFoundException">There is no such person.</exception>
    /// <exception cref="ValidationException">The holding does not fit the plan.</exception>
    public GapAnalysis WithHolding(PersonId person, Holding holding) => WithPerson(FindPerson(person).AddHolding(holding));

    /// <summary>Returns the analysis with a holding removed from a person (the first equal one).</summary>
    /// <param name="person">The person's pseudonym.</param>
    /// <param name="holding">The holding.</param>
    /// <returns>The new analysis; this one when the person has no equal holding.</returns>
    /// <exception cref="KeyNotFoundException">There is no such person.</exception>
    public GapAnalysis WithoutHolding(PersonId person, Holding holding)
    {
        var p = FindPerson(person);
        var i = p.Holdings.IndexOf(holding);
        return i < 0 ? this : WithPerson(p.WithHoldings(p.Holdings.RemoveAt(i)));
    }

    /// <summary>Returns the analysis with a requirement added.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The new analysis.</returns>
    /// <exception cref="ValidationException">The requirement does not fit the plan.</exception>
    public GapAnalysis WithRequirement(Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var problems = new List<Problem>();
        References.Requirement(RequirementOutline.Of(requirement), ProblemPath.Of("requirement"), problems);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        var plan = _plan;
        var list = _requirements.TryGetValue(requirement.Node, out var l) ? l : [];
        return ChangeRequirements(new(() => plan.Value.WithRequirement(requirement)), requirement, list.Add(requirement), +1);
    }

    /// <summary>Returns the analysis without a requirement (the first equal one).</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The new analysis; this one when the plan has no equal requirement.</returns>
    public GapAnalysis WithoutRequirement(Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        if (!_requirements.TryGetValue(requirement.Node, out var list) || !list.Contains(requirement))
        {
            return this;
        }

        var plan = _plan;
        return ChangeRequirements(new(() => plan.Value.WithoutRequirement(requirement)), requirement, list.Remove(requirement), -1);
    }

    internal IReadOnlyList<Person> PeopleOf(NodeId node) => _people.TryGetValue(node, out var p) ? p : [];

    internal static GapAnalysis Create(CompetencePlan plan, LocalDate asOf, GapOptions options, GapLevelSets external)
    {
        var people = plan.People.GroupBy(p => p.Node).ToImmutableDictionary(g => g.Key, g => g.ToImmutableList());
        var requirements = plan.Requirements.GroupBy(r => r.Node).ToImmutableDictionary(g => g.Key, g => g.ToImmutableList());
        var counts = plan.Requirements.Where(r => r.AppliesAt(asOf)).GroupBy(r => new GapKey(r.Competence, r.MinLevel)).ToImmutableDictionary(g => g.Key, g => g.Count());
        var empty = new GapAnalysis(
            new(() => plan), [.. plan.Competences.Select(c => c.Id)], [.. plan.Goals.Select(g => g.Id)], plan.Organisation, plan.Scale, asOf, options, external, counts, people,
            plan.People.ToImmutableDictionary(p => p.Id, p => p.Node), requirements,
            ImmutableDictionary<NodeId, ImmutableDictionary<CompetenceId, ImmutableArray<GapLine>>>.Empty,
            ImmutableDictionary<NodeId, GapPartial>.Empty);
        return empty.ComputeAll();
    }

    private Person FindPerson(PersonId id) =>
        _personNode.TryGetValue(id, out var node) ? _people[node].First(p => p.Id == id) : throw new KeyNotFoundException($"The plan has no person '{id}'.");

    private static IEnumerable<CompetenceId> Competences(Person? person) =>
        person is null ? [] : person.Holdings.Select(h => h.Competence).Concat(person.Aspirations).Distinct();

    private GapAnalysis ChangeRequirements(Lazy<CompetencePlan> plan, Requirement requirement, ImmutableList<Requirement> nodeRequirements, int delta)
    {
        var requirements = _requirements.SetItem(requirement.Node, nodeRequirements);
        var counts = _requirementCounts;
        var levelSetChanged = false;
        if (requirement.AppliesAt(AsOf))
        {
            var key = new GapKey(requirement.Competence, requirement.MinLevel);
            var n = (counts.TryGetValue(key, out var c) ? c : 0) + delta;
            levelSetChanged = (n == 0 || n == 1 && delta > 0) && _external.LevelsOf(key.Competence).IndexOf(key.Level) < 0;
            counts = n == 0 ? counts.Remove(key) : counts.SetItem(key, n);
        }

        // When Levels(c) changes, every node's lines of c change: recompute them all; otherwise only this node's.
        var touched = levelSetChanged
            ? Organisation.Nodes.Select(n => (n.Id, requirement.Competence))
            : [(requirement.Node, requirement.Competence)];
        return Rebuild(plan, _people, _personNode, requirements, counts, touched);
    }

    private GapAnalysis Rebuild(
        Lazy<CompetencePlan> plan,
        ImmutableDictionary<NodeId, ImmutableList<Person>> people,
        ImmutableDictionary<PersonId, NodeId> personNode,
        ImmutableDictionary<NodeId, ImmutableList<Requirement>> requirements,
        ImmutableDictionary<GapKey, int> counts,
        IEnumerable<(NodeId Node, CompetenceId Competence)> touched)
    {
        var next = new GapAnalysis(plan, _competenceIds, _goalIds, Organisation, Scale, AsOf, Options, _external, counts, people, personNode, requirements, _lines, _partials);
        var lines = _lines.ToBuilder();
        var partials = _partials.ToBuilder();
        foreach (var group in touched.Distinct().GroupBy(t => t.Node))
        {
            var node = group.Key;
            var byCompetence = (lines.TryGetValue(node, out var b) ? b : ImmutableDictionary<CompetenceId, ImmutableArray<GapLine>>.Empty).ToBuilder();
            var removed = new List<GapLine>();
            var added = new List<GapLine>();
            foreach (var (_, competence) in group)
            {
                if (byCompetence.TryGetValue(competence, out var old))
                {
                    removed.AddRange(old);
                }

                var fresh = next.ComputeLines(node, competence);
                added.AddRange(fresh);
                if (fresh.IsEmpty)
                {
                    byCompetence.Remove(competence);
                }
                else
                {
                    byCompetence[competence] = fresh;
                }
            }

            lines[node] = byCompetence.ToImmutable();
            if (removed.Count == 0 && added.Count == 0)
            {
                continue;
            }

            for (var n = (NodeId?)node; n is { } current; n = Organisation[current].Parent)
            {
                partials[current] = (partials.TryGetValue(current, out var p) ? p : GapPartial.Empty).Apply(removed, added);
            }
        }

        return new GapAnalysis(plan, _competenceIds, _goalIds, Organisation, Scale, AsOf, Options, _external, counts, people, personNode, requirements, lines.ToImmutable(), partials.ToImmutable());
    }

    private ImmutableArray<GapLine> ComputeLines(NodeId node, CompetenceId competence) =>
        LineEngine.Lines(node, competence, PeopleOf(node), _requirements.TryGetValue(node, out var r) ? r : [], LevelSets.LevelsOf(competence), Options, AsOf);

    private GapAnalysis ComputeAll()
    {
        var lines = ImmutableDictionary.CreateBuilder<NodeId, ImmutableDictionary<CompetenceId, ImmutableArray<GapLine>>>();
        var own = new Dictionary<NodeId, List<GapLine>>();
        foreach (var node in Organisation.Nodes)
        {
            var requirements = _requirements.TryGetValue(node.Id, out var r) ? r : [];
            var byCompetence = ImmutableDictionary.CreateBuilder<CompetenceId, ImmutableArray<GapLine>>();
            foreach (var competence in LineEngine.CompetencesOf(PeopleOf(node.Id), requirements, AsOf))
            {
                var computed = ComputeLines(node.Id, competence);
                if (!computed.IsEmpty)
                {
                    byCompetence[competence] = computed;
                }
            }

            if (byCompetence.Count > 0)
            {
                lines[node.Id] = byCompetence.ToImmutable();
                own[node.Id] = [.. byCompetence.Values.SelectMany(l => l)];
            }
        }

        // Partials bottom-up: each node's own lines merged with its children's partials.
        var partials = ImmutableDictionary.CreateBuilder<NodeId, GapPartial>();
        foreach (var node in Organisation.DepthFirst.Reverse())
        {
            var partial = GapPartial.Of(own.TryGetValue(node.Id, out var l) ? l : []);
            foreach (var child in Organisation.ChildrenOf(node.Id))
            {
                partial = partial.Merge(partials[child.Id]);
            }

            partials[node.Id] = partial;
        }

        return new GapAnalysis(_plan, _competenceIds, _goalIds, Organisation, Scale, AsOf, Options, _external, _requirementCounts, _people, _personNode, _requirements, lines.ToImmutable(), partials.ToImmutable());
    }
}
