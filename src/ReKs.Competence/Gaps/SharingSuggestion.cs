using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>A suggestion to share competence between two sibling nodes: one's net surplus covers part of the other's net need on the same key.</summary>
/// <remarks>
/// Suggestions are made greedily per key: the child with the largest need (develop + acquire, net) first, served by
/// the child with the largest surplus first (ties by node id); each pair gets the smaller of the two. The amounts are
/// what the parent's net view already assumes can be shared.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SharingSuggestion
{
    internal SharingSuggestion(NodeId from, NodeId to, GapKey key, PositionShare amount)
    {
        From = from;
        To = to;
        Key = key;
        Amount = amount;
    }

    /// <summary>Gets the node with spare competence.</summary>
    public NodeId From { get; }

    /// <summary>Gets the node with the need.</summary>
    public NodeId To { get; }

    /// <summary>Gets the competence and level.</summary>
    public GapKey Key { get; }

    /// <summary>Gets the amount to share, in percent of a full position.</summary>
    public PositionShare Amount { get; }

    /// <summary>Describes the suggestion.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{From} → {To}: {Key} {Amount} %";

    internal static ImmutableArray<SharingSuggestion> Between(GapAnalysis analysis, NodeId parent) =>
        Greedy([.. analysis.Organisation.ChildrenOf(parent).Select(c => (c.Id, (IReadOnlyDictionary<GapKey, NetFigures>)analysis.NetOf(c.Id)))]);

    /// <summary>The greedy rule over sibling nodes' net views (a regional export passes only its published cells).</summary>
    internal static ImmutableArray<SharingSuggestion> Greedy(IReadOnlyList<(NodeId Id, IReadOnlyDictionary<GapKey, NetFigures> Net)> children)
    {
        var result = ImmutableArray.CreateBuilder<SharingSuggestion>();
        foreach (var key in children.SelectMany(c => c.Net.Keys).Distinct().Order())
        {
            var donors = children.Select(c => (c.Id, Left: c.Net.TryGetValue(key, out var n) ? n.Surplus.Hundredths : 0)).Where(d => d.Left > 0)
                .OrderByDescending(d => d.Left).ThenBy(d => d.Id).ToList();
            var needs = children.Select(c => (c.Id, Left: c.Net.TryGetValue(key, out var n) ? n.Develop.Hundredths + n.Acquire.Hundredths : 0)).Where(d => d.Left > 0)
                .OrderByDescending(d => d.Left).ThenBy(d => d.Id).ToList();
            foreach (var need in needs)
            {
                var left = need.Left;
                for (var i = 0; i < donors.Count && left > 0; i++)
                {
                    var give = Math.Min(left, donors[i].Left);
                    if (give <= 0)
                    {
                        continue;
                    }

                    result.Add(new SharingSuggestion(donors[i].Id, need.Id, key, PositionShare.FromHundredths(give)));
                    donors[i] = (donors[i].Id, donors[i].Left - give);
                    left -= give;
                }
            }
        }

        return result.ToImmutable();
    }
}
