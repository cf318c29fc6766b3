using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
/// partials of that node and its ancestors patched (everything is recomputed when a level set changes). The result
/// always equals a full re-analysis of the changed plan.</para>
/// <para>Inside, the analysis works on a columnar index of the plan built once per plan and shared by every analysis of
/// it (other dates, options, what-ifs): ids interned to dense integers, people, holdings and requirements as columns
/// ordered by node. Each node's lines are computed in one pass over its people with dense buffers over the keys, and the
/// partials rolled up over the tree as dense arrays, the municipalities' sub-trees in parallel; the result is identical
/// to computing them one after the other. Line objects are made when they are first asked for.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapAnalysis
{
    private readonly Lazy<CompetencePlan> _plan;
    private readonly PlanColumns _columns;
    private readonly GapLevelSets _external;
    private readonly ImmutableDictionary<GapKey, int> _requirementCounts;
    private readonly ImmutableDictionary<int, NodeData> _overrides;
    private readonly ImmutableDictionary<PersonId, int> _moved;
    private readonly KeyLayout _layout;
    private readonly NodeResult[] _base;
    private readonly ImmutableDictionary<int, NodeResult> _patches;
    private readonly Lazy<ImmutableArray<GapLine>> _allLines;
    private ImmutableArray<GapLine>[]? _lineCache;

    private GapAnalysis(
        Lazy<CompetencePlan> plan,
        PlanColumns columns,
        ProficiencyScale scale,
        LocalDate asOf,
        GapOptions options,
        GapLevelSets external,
        ImmutableDictionary<GapKey, int> requirementCounts,
        GapLevelSets levelSets,
        KeyLayout layout,
        ImmutableDictionary<int, NodeData> overrides,
        ImmutableDictionary<PersonId, int> moved,
        NodeResult[] results,
        ImmutableDictionary<int, NodeResult> patches)
    {
        _plan = plan;
        _columns = columns;
        Organisation = columns.Organisation;
        Scale = scale;
        AsOf = asOf;
        Options = options;
        _external = external;
        _requirementCounts = requirementCounts;
        LevelSets = levelSets;
        _layout = layout;
        _overrides = overrides;
        _moved = moved;
        _base = results;
        _patches = patches;
        _allLines = new(() =>
        {
            var builder = ImmutableArray.CreateBuilder<GapLine>();
            foreach (var node in _columns.Preorder)
            {
                builder.AddRange(LinesAt(node));
            }

            return builder.ToImmutable();
        });
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
    public IEnumerable<GapLine> LinesOf(NodeId node) => Organisation.Contains(node) ? LinesAt(Organisation.IndexOf(node)) : [];

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
    public GapLine? LineOf(NodeId node, GapKey key)
    {
        var slot = _layout.Space.Find(key);
        if (!Organisation.Contains(node) || slot < 0)
        {
            return null;
        }

        var index = Organisation.IndexOf(node);
        var i = Array.BinarySearch(Result(index).Own.Slots, slot);
        return i < 0 ? null : LinesAt(index)[i];
    }

    /// <summary>Gets a node's partial: the sum of its own and its descendants' lines.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="KeyNotFoundException">The organisation has no such node.</exception>
    public GapPartial PartialOf(NodeId node) => Organisation.Contains(node)
        ? Result(Organisation.IndexOf(node)).Partial
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
        return GapExplanation.For(line, PeopleOf(line.Node), AsOf, Options, Organisation[line.Node].Name, competence, Scale);
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
    private PlanReferences References => new(Organisation.Contains, _columns.CompetenceIds, _columns.GoalIds, Scale);

    /// <summary>Returns the analysis with a person added, or replaced when one with the same pseudonym exists.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The new analysis.</returns>
    /// <exception cref="ValidationException">The person does not fit the plan.</exception>
    public GapAnalysis WithPerson(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        // The plan's own rules, once: they make a problem path only for a reference that has a problem.
        var problems = new List<Problem>();
        References.Person(PersonOutline.Of(person), ProblemPath.Of("person"), problems);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        // The person leaves their old node (if any) and joins the end of their new node's people.
        var plan = _plan;
        var oldNode = NodeOfPerson(person.Id);
        var newNode = Organisation.IndexOf(person.Node);
        var changed = new Dictionary<int, NodeData>();
        if (oldNode >= 0 && oldNode != newNode)
        {
            changed[oldNode] = Edit(oldNode, person.Id, null);
        }

        changed[newNode] = Edit(newNode, oldNode == newNode ? person.Id : null, person);
        return Rebuild(new(() => plan.Value.WithPerson(person)), changed, _moved.SetItem(person.Id, newNode), _requirementCounts, levelSetChanged: false);
    }

    /// <summary>Returns the analysis without a person.</summary>
    /// <param name="id">The pseudonym.</param>
    /// <returns>The new analysis; this one when there is no such person.</returns>
    public GapAnalysis WithoutPerson(PersonId id)
    {
        if (NodeOfPerson(id) is not (var node and >= 0))
        {
            return this;
        }

        var plan = _plan;
        var changed = new Dictionary<int, NodeData> { [node] = Edit(node, id, null) };
        return Rebuild(new(() => plan.Value.WithoutPerson(id)), changed, _moved.SetItem(id, -1), _requirementCounts, levelSetChanged: false);
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
        var list = RequirementsAt(Organisation.IndexOf(requirement.Node));
        return ChangeRequirements(new(() => plan.Value.WithRequirement(requirement)), requirement, [.. list, requirement], +1);
    }

    /// <summary>Returns the analysis without a requirement (the first equal one).</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The new analysis; this one when the plan has no equal requirement.</returns>
    public GapAnalysis WithoutRequirement(Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var list = Organisation.Contains(requirement.Node) ? RequirementsAt(Organisation.IndexOf(requirement.Node)) : [];
        var at = list.Select((r, i) => (r, i)).FirstOrDefault(x => x.r == requirement, (null!, -1)).i;
        if (at < 0)
        {
            return this;
        }

        var plan = _plan;
        return ChangeRequirements(new(() => plan.Value.WithoutRequirement(requirement)), requirement, [.. list.Take(at), .. list.Skip(at + 1)], -1);
    }

    /// <summary>Gets the key space of the lines and partials.</summary>
    internal GapKeySpace KeySpace => _layout.Space;

    /// <summary>Gets a node's own lines as columns.</summary>
    internal NodeLines OwnLinesAt(int node) => Result(node).Own;

    /// <summary>Gets a node's partial.</summary>
    internal GapPartial PartialAt(int node) => Result(node).Partial;

    internal IReadOnlyList<Person> PeopleOf(NodeId node) => Organisation.Contains(node) ? PeopleAt(Organisation.IndexOf(node)) : [];

    /// <summary>Analyses a plan (the engine's entry point): columns of the plan, key layout from the level sets, then the kernel.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The options.</param>
    /// <param name="external">Level sets to add to the plan's own (a shard's whole-plan level sets).</param>
    /// <param name="parallel">Whether to analyse the root's sub-trees on several cores (the result is the same).</param>
    internal static GapAnalysis Create(CompetencePlan plan, LocalDate asOf, GapOptions options, GapLevelSets external, bool parallel = true)
    {
        var columns = PlanColumns.Of(plan);
        var counts = CountRequirements(columns, asOf);
        var levelSets = LevelSetsOf(external, counts);
        var layout = new KeyLayout(levelSets.KeySpace, columns.Competences);
        var overrides = ImmutableDictionary<int, NodeData>.Empty;
        var results = GapKernel.ComputeAll(columns, n => InputOf(columns, overrides, n), layout, asOf, options, parallel);
        return new GapAnalysis(
            new(() => plan), columns, plan.Scale, asOf, options, external, counts, levelSets, layout, overrides,
            ImmutableDictionary<PersonId, int>.Empty, results, ImmutableDictionary<int, NodeResult>.Empty);
    }

    private static ImmutableDictionary<GapKey, int> CountRequirements(PlanColumns columns, LocalDate asOf)
    {
        var rc = columns.Requirements;
        var t = DayNumber.Of(asOf);
        var counts = new Dictionary<(int Competence, int Level), int>();
        for (var r = 0; r < rc.Requirements.Length; r++)
        {
            if (rc.From[r] <= t)
            {
                var key = (rc.Competence[r], rc.Level[r]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts.ToImmutableDictionary(kv => new GapKey(columns.Competences[kv.Key.Competence], new ProficiencyLevel(kv.Key.Level)), kv => kv.Value);
    }

    private static GapLevelSets LevelSetsOf(GapLevelSets external, ImmutableDictionary<GapKey, int> counts) =>
        external.Union(new GapLevelSets(counts.Where(kv => kv.Value > 0).GroupBy(kv => kv.Key.Competence)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(kv => kv.Key.Level).Order().ToImmutableArray())));

    private static NodeInput InputOf(PlanColumns columns, ImmutableDictionary<int, NodeData> overrides, int node) =>
        overrides.TryGetValue(node, out var d)
            ? new NodeInput(d.PeopleColumns, 0, d.People.Length, d.RequirementColumns, 0, d.Requirements.Length)
            : new NodeInput(columns.People, columns.PeopleStart[node], columns.PeopleStart[node + 1], columns.Requirements, columns.RequirementStart[node], columns.RequirementStart[node + 1]);

    private NodeResult Result(int node) => _patches.TryGetValue(node, out var r) ? r : _base[node];

    private IReadOnlyList<Person> PeopleAt(int node) => _overrides.TryGetValue(node, out var d)
        ? d.People
        : new ArraySegment<Person>(_columns.People.People, _columns.PeopleStart[node], _columns.PeopleStart[node + 1] - _columns.PeopleStart[node]);

    private IReadOnlyList<Requirement> RequirementsAt(int node) => _overrides.TryGetValue(node, out var d)
        ? d.Requirements
        : new ArraySegment<Requirement>(_columns.Requirements.Requirements, _columns.RequirementStart[node], _columns.RequirementStart[node + 1] - _columns.RequirementStart[node]);

    private int NodeOfPerson(PersonId id)
    {
        if (_moved.TryGetValue(id, out var node))
        {
            return node;
        }

        var column = _columns.IndexOf(id);
        return column < 0 ? -1 : _columns.NodeOfColumn(column);
    }

    private Person FindPerson(PersonId id) =>
        NodeOfPerson(id) is var node and >= 0 ? PeopleAt(node).First(p => p.Id == id) : throw new KeyNotFoundException($"The plan has no person '{id}'.");

    /// <summary>Gets a node's lines as objects, made once per node on first use.</summary>
    private ImmutableArray<GapLine> LinesAt(int node)
    {
        var cache = LazyInitializer.EnsureInitialized(ref _lineCache, () => new ImmutableArray<GapLine>[Organisation.Nodes.Length]);
        var lines = cache[node];
        if (!lines.IsDefault)
        {
            return lines;
        }

        var own = Result(node).Own;
        if (own.Count == 0)
        {
            return cache[node] = [];
        }

        // Each line's requirements: those of the node that apply, with its key, in the plan's order.
        var input = InputOf(_columns, _overrides, node);
        var rc = input.Requirements;
        var t = DayNumber.Of(AsOf);
        var requirements = new List<Requirement>?[own.Count];
        for (var r = input.RequirementStart; r < input.RequirementEnd; r++)
        {
            if (rc.From[r] <= t && Array.BinarySearch(own.Slots, _layout.Slot(rc.Competence[r], rc.Level[r])) is var i and >= 0)
            {
                (requirements[i] ??= []).Add(rc.Requirements[r]);
            }
        }

        var id = Organisation.Nodes[node].Id;
        var result = new GapLine[own.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new GapLine(id, _layout.Space.Keys[own.Slots[i]], own.FiguresAt(i), own.FragileAt(i), own.MinHeadsAt(i), requirements[i] is { } list ? [.. list] : []);
        }

        return cache[node] = ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private GapAnalysis ChangeRequirements(Lazy<CompetencePlan> plan, Requirement requirement, IReadOnlyList<Requirement> nodeRequirements, int delta)
    {
        var node = Organisation.IndexOf(requirement.Node);
        var counts = _requirementCounts;
        var levelSetChanged = false;
        if (requirement.AppliesAt(AsOf))
        {
            var key = new GapKey(requirement.Competence, requirement.MinLevel);
            var n = (counts.TryGetValue(key, out var c) ? c : 0) + delta;
            levelSetChanged = (n == 0 || n == 1 && delta > 0) && _external.LevelsOf(key.Competence).IndexOf(key.Level) < 0;
            counts = n == 0 ? counts.Remove(key) : counts.SetItem(key, n);
        }

        var people = PeopleAt(node);
        var changed = new Dictionary<int, NodeData>
        {
            [node] = new NodeData([.. people], new PeopleColumns(people, _columns.Competences.Existing), [.. nodeRequirements], _columns.Competences),
        };
        return Rebuild(plan, changed, _moved, counts, levelSetChanged);
    }

    /// <summary>
    /// The analysis after nodes' people or requirements changed: the changed nodes' lines are recomputed from their
    /// columns and their and their ancestors' partials patched (old lines out, new lines in); when a level set changed,
    /// every key's slot may move, so everything is recomputed.
    /// </summary>
    private GapAnalysis Rebuild(
        Lazy<CompetencePlan> plan,
        Dictionary<int, NodeData> changed,
        ImmutableDictionary<PersonId, int> moved,
        ImmutableDictionary<GapKey, int> counts,
        bool levelSetChanged)
    {
        var overrides = _overrides.SetItems(changed);
        if (levelSetChanged)
        {
            var levelSets = LevelSetsOf(_external, counts);
            var layout = new KeyLayout(levelSets.KeySpace, _columns.Competences);
            var results = GapKernel.ComputeAll(_columns, n => InputOf(_columns, overrides, n), layout, AsOf, Options, parallel: true);
            return new GapAnalysis(plan, _columns, Scale, AsOf, Options, _external, counts, levelSets, layout, overrides, moved, results, ImmutableDictionary<int, NodeResult>.Empty);
        }

        var kernel = GapKernel.Reused(_layout, _columns.Competences.Count, AsOf, Options);
        var patches = _patches.ToBuilder();
        NodeResult Current(int n) => patches.TryGetValue(n, out var r) ? r : _base[n];
        foreach (var node in changed.Keys.Order())
        {
            var before = Current(node);
            var own = kernel.Own(InputOf(_columns, overrides, node));
            var changes = LineChange.Between(before.Own, own);
            for (var n = node; n >= 0; n = Organisation.ParentIndex(n))
            {
                var r = Current(n);
                patches[n] = new NodeResult(n == node ? own : r.Own, changes.Length == 0 ? r.Partial : r.Partial.Patch(before.Own, own, changes));
            }
        }

        return new GapAnalysis(plan, _columns, Scale, AsOf, Options, _external, counts, LevelSets, _layout, overrides, moved, _base, patches.ToImmutable());
    }

    /// <summary>A node's data after one person leaves it (<paramref name="leaving"/>) and one joins the end of its
    /// people (<paramref name="joining"/>): the columns of the people who stay are copied, only the joiner's are built.</summary>
    private NodeData Edit(int node, PersonId? leaving, Person? joining)
    {
        var input = InputOf(_columns, _overrides, node);
        var people = input.People.People;
        var skip = -1;
        for (var p = input.PeopleStart; p < input.PeopleEnd && leaving is not null; p++)
        {
            if (people[p].Id == leaving.Value)
            {
                skip = p;
                break;
            }
        }

        var columns = new PeopleColumns(input.People, input.PeopleStart, input.PeopleEnd, skip, joining, _columns.Competences.Existing);
        return _overrides.TryGetValue(node, out var d)
            ? new NodeData(columns.People, columns, d.Requirements, d.RequirementColumns)
            : new NodeData(columns.People, columns, [.. RequirementsAt(node)], _columns.Competences);
    }

    /// <summary>A node changed by what-ifs: its people and requirements, and their columns.</summary>
    private sealed class NodeData(Person[] people, PeopleColumns peopleColumns, Requirement[] requirements, RequirementColumns requirementColumns)
    {
        public NodeData(Person[] people, PeopleColumns peopleColumns, Requirement[] requirements, CompetenceInterner competences)
            : this(people, peopleColumns, requirements, new RequirementColumns(requirements, competences.Existing))
        {
        }

        public Person[] People { get; } = people;

        public Requirement[] Requirements { get; } = requirements;

        public PeopleColumns PeopleColumns { get; } = peopleColumns;

        public RequirementColumns RequirementColumns { get; } = requirementColumns;
    }

    /// <summary>Summarises the analysis on one line: the organisation's root, the date, the number of lines and the whole tree's needs in person-years.</summary>
    /// <returns>For example "Gap analysis of region at 2026-09-01: 42 lines; gap 7.20 person-years = mobilise 0.50 + develop 3.00 + acquire 3.70; surplus 1.00; 2 fragile".</returns>
    /// <remarks>The figures are the sum of every line (the root's partial, before sharing surplus across the tree); culture-invariant, ids only.</remarks>
    public override string ToString()
    {
        var root = Organisation.Root.Id;
        var partial = PartialOf(root);
        var total = partial.Keys.Aggregate(GapFigures.Zero, (sum, key) => sum + partial[key]);
        var lines = partial.Keys.Sum(partial.LineCount);
        var fragile = Lines.Count(l => l.Fragile);
        return $"Gap analysis of {root} at {TextSummary.Date(AsOf)}: {TextSummary.Count(lines, "line")}; gap {TextSummary.PersonYears(total.Gap)} person-years = mobilise {TextSummary.PersonYears(total.Mobilise)} + develop {TextSummary.PersonYears(total.Develop)} + acquire {TextSummary.PersonYears(total.Acquire)}; surplus {TextSummary.PersonYears(total.Surplus)}; {TextSummary.Count(fragile, "fragile line")}";
    }
}
