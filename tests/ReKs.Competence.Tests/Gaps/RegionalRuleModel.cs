using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using Run = ReKs.Competence.Gaps.RegionalPattern.Run;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// A second, deliberately naive reading of the suppression rule of spec gap-analysis.md ("Privacy-safe export"), written
/// from the spec's text over the public API (lines, partials, the tree) with dictionaries and recursion: the exact
/// withheld set and own-cell suppression per count that the library's array-based pattern must reproduce.
/// </summary>
/// <remarks>The auditor judges privacy but cannot see a pattern that withholds too much; this model pins the exact set,
/// so a pattern that withholds one cell more (or another cell) than the rule fails against it.</remarks>
internal sealed class RegionalRuleModel
{
    private readonly Dictionary<(NodeId Node, GapKey Key, Run Run), (int Cell, int Own)> _people = [];
    private readonly HashSet<(NodeId Node, GapKey Key, Run Run)> _withheld = [];
    private readonly HashSet<(NodeId Node, GapKey Key, Run Run)> _own = [];

    private RegionalRuleModel()
    {
    }

    /// <summary>Every (node, key) that has a cell: the keys of the node's partial.</summary>
    public IReadOnlyList<(NodeId Node, GapKey Key)> Cells { get; private set; } = [];

    public bool IsWithheld(NodeId node, GapKey key, Run run) => _withheld.Contains((node, key, run));

    public bool IsOwnSuppressed(NodeId node, GapKey key, Run run) => _own.Contains((node, key, run));

    public (int Cell, int Own) People(NodeId node, GapKey key, Run run) => _people.TryGetValue((node, key, run), out var p) ? p : (0, 0);

    public static RegionalRuleModel Of(GapAnalysis analysis, int k)
    {
        var model = new RegionalRuleModel();
        var org = analysis.Organisation;
        model.Cells = [.. org.Nodes.SelectMany(n => analysis.PartialOf(n.Id).Keys.Select(key => (n.Id, key)))];
        foreach (var run in new[] { Run.WithAmount, Run.WithoutAmount })
        {
            // P_x of a node's own cell: people on its own lines, split by whether the line has an amount.
            int Own(NodeId n, GapKey key) => analysis.LinesOf(n)
                .Where(l => l.Key == key && (l.Figures.Amount > PositionShare.Zero) == (run == Run.WithAmount))
                .Sum(l => l.Figures.People);
            int Sub(NodeId n, GapKey key) => Own(n, key) + org.ChildrenOf(n).Sum(c => Sub(c.Id, key));

            foreach (var (node, key) in model.Cells)
            {
                var (cell, own) = (Sub(node, key), Own(node, key));
                model._people[(node, key, run)] = (cell, own);
                if (cell >= 1 && cell < k)
                {
                    model._withheld.Add((node, key, run));
                }

                if (own >= 1 && own < k)
                {
                    model._own.Add((node, key, run));
                }
            }

            foreach (var key in analysis.PartialOf(org.Root.Id).Keys)
            {
                model.Settle(org, org.Root.Id, key, run, k);
            }
        }

        return model;
    }

    /// <summary>Rules 1–3 for the subtable of <paramref name="parent"/>, then its children's subtables (top-down).</summary>
    private void Settle(Organisation org, NodeId parent, GapKey key, Run run, int k)
    {
        var total = People(parent, key, run).Cell;
        var children = org.ChildrenOf(parent).Where(c => _people.ContainsKey((c.Id, key, run))).ToList();
        if (total > 0)
        {
            // (people, own?, id) of every cell of the subtable but the parent; suppressed ones are in the sets.
            var members = children.Select(c => (People: People(c.Id, key, run).Cell, Own: false, Id: c.Id))
                .Append((People: People(parent, key, run).Own, Own: true, Id: parent)).ToList();
            bool Suppressed((int People, bool Own, NodeId Id) m) => m.Own ? _own.Contains((parent, key, run)) : _withheld.Contains((m.Id, key, run));
            bool Holds()
            {
                var count = members.Count(Suppressed) + (_withheld.Contains((parent, key, run)) ? 1 : 0);
                var hidden = members.Where(Suppressed).Sum(m => m.People);
                return count != 1 && (hidden == 0 || hidden >= k || hidden == total);
            }

            while (!Holds())
            {
                var next = members.Where(m => !Suppressed(m) && m.People >= 1)
                    .OrderBy(m => m.People).ThenBy(m => m.Own).ThenBy(m => m.Id.Value, StringComparer.Ordinal).First();
                _ = next.Own ? _own.Add((parent, key, run)) : _withheld.Add((next.Id, key, run));
            }
        }

        foreach (var child in children)
        {
            Settle(org, child.Id, key, run, k);
        }
    }
}
