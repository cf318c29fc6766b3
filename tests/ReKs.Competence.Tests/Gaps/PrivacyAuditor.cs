using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using Run = ReKs.Competence.Gaps.RegionalPattern.Run;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The auditor of spec gap-analysis.md, "Privacy-safe export": what an attacker who holds every given export can work
/// out by exact linear algebra. Per key and per count (P_A, then P_0) it sets up the equations "parent = Σ children +
/// own cell" of every subtable, with the published cells and the cells that count nobody (P_x = 0, public zeros) as
/// knowns and the withheld cells and the own cells as unknowns, and reduces them by rational Gaussian elimination.
/// </summary>
/// <remarks>
/// <para>An unknown is uniquely determined exactly when a row of the reduced system has it as its only unknown; that
/// depends on the coefficients alone (every field of a cell — S_used, D, gap, … — has the same equations, only other
/// right-hand sides), so one elimination per key and count decides every field. Its right-hand side carries the true
/// P_x, and each determined value is checked against the truth, which keeps the equations themselves honest.</para>
/// <para>Violations: a cell the run withholds that is determined; an own cell with 1 ≤ P_x &lt; k that is determined;
/// a published node whose P_x minus the P_x of its nearest published descendants is between 1 and k − 1 (a sum over
/// fewer than k people recoverable by subtraction); two exports that disagree about a cell.</para>
/// </remarks>
public static class PrivacyAuditor
{
    public static IReadOnlyList<string> Audit(GapAnalysis analysis, IReadOnlyList<RegionalExport> exports, int k)
    {
        var violations = new List<string>();
        var published = new Dictionary<(NodeId, GapKey), GapFigures>();
        var seen = new Dictionary<(NodeId, GapKey), RegionalCell>();
        foreach (var export in exports)
        {
            foreach (var cell in export.Cells)
            {
                if (seen.TryGetValue((cell.Node, cell.Key), out var other) && (other.Withheld != cell.Withheld || other.Figures != cell.Figures || other.Amount != cell.Amount))
                {
                    violations.Add($"{cell.Node} {cell.Key}: the export of '{export.Root}' disagrees with another export of the same analysis");
                }

                seen[(cell.Node, cell.Key)] = cell;
                if (cell.Figures is { } f)
                {
                    published[(cell.Node, cell.Key)] = f;
                }
            }
        }

        var pattern = RegionalExport.PatternOf(analysis, k);
        violations.AddRange(Audit(analysis, published.Keys.ToHashSet(), pattern.IsWithheld, k, pattern));
        return violations;
    }

    /// <summary>Audits a set of published cells directly: the auditor's own test feeds it the cells an unsound rule would publish.</summary>
    /// <param name="withheldByRun">Whether a count's run withholds a node cell (an unsound rule without runs: "not published").</param>
    internal static IReadOnlyList<string> Audit(GapAnalysis analysis, IReadOnlySet<(NodeId, GapKey)> published, Func<NodeId, GapKey, Run, bool> withheldByRun, int k, RegionalPattern? pattern = null)
    {
        var violations = new List<string>();
        foreach (var key in analysis.PartialOf(analysis.Organisation.Root.Id).Keys)
        {
            foreach (var run in new[] { Run.WithAmount, Run.WithoutAmount })
            {
                AuditKey(analysis, key, run, k, published, withheldByRun, pattern, violations);
            }
        }

        return violations;
    }

    private static void AuditKey(GapAnalysis analysis, GapKey key, Run run, int k, IReadOnlySet<(NodeId, GapKey)> published, Func<NodeId, GapKey, Run, bool> withheldByRun, RegionalPattern? pattern, List<string> violations)
    {
        var org = analysis.Organisation;
        var nodes = org.DepthFirst.Select(n => n.Id).Where(n => analysis.PartialOf(n).Contains(key)).ToList();

        // P_x of the own cells, from the lines (the own line's amount decides the count), and of the node cells, summed.
        var own = nodes.ToDictionary(n => n, n => analysis.LineOf(n, key) is { } line && (line.Figures.Amount > PositionShare.Zero) == (run == Run.WithAmount) ? line.Figures.People : 0);
        var cell = new Dictionary<NodeId, int>();
        foreach (var n in Enumerable.Reverse(nodes))
        {
            cell[n] = own[n] + org.ChildrenOf(n).Where(c => cell.ContainsKey(c.Id)).Sum(c => cell[c.Id]);
        }

        var tag = run == Run.WithAmount ? "P_A" : "P_0";
        foreach (var n in pattern is null ? [] : nodes)
        {
            if (cell[n] != pattern!.People(n, key, run).Cell || own[n] != pattern.People(n, key, run).Own)
            {
                violations.Add($"{n} {key} {tag}: the pattern counts {pattern.People(n, key, run)}, the auditor ({cell[n]}, {own[n]})");
            }
        }

        bool Known(NodeId n) => cell[n] == 0 || published.Contains((n, key));

        // Unknowns: withheld node cells and own cells, each with P_x ≥ 1.
        var columns = new List<(NodeId Node, bool Own, int Truth)>();
        var columnOf = new Dictionary<(NodeId, bool), int>();
        foreach (var n in nodes)
        {
            if (!Known(n))
            {
                columnOf[(n, false)] = columns.Count;
                columns.Add((n, false, cell[n]));
            }

            if (own[n] > 0)
            {
                columnOf[(n, true)] = columns.Count;
                columns.Add((n, true, own[n]));
            }
        }

        // One equation per subtable: node − Σ children − own = 0, knowns moved to the right-hand side.
        var rows = new List<(Rational[] Coefficients, Rational Rhs)>();
        foreach (var n in nodes)
        {
            var row = new Rational[columns.Count];
            Rational rhs = 0;
            void Term(NodeId node, bool isOwn, long sign, int value)
            {
                if (columnOf.TryGetValue((node, isOwn), out var j))
                {
                    row[j] += sign;
                }
                else
                {
                    rhs -= sign * value; // a known: its published (or zero) value
                }
            }

            Term(n, false, 1, cell[n]);
            foreach (var c in org.ChildrenOf(n).Where(c => cell.ContainsKey(c.Id)))
            {
                Term(c.Id, false, -1, cell[c.Id]);
            }

            Term(n, true, -1, own[n]);
            rows.Add((row, rhs));
        }

        foreach (var (j, value) in Determined(rows, columns.Count))
        {
            var (node, isOwn, truth) = columns[j];
            if (value != truth)
            {
                violations.Add($"{node} {key} {tag}: the auditor's equations give {value} for a cell of {truth} people");
            }

            if (!isOwn && withheldByRun(node, key, run))
            {
                violations.Add($"{node} {key} {tag}: withheld by this count, yet determined ({truth} people)");
            }

            if (isOwn && truth < k)
            {
                violations.Add($"{node} {key} {tag}: own cell of {truth} people (< {k}) is determined");
            }
        }

        // No sum over fewer than k people: a published node minus its nearest published descendants.
        foreach (var n in nodes.Where(n => published.Contains((n, key))))
        {
            var below = 0;
            var stack = new Stack<NodeId>(org.ChildrenOf(n).Select(c => c.Id).Where(cell.ContainsKey));
            while (stack.Count > 0)
            {
                var d = stack.Pop();
                if (Known(d))
                {
                    below += cell[d];
                }
                else
                {
                    foreach (var c in org.ChildrenOf(d).Select(c => c.Id).Where(cell.ContainsKey))
                    {
                        stack.Push(c);
                    }
                }
            }

            var difference = cell[n] - below;
            if (difference > 0 && difference < k)
            {
                violations.Add($"{n} {key} {tag}: published node minus its nearest published descendants leaves {difference} people (< {k})");
            }
        }
    }

    /// <summary>Reduces the system to row echelon form (exact) and returns every unknown that a row pins down alone, with its value.</summary>
    private static IEnumerable<(int Column, Rational Value)> Determined(List<(Rational[] Coefficients, Rational Rhs)> rows, int columns)
    {
        var m = rows.Select(r => (Coefficients: (Rational[])r.Coefficients.Clone(), r.Rhs)).ToArray();
        var pivotRow = 0;
        for (var col = 0; col < columns && pivotRow < m.Length; col++)
        {
            var pivot = Array.FindIndex(m, pivotRow, r => !r.Coefficients[col].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (m[pivotRow], m[pivot]) = (m[pivot], m[pivotRow]);
            var p = m[pivotRow].Coefficients[col];
            for (var j = 0; j < columns; j++)
            {
                m[pivotRow].Coefficients[j] /= p;
            }

            m[pivotRow].Rhs /= p;
            for (var r = 0; r < m.Length; r++)
            {
                if (r == pivotRow || m[r].Coefficients[col].IsZero)
                {
                    continue;
                }

                var f = m[r].Coefficients[col];
                for (var j = 0; j < columns; j++)
                {
                    m[r].Coefficients[j] -= f * m[pivotRow].Coefficients[j];
                }

                m[r].Rhs -= f * m[pivotRow].Rhs;
            }

            pivotRow++;
        }

        // Reduced row echelon form: an unknown is determined exactly when some row has it as its only nonzero entry.
        foreach (var (coefficients, rhs) in m)
        {
            var nonzero = Enumerable.Range(0, columns).Where(j => !coefficients[j].IsZero).Take(2).ToList();
            if (nonzero.Count == 1)
            {
                yield return (nonzero[0], rhs / coefficients[nonzero[0]]);
            }
        }
    }
}
