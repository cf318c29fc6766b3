using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>Dates as order-preserving integers, so the kernel compares dates without NodaTime on the hot path.</summary>
internal static class DayNumber
{
    /// <summary>Stands for an absent start or <c>validFrom</c>: before every date.</summary>
    public const int Never = int.MinValue;

    /// <summary>Stands for an absent <c>leaves</c> or <c>validUntil</c>: after every date.</summary>
    public const int Forever = int.MaxValue;

    /// <summary>Packs an ISO date so that integer order is date order.</summary>
    public static int Of(LocalDate date) => ((date.Year + 10_000) << 9) | (date.Month << 5) | date.Day;

    /// <summary>Packs an optional date, with a sentinel for an absent one.</summary>
    public static int Of(LocalDate? date, int absent) => date is { } d ? Of(d) : absent;
}

/// <summary>Interns competence ids to dense integers once per plan.</summary>
internal sealed class CompetenceInterner
{
    private readonly Dictionary<CompetenceId, int> _index = [];
    private readonly List<CompetenceId> _ids = [];

    /// <summary>Gets the number of interned competences.</summary>
    public int Count => _index.Count;

    /// <summary>Gets the competence id of a dense number.</summary>
    public CompetenceId this[int competence] => _ids[competence];

    /// <summary>Gets a competence's dense number, adding it when new (only while the columns are built).</summary>
    public int Intern(CompetenceId id)
    {
        if (!_index.TryGetValue(id, out var i))
        {
            i = _index.Count;
            _index.Add(id, i);
            _ids.Add(id);
        }

        return i;
    }

    /// <summary>Gets a competence's dense number, or -1 when the plan does not know it.</summary>
    public int Find(CompetenceId id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Gets a competence's dense number, which must exist (what-ifs are checked against the plan's competences first).</summary>
    public int Existing(CompetenceId id) =>
        _index.TryGetValue(id, out var i) ? i : throw new InvalidOperationException($"The competence '{id}' was not interned with the plan.");
}

/// <summary>People and their holdings and aspirations as columns (struct of arrays), person by person in the order given.</summary>
internal sealed class PeopleColumns
{
    /// <summary>Builds the columns of people, in the order given.</summary>
    public PeopleColumns(IReadOnlyList<Person> people, Func<CompetenceId, int> competences)
    {
        var n = people.Count;
        People = new Person[n];
        Share = new int[n];
        Starts = new int[n];
        Leaves = new int[n];
        HoldingStart = new int[n + 1];
        AspirationStart = new int[n + 1];
        int holdings = 0, aspirations = 0;
        for (var i = 0; i < n; i++)
        {
            holdings += people[i].Holdings.Length;
            aspirations += people[i].Aspirations.Length;
        }

        HoldingCompetence = new int[holdings];
        HoldingLevel = new byte[holdings];
        HoldingUsed = new bool[holdings];
        HoldingFrom = new int[holdings];
        HoldingUntil = new int[holdings];
        AspirationCompetence = new int[aspirations];
        int h = 0, a = 0;
        for (var i = 0; i < n; i++)
        {
            Write(i, people[i], ref h, ref a, competences);
        }

        HoldingStart[n] = h;
        AspirationStart[n] = a;
    }

    /// <summary>Builds the columns of a range of other columns, without one of its people and with one person added at
    /// the end: what a what-if changes in one node. The people kept are copied column by column, not read again.</summary>
    /// <param name="source">The columns the range is in.</param>
    /// <param name="start">The range's first person.</param>
    /// <param name="end">The range's end (exclusive).</param>
    /// <param name="skip">The person of the range to leave out, or -1.</param>
    /// <param name="added">The person to add at the end, or <see langword="null"/>.</param>
    /// <param name="competences">Interns the added person's competences.</param>
    public PeopleColumns(PeopleColumns source, int start, int end, int skip, Person? added, Func<CompetenceId, int> competences)
    {
        (int From, int To)[] ranges = skip < 0 ? [(start, end)] : [(start, skip), (skip + 1, end)];
        int n = added is null ? 0 : 1, holdings = added?.Holdings.Length ?? 0, aspirations = added?.Aspirations.Length ?? 0;
        foreach (var (from, to) in ranges)
        {
            n += to - from;
            holdings += source.HoldingStart[to] - source.HoldingStart[from];
            aspirations += source.AspirationStart[to] - source.AspirationStart[from];
        }

        People = new Person[n];
        Share = new int[n];
        Starts = new int[n];
        Leaves = new int[n];
        HoldingStart = new int[n + 1];
        AspirationStart = new int[n + 1];
        HoldingCompetence = new int[holdings];
        HoldingLevel = new byte[holdings];
        HoldingUsed = new bool[holdings];
        HoldingFrom = new int[holdings];
        HoldingUntil = new int[holdings];
        AspirationCompetence = new int[aspirations];
        int i = 0, h = 0, a = 0;
        foreach (var (from, to) in ranges)
        {
            var people = to - from;
            Array.Copy(source.People, from, People, i, people);
            Array.Copy(source.Share, from, Share, i, people);
            Array.Copy(source.Starts, from, Starts, i, people);
            Array.Copy(source.Leaves, from, Leaves, i, people);
            int h0 = source.HoldingStart[from], a0 = source.AspirationStart[from];
            for (var j = 0; j < people; j++)
            {
                HoldingStart[i + j] = source.HoldingStart[from + j] - h0 + h;
                AspirationStart[i + j] = source.AspirationStart[from + j] - a0 + a;
            }

            var hn = source.HoldingStart[to] - h0;
            Array.Copy(source.HoldingCompetence, h0, HoldingCompetence, h, hn);
            Array.Copy(source.HoldingLevel, h0, HoldingLevel, h, hn);
            Array.Copy(source.HoldingUsed, h0, HoldingUsed, h, hn);
            Array.Copy(source.HoldingFrom, h0, HoldingFrom, h, hn);
            Array.Copy(source.HoldingUntil, h0, HoldingUntil, h, hn);
            var an = source.AspirationStart[to] - a0;
            Array.Copy(source.AspirationCompetence, a0, AspirationCompetence, a, an);
            i += people;
            h += hn;
            a += an;
        }

        if (added is not null)
        {
            Write(i, added, ref h, ref a, competences);
        }

        HoldingStart[n] = h;
        AspirationStart[n] = a;
    }

    /// <summary>Gets the people, in column order.</summary>
    public Person[] People { get; }

    /// <summary>Gets each person's position share in hundredths of a per cent.</summary>
    public int[] Share { get; }

    /// <summary>Gets each person's start (<see cref="DayNumber.Never"/> when absent).</summary>
    public int[] Starts { get; }

    /// <summary>Gets each person's leaving date (<see cref="DayNumber.Forever"/> when absent).</summary>
    public int[] Leaves { get; }

    /// <summary>Gets where each person's holdings start; one more entry than people.</summary>
    public int[] HoldingStart { get; }

    /// <summary>Gets each holding's interned competence.</summary>
    public int[] HoldingCompetence { get; }

    /// <summary>Gets each holding's level, 0 when not yet assessed.</summary>
    public byte[] HoldingLevel { get; }

    /// <summary>Gets whether each holding is used in the role.</summary>
    public bool[] HoldingUsed { get; }

    /// <summary>Gets each holding's <c>validFrom</c>.</summary>
    public int[] HoldingFrom { get; }

    /// <summary>Gets each holding's <c>validUntil</c>.</summary>
    public int[] HoldingUntil { get; }

    /// <summary>Gets where each person's aspirations start; one more entry than people.</summary>
    public int[] AspirationStart { get; }

    /// <summary>Gets each aspiration's interned competence.</summary>
    public int[] AspirationCompetence { get; }

    /// <summary>Writes person <paramref name="i"/>'s columns, its holdings from <paramref name="h"/> and aspirations from <paramref name="a"/>.</summary>
    private void Write(int i, Person p, ref int h, ref int a, Func<CompetenceId, int> competences)
    {
        People[i] = p;
        Share[i] = checked((int)p.Share.Hundredths);
        Starts[i] = DayNumber.Of(p.Starts, DayNumber.Never);
        Leaves[i] = DayNumber.Of(p.Leaves, DayNumber.Forever);
        HoldingStart[i] = h;
        foreach (var holding in p.Holdings)
        {
            HoldingCompetence[h] = competences(holding.Competence);
            HoldingLevel[h] = holding.Level is { } level ? checked((byte)level.Value) : (byte)0;
            HoldingUsed[h] = holding.Used;
            HoldingFrom[h] = DayNumber.Of(holding.ValidFrom, DayNumber.Never);
            HoldingUntil[h] = DayNumber.Of(holding.ValidUntil, DayNumber.Forever);
            h++;
        }

        AspirationStart[i] = a;
        foreach (var c in p.Aspirations)
        {
            AspirationCompetence[a++] = competences(c);
        }
    }

    /// <summary>Gets the bytes the columns take (arrays' payload, without the people themselves).</summary>
    public long Bytes =>
        (8L + 4 + 4 + 4 + 4 + 4) * People.Length
        + (4L + 1 + 1 + 4 + 4) * HoldingCompetence.Length + 4L * AspirationCompetence.Length;
}

/// <summary>Requirements as columns, in the order given.</summary>
internal sealed class RequirementColumns
{
    /// <summary>Builds the columns of requirements, in the order given.</summary>
    public RequirementColumns(IReadOnlyList<Requirement> requirements, Func<CompetenceId, int> competences)
    {
        var n = requirements.Count;
        Requirements = new Requirement[n];
        Competence = new int[n];
        Level = new int[n];
        Amount = new long[n];
        MinHeads = new int[n];
        From = new int[n];
        for (var i = 0; i < n; i++)
        {
            var r = requirements[i];
            Requirements[i] = r;
            Competence[i] = competences(r.Competence);
            Level[i] = r.MinLevel.Value;
            Amount[i] = r.Amount.Hundredths;
            MinHeads[i] = r.MinHeads ?? -1;
            From[i] = DayNumber.Of(r.From, DayNumber.Never);
        }
    }

    /// <summary>Gets the requirements, in column order.</summary>
    public Requirement[] Requirements { get; }

    /// <summary>Gets each requirement's interned competence.</summary>
    public int[] Competence { get; }

    /// <summary>Gets each requirement's minimum level.</summary>
    public int[] Level { get; }

    /// <summary>Gets each requirement's amount in hundredths of a per cent.</summary>
    public long[] Amount { get; }

    /// <summary>Gets each requirement's own minimum heads, or -1.</summary>
    public int[] MinHeads { get; }

    /// <summary>Gets each requirement's <c>from</c> (<see cref="DayNumber.Never"/> when absent).</summary>
    public int[] From { get; }
}

/// <summary>
/// The columnar index of a plan, built once per plan and shared by every analysis of it (several dates, what-ifs,
/// options): competence ids interned to dense integers, people and requirements ordered by node as columns, and the
/// tree's post-order ranges.
/// </summary>
/// <remarks>Immutable once built; <see cref="Of"/> memoises it per plan instance, so it is safe to share between threads.</remarks>
internal sealed class PlanColumns
{
    private static readonly ConditionalWeakTable<CompetencePlan, PlanColumns> Cache = [];
    private readonly Lazy<Dictionary<PersonId, int>> _personIndex;

    private PlanColumns(CompetencePlan plan)
    {
        Organisation = plan.Organisation;
        var nodes = Organisation.Nodes.Length;
        foreach (var c in plan.Competences)
        {
            Competences.Intern(c.Id);
        }

        CompetenceIds = [.. plan.Competences.Select(c => c.Id)];
        GoalIds = [.. plan.Goals.Select(g => g.Id)];

        // People and requirements by node: a stable counting sort, so each node keeps the plan's order.
        var personNode = new int[plan.People.Length];
        for (var i = 0; i < personNode.Length; i++)
        {
            personNode[i] = Organisation.IndexOf(plan.People[i].Node);
        }

        var order = StableOrderBy(personNode, nodes, out var peopleStart);
        People = new PeopleColumns([.. order.Select(i => plan.People[i])], Competences.Intern);
        PeopleStart = peopleStart;

        var requirementNode = new int[plan.Requirements.Length];
        for (var i = 0; i < requirementNode.Length; i++)
        {
            requirementNode[i] = Organisation.IndexOf(plan.Requirements[i].Node);
        }

        var requirementOrder = StableOrderBy(requirementNode, nodes, out var requirementStart);
        Requirements = new RequirementColumns([.. requirementOrder.Select(i => plan.Requirements[i])], Competences.Intern);
        RequirementStart = requirementStart;

        // Pre-order positions and sub-tree ends: a sub-tree is a contiguous range of the pre-order.
        var preorder = Organisation.Preorder.ToArray();
        Preorder = preorder;
        SubtreeEnd = new int[nodes];
        PreorderPosition = new int[nodes];
        for (var p = preorder.Length - 1; p >= 0; p--)
        {
            var node = preorder[p];
            PreorderPosition[node] = p;
            var end = p + 1;
            foreach (var child in Organisation.ChildIndexes(node))
            {
                end = Math.Max(end, SubtreeEnd[child]);
            }

            SubtreeEnd[node] = end;
        }

        _personIndex = new(() =>
        {
            var index = new Dictionary<PersonId, int>(People.People.Length);
            for (var i = 0; i < People.People.Length; i++)
            {
                index[People.People[i].Id] = i;
            }

            return index;
        });
    }

    /// <summary>Gets the organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>Gets the interned competences.</summary>
    public CompetenceInterner Competences { get; } = new();

    /// <summary>Gets the plan's competence ids (for what-if checks).</summary>
    public ImmutableHashSet<CompetenceId> CompetenceIds { get; }

    /// <summary>Gets the plan's goal ids (for what-if checks).</summary>
    public ImmutableHashSet<GoalId> GoalIds { get; }

    /// <summary>Gets the people, ordered by node.</summary>
    public PeopleColumns People { get; }

    /// <summary>Gets where each node's people start in <see cref="People"/>; one more entry than nodes.</summary>
    public int[] PeopleStart { get; }

    /// <summary>Gets the requirements, ordered by node.</summary>
    public RequirementColumns Requirements { get; }

    /// <summary>Gets where each node's requirements start; one more entry than nodes.</summary>
    public int[] RequirementStart { get; }

    /// <summary>Gets the node indexes depth first.</summary>
    public int[] Preorder { get; }

    /// <summary>Gets each node's position in <see cref="Preorder"/>.</summary>
    public int[] PreorderPosition { get; }

    /// <summary>Gets the end (exclusive) of each node's sub-tree range in <see cref="Preorder"/>.</summary>
    public int[] SubtreeEnd { get; }

    /// <summary>Gets the bytes the columns take (without the plan's own objects).</summary>
    public long Bytes => People.Bytes + (8L + 4 + 4 + 8 + 4 + 4) * Requirements.Requirements.Length + 4L * 5 * Preorder.Length;

    /// <summary>Gets the columns of a plan, building them on first use.</summary>
    public static PlanColumns Of(CompetencePlan plan) => Cache.GetValue(plan, static p => new PlanColumns(p));

    /// <summary>Gets the column index of a person, or -1.</summary>
    public int IndexOf(PersonId id) => _personIndex.Value.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Gets the node of the person at a column index.</summary>
    public int NodeOfColumn(int column)
    {
        var i = Array.BinarySearch(PeopleStart, column);
        if (i < 0)
        {
            return ~i - 1;
        }

        // Several nodes may start at the same column (empty nodes): the person belongs to the last of them.
        while (i + 1 < PeopleStart.Length && PeopleStart[i + 1] == column)
        {
            i++;
        }

        return i;
    }

    private static int[] StableOrderBy(int[] keys, int buckets, out int[] start)
    {
        start = new int[buckets + 1];
        foreach (var k in keys)
        {
            start[k + 1]++;
        }

        for (var b = 0; b < buckets; b++)
        {
            start[b + 1] += start[b];
        }

        var next = (int[])start.Clone();
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            order[next[keys[i]]++] = i;
        }

        return order;
    }
}
