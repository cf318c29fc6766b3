using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>The competence mapping (kompetansekartlegging): who holds what, at which level, on which basis — counted per node.</summary>
/// <remarks>
/// <para>Each row counts the people employed at the date in a node's whole sub-tree (so the root row is the whole
/// organisation) who hold a competence: heads and position share by real-competence level (the best level among
/// holdings valid at the date), how many hold it formally and informally, how many apply it in their role, and how many
/// hold it at a level not yet assessed (tacit knowledge: unknown, not zero). A person is counted once per row.</para>
/// <para>Rows are ordered depth first through the organisation, then by competence as the plan lists them. Nodes with
/// no holders of a competence have no row for it.</para>
/// <para>Beside the rows: Lai's grid of components × forms per node, staffing by position type and education per node
/// (KS step 5) set against the plan's staffing requirements, and the competences on which a person's evidence sources
/// disagree.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class CompetenceInventory
{
    /// <summary>Maps a plan's competence at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date the mapping describes.</param>
    /// <returns>The rows and the per-node summaries of Lai's four components.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static InventoryReport Compute(CompetencePlan plan, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var org = plan.Organisation;
        var levels = plan.Scale.Max.Value;
        var competenceIndex = plan.Competences.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var nodeCount = org.Nodes.Length;
        var cells = new Cell?[nodeCount, plan.Competences.Length];
        var staff = new (int Heads, PositionShare Share)[nodeCount];
        var componentHeads = new int[nodeCount, 4];
        var componentShare = new PositionShare[nodeCount, 4];
        var gridHeads = new int[nodeCount, 16];
        var gridShare = new PositionShare[nodeCount, 16];
        var gridCompetences = new int[16];
        foreach (var c in plan.Competences)
        {
            for (var k = 0; k < 4; k++)
            {
                gridCompetences[((int)c.Form * 4) + k] += c.Components.HasFlag((LaiComponents)(1 << k)) ? 1 : 0;
            }
        }

        var positionTypes = Enum.GetValues<PositionType>();
        var educations = Enum.GetValues<HealthEducation>();
        var staffing = new (int Heads, PositionShare Share)[nodeCount, positionTypes.Length, educations.Length];
        var staffingLines = plan.Staffing.Select(_ => (Heads: 0, Share: PositionShare.Zero)).ToArray();
        var disagreements = ImmutableArray.CreateBuilder<EvidenceDisagreement>();

        foreach (var person in plan.People)
        {
            if (!person.IsEmployedAt(asOf))
            {
                continue;
            }

            var chain = new List<int> { org.IndexOf(person.Node) };
            for (var p = org.ParentIndex(chain[0]); p >= 0; p = org.ParentIndex(p))
            {
                chain.Add(p);
            }

            var (pt, ed) = (Array.IndexOf(positionTypes, person.PositionType), Array.IndexOf(educations, person.Education));
            foreach (var n in chain)
            {
                staff[n] = (staff[n].Heads + 1, staff[n].Share + person.Share);
                staffing[n, pt, ed] = (staffing[n, pt, ed].Heads + 1, staffing[n, pt, ed].Share + person.Share);
            }

            for (var i = 0; i < plan.Staffing.Length; i++)
            {
                var requirement = plan.Staffing[i];
                if (requirement.IsMetBy(person) && chain.Contains(org.IndexOf(requirement.Node)))
                {
                    staffingLines[i] = (staffingLines[i].Heads + 1, staffingLines[i].Share + person.Share);
                }
            }

            disagreements.AddRange(EvidenceResolver.Disagreements(person, plan.Precedence));
            var components = LaiComponents.None;
            var grid = new bool[16];
            foreach (var group in person.Holdings.GroupBy(h => h.Competence))
            {
                var c = competenceIndex[group.Key];
                var real = person.RealLevel(group.Key, asOf);
                var valid = group.Where(h => h.IsValidAt(asOf)).ToList();
                if (valid.Count == 0)
                {
                    continue;
                }

                components |= plan.Competences[c].Components;
                for (var k = 0; k < 4; k++)
                {
                    grid[((int)plan.Competences[c].Form * 4) + k] |= plan.Competences[c].Components.HasFlag((LaiComponents)(1 << k));
                }

                var formal = valid.Any(h => h.Basis == CompetenceBasis.Formal);
                var informal = valid.Any(h => h.Basis == CompetenceBasis.Informal);
                var used = valid.Any(h => h.Used);
                var unassessed = real is null;
                foreach (var n in chain)
                {
                    var cell = cells[n, c] ??= new Cell(levels);
                    cell.Add(real, person.Share, formal, informal, used, unassessed);
                }
            }

            for (var k = 0; k < 4; k++)
            {
                if (components.HasFlag((LaiComponents)(1 << k)))
                {
                    foreach (var n in chain)
                    {
                        componentHeads[n, k]++;
                        componentShare[n, k] += person.Share;
                    }
                }
            }

            for (var g = 0; g < 16; g++)
            {
                if (grid[g])
                {
                    foreach (var n in chain)
                    {
                        gridHeads[n, g]++;
                        gridShare[n, g] += person.Share;
                    }
                }
            }
        }

        var rows = ImmutableArray.CreateBuilder<InventoryRow>();
        var summaries = ImmutableArray.CreateBuilder<NodeStaffSummary>();
        var staffingCounts = ImmutableArray.CreateBuilder<StaffingCount>();
        foreach (var node in org.DepthFirst)
        {
            var n = org.IndexOf(node.Id);
            summaries.Add(new NodeStaffSummary(
                node.Id,
                staff[n].Heads,
                staff[n].Share,
                [.. Enumerable.Range(0, 4).Select(k => new ComponentCount((LaiComponents)(1 << k), componentHeads[n, k], componentShare[n, k]))],
                [.. Enumerable.Range(0, 16).Select(g => new LaiGridCount((LaiForm)(g / 4), (LaiComponents)(1 << (g % 4)), gridCompetences[g], gridHeads[n, g], gridShare[n, g]))]));
            for (var pt = 0; pt < positionTypes.Length; pt++)
            {
                for (var ed = 0; ed < educations.Length; ed++)
                {
                    if (staffing[n, pt, ed].Heads > 0)
                    {
                        staffingCounts.Add(new StaffingCount(node.Id, positionTypes[pt], educations[ed], staffing[n, pt, ed].Heads, staffing[n, pt, ed].Share));
                    }
                }
            }

            for (var c = 0; c < plan.Competences.Length; c++)
            {
                if (cells[n, c] is { } cell)
                {
                    rows.Add(cell.ToRow(node.Id, plan.Competences[c].Id));
                }
            }
        }

        var lines = plan.Staffing.Select((r, i) => new StaffingLine(r, r.AppliesAt(asOf), staffingLines[i].Heads, staffingLines[i].Share));
        return new InventoryReport(asOf, rows.ToImmutable(), summaries.ToImmutable(), staffingCounts.ToImmutable(), [.. lines], disagreements.ToImmutable());
    }

    private sealed class Cell(int levels)
    {
        private readonly int[] _heads = new int[levels];
        private readonly PositionShare[] _share = new PositionShare[levels];
        private int _total;
        private PositionShare _totalShare;
        private int _formal;
        private int _informal;
        private int _used;
        private int _unassessed;

        public void Add(ProficiencyLevel? level, PositionShare share, bool formal, bool informal, bool used, bool unassessed)
        {
            _total++;
            _totalShare += share;
            if (level is { } l)
            {
                _heads[l.Value - 1]++;
                _share[l.Value - 1] += share;
            }

            _formal += formal ? 1 : 0;
            _informal += informal ? 1 : 0;
            _used += used ? 1 : 0;
            _unassessed += unassessed ? 1 : 0;
        }

        public InventoryRow ToRow(NodeId node, CompetenceId competence) =>
            new(node, competence, _total, _totalShare, [.. _heads], [.. _share], _formal, _informal, _used, _unassessed);
    }
}
