using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>The organisation as one tree: region → municipality → service area → unit, of any depth.</summary>
/// <remarks>
/// <para>The constructor checks the invariants: unique identifiers, every parent exists, exactly one root, no cycles.
/// Nodes keep the order they were given in; <see cref="DepthFirst"/> visits the tree from the root, children in that order.</para>
/// <para>Two organisations are equal when they have equal nodes in the same order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Organisation : IEquatable<Organisation>
{
    private readonly Dictionary<NodeId, int> _index;
    private readonly int[] _parent;
    private readonly ImmutableArray<int>[] _children;
    private readonly int[] _preorder;
    private readonly int[] _subtreeEnd;
    private readonly int[] _preorderPosition;
    private readonly int[] _depth;

    /// <summary>Initializes a new instance of the <see cref="Organisation"/> class.</summary>
    /// <param name="nodes">The nodes, in any order.</param>
    /// <exception cref="ValidationException">The nodes do not make one tree; every problem is listed.</exception>
    public Organisation(IEnumerable<OrganisationNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = [.. nodes];
        var problems = Validate(Nodes, ProblemPath.Root.Then("organisation"));
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        _index = new Dictionary<NodeId, int>(Nodes.Length);
        for (var i = 0; i < Nodes.Length; i++)
        {
            _index.Add(Nodes[i].Id, i);
        }

        _parent = new int[Nodes.Length];
        var children = new List<int>[Nodes.Length];
        for (var i = 0; i < Nodes.Length; i++)
        {
            children[i] = [];
        }

        var root = -1;
        for (var i = 0; i < Nodes.Length; i++)
        {
            if (Nodes[i].Parent is { } p)
            {
                _parent[i] = _index[p];
                children[_parent[i]].Add(i);
            }
            else
            {
                _parent[i] = -1;
                root = i;
            }
        }

        _children = [.. children.Select(c => c.ToImmutableArray())];
        _preorder = new int[Nodes.Length];
        _subtreeEnd = new int[Nodes.Length];
        _preorderPosition = new int[Nodes.Length];
        _depth = new int[Nodes.Length];
        var next = 0;
        var stack = new Stack<(int Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                _subtreeEnd[node] = next;
                continue;
            }

            _preorderPosition[node] = next;
            _preorder[next++] = node;
            _depth[node] = _parent[node] < 0 ? 0 : _depth[_parent[node]] + 1; // the parent comes first in depth-first order
            stack.Push((node, true));
            for (var c = _children[node].Length - 1; c >= 0; c--)
            {
                stack.Push((_children[node][c], false));
            }
        }

        Root = Nodes[root];
    }

    /// <summary>Gets the nodes, in the order given.</summary>
    public ImmutableArray<OrganisationNode> Nodes { get; }

    /// <summary>Gets the root node.</summary>
    public OrganisationNode Root { get; }

    /// <summary>Gets the nodes from the root, depth first, each before its children.</summary>
    public IEnumerable<OrganisationNode> DepthFirst => _preorder.Select(i => Nodes[i]);

    /// <summary>Gets the node with an identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">There is no such node.</exception>
    public OrganisationNode this[NodeId id] => _index.TryGetValue(id, out var i) ? Nodes[i] : throw new KeyNotFoundException($"The organisation has no node '{id}'.");

    /// <summary>Returns whether the organisation has a node.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns><see langword="true"/> when the node exists.</returns>
    public bool Contains(NodeId id) => _index.ContainsKey(id);

    /// <summary>Gets the children of a node, in the order given.</summary>
    /// <param name="id">The node.</param>
    /// <returns>The children.</returns>
    /// <exception cref="KeyNotFoundException">There is no such node.</exception>
    public IEnumerable<OrganisationNode> ChildrenOf(NodeId id) => _children[IndexOf(id)].Select(i => Nodes[i]);

    /// <summary>Gets the ancestors of a node, its parent first and the root last.</summary>
    /// <param name="id">The node.</param>
    /// <returns>The ancestors; empty for the root.</returns>
    /// <exception cref="KeyNotFoundException">There is no such node.</exception>
    public IEnumerable<OrganisationNode> AncestorsOf(NodeId id)
    {
        for (var i = _parent[IndexOf(id)]; i >= 0; i = _parent[i])
        {
            yield return Nodes[i];
        }
    }

    /// <summary>Gets a node and all its descendants, depth first.</summary>
    /// <param name="id">The node.</param>
    /// <returns>The sub-tree, <paramref name="id"/> first.</returns>
    /// <exception cref="KeyNotFoundException">There is no such node.</exception>
    public IEnumerable<OrganisationNode> SubtreeOf(NodeId id)
    {
        var i = IndexOf(id);
        for (var p = _preorderPosition[i]; p < _subtreeEnd[i]; p++)
        {
            yield return Nodes[_preorder[p]];
        }
    }

    /// <summary>Returns whether a node lies in the sub-tree of another (a node is in its own sub-tree).</summary>
    /// <param name="node">The node.</param>
    /// <param name="ancestor">The root of the sub-tree.</param>
    /// <returns><see langword="true"/> when <paramref name="node"/> is <paramref name="ancestor"/> or one of its descendants.</returns>
    /// <exception cref="KeyNotFoundException">A node does not exist.</exception>
    public bool IsInSubtree(NodeId node, NodeId ancestor)
    {
        var n = _preorderPosition[IndexOf(node)];
        var a = IndexOf(ancestor);
        return n >= _preorderPosition[a] && n < _subtreeEnd[a];
    }

    /// <summary>Gets the depth of a node: 0 for the root.</summary>
    /// <param name="id">The node.</param>
    /// <returns>The depth.</returns>
    /// <exception cref="KeyNotFoundException">There is no such node.</exception>
    /// <remarks>Kept per node when the organisation is built, so that a report asking for every node's depth stays linear
    /// in the size of a deep tree.</remarks>
    public int DepthOf(NodeId id) => _depth[IndexOf(id)];

    /// <summary>Gets the dense index of a node (its position in <see cref="Nodes"/>).</summary>
    internal int IndexOf(NodeId id) => _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"The organisation has no node '{id}'.");

    /// <summary>Gets the dense index of a node's parent, or -1.</summary>
    internal int ParentIndex(int node) => _parent[node];

    /// <summary>Gets the dense indexes of a node's children.</summary>
    internal ImmutableArray<int> ChildIndexes(int node) => _children[node];

    /// <summary>Gets the dense indexes in depth-first order.</summary>
    internal ReadOnlySpan<int> Preorder => _preorder;

    /// <summary>Checks that nodes make one tree.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <param name="path">The JSON path of the node array.</param>
    /// <param name="index">Maps each node to its position in the document, or <see langword="null"/> for identity.</param>
    /// <returns>Every problem.</returns>
    internal static List<Problem> Validate(IReadOnlyList<OrganisationNode> nodes, ProblemPath path, IReadOnlyList<int>? index = null)
    {
        ProblemPath At(int n) => path.Then(DocumentIndex.At(index, n));
        var problems = new List<Problem>();
        if (nodes.Count == 0)
        {
            problems.Add(new Problem(path, ProblemKind.Structure, "the organisation has no nodes; it needs exactly one root"));
            return problems;
        }

        var first = new Dictionary<NodeId, int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is null)
            {
                problems.Add(new Problem(At(i), ProblemKind.Missing, "a node must not be null"));
            }
            else if (!first.TryAdd(nodes[i].Id, i))
            {
                problems.Add(new Problem(At(i).Then("id"), ProblemKind.Duplicate, $"node '{nodes[i].Id}' is defined twice (first at {At(first[nodes[i].Id])})"));
            }
        }

        var roots = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not { } node)
            {
                continue;
            }

            if (node.Parent is not { } parent)
            {
                roots.Add(i);
            }
            else if (!first.ContainsKey(parent))
            {
                problems.Add(new Problem(At(i).Then("parent"), ProblemKind.UnknownReference, $"node '{node.Id}' names parent '{parent}', which is not a node"));
            }
        }

        if (roots.Count == 0)
        {
            problems.Add(new Problem(path, ProblemKind.Structure, "the organisation has no root: exactly one node must have no parent"));
        }
        else if (roots.Count > 1)
        {
            foreach (var r in roots.Skip(1))
            {
                problems.Add(new Problem(At(r).Then("parent"), ProblemKind.Structure, $"node '{nodes[r].Id}' is a second root (the first is '{nodes[roots[0]].Id}'): exactly one node may have no parent"));
            }
        }

        // Cycles: walk up from each node; a walk that revisits a node of its own path is a cycle, reported once at its first member.
        var state = new Dictionary<NodeId, int>(); // 1 = on the current walk, 2 = reaches a root or a dead end
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is null || state.ContainsKey(nodes[i].Id) || first[nodes[i].Id] != i)
            {
                continue;
            }

            var walk = new List<NodeId>();
            NodeId? current = nodes[i].Id;
            while (current is { } c && first.TryGetValue(c, out var ci) && !state.ContainsKey(c))
            {
                state[c] = 1;
                walk.Add(c);
                current = nodes[ci].Parent;
            }

            if (current is { } hit && state.TryGetValue(hit, out var s) && s == 1)
            {
                var cycle = walk.SkipWhile(n => n != hit).ToList();
                var at = cycle.Min(n => first[n]);
                problems.Add(new Problem(At(at).Then("parent"), ProblemKind.Structure, $"the parents form a cycle: {string.Join(" → ", cycle)} → {hit}"));
            }

            foreach (var n in walk)
            {
                state[n] = 2;
            }
        }

        return problems;
    }

    /// <inheritdoc/>
    public bool Equals(Organisation? other) => other is not null && Nodes.SequenceEqual(other.Nodes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Organisation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Nodes.Length, Root.Id);

    /// <summary>Compares two organisations for equality.</summary>
    /// <param name="left">The first organisation.</param>
    /// <param name="right">The second organisation.</param>
    /// <returns><see langword="true"/> when the nodes are equal.</returns>
    public static bool operator ==(Organisation? left, Organisation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two organisations for inequality.</summary>
    /// <param name="left">The first organisation.</param>
    /// <param name="right">The second organisation.</param>
    /// <returns><see langword="true"/> when the nodes differ.</returns>
    public static bool operator !=(Organisation? left, Organisation? right) => !(left == right);
}
