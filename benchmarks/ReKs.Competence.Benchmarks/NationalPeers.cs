using System.Globalization;
using DuckDB.NET.Data;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// Per key (competence, level): the number of lines and the sum of every line figure, in the order amount, used,
/// unused, developable, heads, people, gap, mobilise, develop, acquire, surplus — the root partial, as a peer computes it.
/// </summary>
internal sealed class KeySums
{
    public Dictionary<GapKey, long[]> Sums { get; } = [];

    public void Add(GapKey key, long amount, long used, long unused, long developable, long heads, long people)
    {
        var gap = Math.Max(0, amount - used);
        var mobilise = Math.Min(gap, unused);
        var develop = Math.Min(gap - mobilise, developable);
        var row = Sums.TryGetValue(key, out var r) ? r : Sums[key] = new long[12];
        row[0]++;
        row[1] += amount;
        row[2] += used;
        row[3] += unused;
        row[4] += developable;
        row[5] += heads;
        row[6] += people;
        row[7] += gap;
        row[8] += mobilise;
        row[9] += develop;
        row[10] += gap - mobilise - develop;
        row[11] += Math.Max(0, used + unused - amount);
    }

    /// <summary>Throws unless the sums equal the engine's partial on every key and every figure.</summary>
    public void CheckEquals(GapPartial engine, string peer)
    {
        var keys = engine.Keys.ToList();
        if (keys.Count != Sums.Count)
        {
            throw new InvalidOperationException($"{peer} has {Sums.Count} keys, the engine {keys.Count}.");
        }

        foreach (var key in keys)
        {
            var f = engine[key];
            long[] expected =
            [
                engine.LineCount(key), f.Amount.Hundredths, f.UsedSupply.Hundredths, f.UnusedSupply.Hundredths, f.Developable.Hundredths, f.Heads, f.People,
                f.Gap.Hundredths, f.Mobilise.Hundredths, f.Develop.Hundredths, f.Acquire.Hundredths, f.Surplus.Hundredths,
            ];
            if (!Sums.TryGetValue(key, out var mine) || !mine.SequenceEqual(expected))
            {
                throw new InvalidOperationException($"{peer} disagrees with the engine on {key}: [{string.Join(", ", mine ?? [])}] against [{string.Join(", ", expected)}].");
            }
        }
    }
}

/// <summary>The naive peer: the specification transcribed as LINQ GroupBy over the plan's objects.</summary>
internal static class NaiveLinqGap
{
    public static KeySums Sums(CompetencePlan plan, LocalDate t, GapOptions options)
    {
        var applying = plan.Requirements.Where(r => r.AppliesAt(t)).ToList();
        var levels = applying.GroupBy(r => r.Competence).ToDictionary(g => g.Key, g => g.Select(r => r.MinLevel.Value).Distinct().ToList());
        var required = applying.GroupBy(r => (r.Node, r.Competence, Level: r.MinLevel.Value)).ToDictionary(g => g.Key, g => g.Max(r => r.Amount.Hundredths));
        var counted = plan.People.Where(p => p.IsEmployedAt(t))
            .SelectMany(p => p.Holdings.Select(h => h.Competence).Concat(p.Aspirations).Distinct().Where(levels.ContainsKey)
                .SelectMany(c => levels[c].Select(level => (Person: p, Competence: c, Level: level))))
            .GroupBy(x => (x.Person.Node, x.Competence, x.Level))
            .ToDictionary(g => g.Key, g => g.Select(x => Classify(x.Person, x.Competence, x.Level, t, options.DevelopReach)).ToList());
        var result = new KeySums();
        foreach (var line in counted.Keys.Union(required.Keys))
        {
            var people = counted.TryGetValue(line, out var c) ? c : [];
            result.Add(
                new GapKey(line.Competence, new ProficiencyLevel(line.Level)),
                required.TryGetValue(line, out var amount) ? amount : 0,
                people.Where(x => x.Class == 1).Sum(x => x.Share),
                people.Where(x => x.Class == 2).Sum(x => x.Share),
                people.Where(x => x.Class == 3).Sum(x => x.Share),
                people.Count(x => x.Class is 1 or 2),
                people.Count(x => x.Class > 0));
        }

        return result;
    }

    private static (int Class, long Share) Classify(Person p, CompetenceId c, int level, LocalDate t, int reach)
    {
        var of = p.Holdings.Where(h => h.Competence == c).ToList();
        var valid = of.Where(h => h.Level is not null && h.IsValidAt(t)).ToList();
        var @class =
            valid.Any(h => h.Used && h.Level!.Value.Value >= level) ? 1
            : valid.Any(h => h.Level!.Value.Value >= level) ? 2
            : valid.Any(h => h.Level!.Value.Value >= level - reach)
              || of.Any(h => h.Level is { } l && l.Value >= level && !h.IsValidAt(t))
              || of.Any(h => h.Level is null) || p.Aspirations.Contains(c) ? 3
            : 0;
        return (@class, p.Share.Hundredths);
    }
}

/// <summary>
/// The floor: the same lines computed by a plain hand-written loop over the plan's columns, one thread, writing each
/// line's figures into flat arrays and summing per key — no objects, no roll-up below the root. The lines go into
/// fixed-size blocks (a list of large arrays, never copied), as the engine's arena does: an honest floor does not pay
/// for doubling and copying one growing array.
/// </summary>
internal sealed class ColumnarFloor
{
    private readonly PlanColumns _columns;
    private readonly int _t;
    private readonly int _reach;
    private readonly int[] _first;
    private readonly int[] _count;
    private readonly int[] _slotLevel;
    private readonly int[] _slotCompetence;
    private readonly GapKey[] _keys;

    public ColumnarFloor(CompetencePlan plan, LocalDate t, GapOptions options)
    {
        _columns = PlanColumns.Of(plan);
        _t = DayNumber.Of(t);
        _reach = options.DevelopReach;
        var interner = _columns.Competences;
        var levels = GapLevelSets.Of(plan, t);
        var keys = new List<GapKey>();
        _first = new int[interner.Count];
        _count = new int[interner.Count];
        for (var c = 0; c < interner.Count; c++)
        {
            _first[c] = keys.Count;
            foreach (var l in levels.LevelsOf(interner[c]))
            {
                keys.Add(new GapKey(interner[c], l));
            }

            _count[c] = keys.Count - _first[c];
        }

        _keys = [.. keys];
        _slotLevel = [.. keys.Select(k => k.Level.Value)];
        _slotCompetence = [.. keys.Select(k => interner.Find(k.Competence))];
    }

    // 8 192 lines of 13 longs a block: 852 KB, on the large-object heap.
    private const int BlockLines = 8192;

    /// <summary>Every line's figures (flat, in blocks of <see cref="BlockLines"/> lines: node, slot, then 11 figures) and the per-key totals.</summary>
    public (List<long[]> Lines, int LineCount, long[] Totals) Run()
    {
        // Locals, not fields, inside the loops, as the engine's kernel does.
        var (first, count, slotLevel, slotCompetence, t, reach) = (_first, _count, _slotLevel, _slotCompetence, _t, _reach);
        var k = _keys.Length;
        var pc = _columns.People;
        var rc = _columns.Requirements;
        var c = _columns.Competences.Count;
        var stamp = new int[c];
        var holder = new int[c];
        var bvu = new int[c];
        var bv = new int[c];
        var bi = new int[c];
        var flags = new byte[c];
        var touched = new int[c];
        var acc = new long[k * 5];
        var amount = new long[k];
        var seen = new int[k];
        var required = new int[k];
        var totals = new long[k * 12];
        var blocks = new List<long[]>();
        long[] lines = [];
        int lineCount = 0, person = 0;
        for (var node = 0; node < _columns.Organisation.Nodes.Length; node++)
        {
            var mark = node + 1;
            for (var r = _columns.RequirementStart[node]; r < _columns.RequirementStart[node + 1]; r++)
            {
                if (rc.From[r] > t)
                {
                    continue;
                }

                var s = first[rc.Competence[r]];
                while (slotLevel[s] != rc.Level[r])
                {
                    s++;
                }

                Reset(s, mark);
                required[s] = mark;
                amount[s] = Math.Max(amount[s], rc.Amount[r]);
            }

            for (var p = _columns.PeopleStart[node]; p < _columns.PeopleStart[node + 1]; p++)
            {
                if (pc.Starts[p] > t || pc.Leaves[p] <= t)
                {
                    continue;
                }

                person++;
                var n = 0;
                for (var h = pc.HoldingStart[p]; h < pc.HoldingStart[p + 1]; h++)
                {
                    var comp = pc.HoldingCompetence[h];
                    if (count[comp] == 0)
                    {
                        continue;
                    }

                    if (stamp[comp] != person)
                    {
                        stamp[comp] = person;
                        bvu[comp] = bv[comp] = bi[comp] = flags[comp] = 0;
                        touched[n++] = comp;
                    }

                    int level = pc.HoldingLevel[h];
                    if (level == 0)
                    {
                        flags[comp] = 1;
                    }
                    else if (pc.HoldingFrom[h] <= t && pc.HoldingUntil[h] >= t)
                    {
                        bv[comp] = Math.Max(bv[comp], level);
                        bvu[comp] = pc.HoldingUsed[h] ? Math.Max(bvu[comp], level) : bvu[comp];
                    }
                    else
                    {
                        bi[comp] = Math.Max(bi[comp], level);
                    }
                }

                for (var a = pc.AspirationStart[p]; a < pc.AspirationStart[p + 1]; a++)
                {
                    var comp = pc.AspirationCompetence[a];
                    if (count[comp] == 0)
                    {
                        continue;
                    }

                    if (stamp[comp] != person)
                    {
                        stamp[comp] = person;
                        bvu[comp] = bv[comp] = bi[comp] = 0;
                        touched[n++] = comp;
                    }

                    flags[comp] = 1;
                }

                for (var i = 0; i < n; i++)
                {
                    var comp = touched[i];
                    holder[comp] = mark;
                    for (var s = first[comp]; s < first[comp] + count[comp]; s++)
                    {
                        Reset(s, mark);
                        var level = slotLevel[s];
                        var cls = bvu[comp] >= level ? 0 : bv[comp] >= level ? 1
                            : (bv[comp] > 0 && bv[comp] >= level - reach) || bi[comp] >= level || flags[comp] != 0 ? 2 : -1;
                        if (cls >= 0)
                        {
                            acc[(s * 5) + cls] += pc.Share[p];
                            acc[(s * 5) + 3] += cls < 2 ? 1 : 0;
                            acc[(s * 5) + 4]++;
                        }
                    }
                }
            }

            for (var s = 0; s < k; s++)
            {
                if (seen[s] != mark || (required[s] != mark && holder[slotCompetence[s]] != mark))
                {
                    continue;
                }

                long a = amount[s], used = acc[s * 5], unused = acc[(s * 5) + 1], dev = acc[(s * 5) + 2];
                var gap = Math.Max(0, a - used);
                var mobilise = Math.Min(gap, unused);
                var develop = Math.Min(gap - mobilise, dev);
                var o = lineCount++ % BlockLines * 13;
                if (o == 0)
                {
                    // Every entry of a block is written before it is read: no zeroing needed.
                    lines = GC.AllocateUninitializedArray<long>(BlockLines * 13);
                    blocks.Add(lines);
                }

                lines[o] = node;
                lines[o + 1] = s;
                lines[o + 2] = a;
                lines[o + 3] = used;
                lines[o + 4] = unused;
                lines[o + 5] = dev;
                lines[o + 6] = acc[(s * 5) + 3];
                lines[o + 7] = acc[(s * 5) + 4];
                lines[o + 8] = gap;
                lines[o + 9] = mobilise;
                lines[o + 10] = develop;
                lines[o + 11] = gap - mobilise - develop;
                lines[o + 12] = Math.Max(0, used + unused - a);
                totals[s * 12]++;
                for (var f = 0; f < 11; f++)
                {
                    totals[(s * 12) + 1 + f] += lines[o + 2 + f];
                }
            }
        }

        return (blocks, lineCount, totals);

        void Reset(int s, int mark)
        {
            if (seen[s] != mark)
            {
                seen[s] = mark;
                amount[s] = 0;
                Array.Clear(acc, s * 5, 5);
            }
        }
    }

    public KeySums Sums()
    {
        var (_, _, totals) = Run();
        var result = new KeySums();
        for (var s = 0; s < _keys.Length; s++)
        {
            if (totals[s * 12] > 0)
            {
                result.Sums[_keys[s]] = totals.AsSpan(s * 12, 12).ToArray();
            }
        }

        return result;
    }
}

/// <summary>The DuckDB peer: the same tables in an in-process DuckDB, and the same semantics in one SQL query.</summary>
internal sealed class DuckDbPeer : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly PlanColumns _columns;
    private readonly string _query;

    public DuckDbPeer(CompetencePlan plan, LocalDate t, GapOptions options)
    {
        _columns = PlanColumns.Of(plan);
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Execute("""
            CREATE TABLE people (pid INTEGER, node INTEGER, share INTEGER, starts INTEGER, leaves INTEGER);
            CREATE TABLE holdings (pid INTEGER, comp INTEGER, lvl INTEGER, used BOOLEAN, valid_from INTEGER, valid_until INTEGER);
            CREATE TABLE aspirations (pid INTEGER, comp INTEGER);
            CREATE TABLE requirements (node INTEGER, comp INTEGER, lvl INTEGER, amount BIGINT, valid_from INTEGER);
            """);
        Load();
        var day = DayNumber.Of(t).ToString(CultureInfo.InvariantCulture);
        var reach = options.DevelopReach.ToString(CultureInfo.InvariantCulture);
        _query = $"""
            WITH lv AS (SELECT DISTINCT comp, lvl FROM requirements WHERE valid_from IS NULL OR valid_from <= {day}),
            emp AS (SELECT pid, node, share FROM people WHERE (starts IS NULL OR starts <= {day}) AND (leaves IS NULL OR leaves > {day})),
            hv AS (SELECT *, lvl IS NOT NULL AND (valid_from IS NULL OR valid_from <= {day}) AND (valid_until IS NULL OR valid_until >= {day}) AS valid FROM holdings),
            hs AS (
              SELECT e.pid, e.node, e.share, h.comp,
                max(CASE WHEN h.valid AND h.used THEN h.lvl ELSE 0 END) AS bvu,
                max(CASE WHEN h.valid THEN h.lvl ELSE 0 END) AS bv,
                max(CASE WHEN h.lvl IS NOT NULL AND NOT h.valid THEN h.lvl ELSE 0 END) AS bi,
                bool_or(h.lvl IS NULL) AS unassessed
              FROM emp e JOIN hv h ON h.pid = e.pid GROUP BY e.pid, e.node, e.share, h.comp),
            asp AS (SELECT e.pid, e.node, e.share, a.comp FROM emp e JOIN aspirations a ON a.pid = e.pid),
            summ AS (
              SELECT coalesce(hs.node, asp.node) AS node, coalesce(hs.share, asp.share) AS share, coalesce(hs.comp, asp.comp) AS comp,
                coalesce(bvu, 0) AS bvu, coalesce(bv, 0) AS bv, coalesce(bi, 0) AS bi, coalesce(unassessed, false) AS unassessed, asp.pid IS NOT NULL AS aspires
              FROM hs FULL OUTER JOIN asp ON hs.pid = asp.pid AND hs.comp = asp.comp),
            cls AS (
              SELECT s.node, s.comp, lv.lvl, s.share,
                CASE WHEN bvu >= lv.lvl THEN 1 WHEN bv >= lv.lvl THEN 2
                     WHEN (bv > 0 AND bv >= lv.lvl - {reach}) OR bi >= lv.lvl OR unassessed OR aspires THEN 3 ELSE 0 END AS class
              FROM summ s JOIN lv ON lv.comp = s.comp),
            sup AS (
              SELECT node, comp, lvl,
                sum(CASE WHEN class = 1 THEN share ELSE 0 END) AS used, sum(CASE WHEN class = 2 THEN share ELSE 0 END) AS unused,
                sum(CASE WHEN class = 3 THEN share ELSE 0 END) AS dev, count(*) FILTER (WHERE class IN (1, 2)) AS heads, count(*) FILTER (WHERE class > 0) AS people
              FROM cls GROUP BY node, comp, lvl),
            req AS (SELECT node, comp, lvl, max(amount) AS amount FROM requirements WHERE valid_from IS NULL OR valid_from <= {day} GROUP BY node, comp, lvl),
            line AS (
              SELECT coalesce(sup.comp, req.comp) AS comp, coalesce(sup.lvl, req.lvl) AS lvl, coalesce(req.amount, 0) AS a,
                coalesce(used, 0) AS used, coalesce(unused, 0) AS unused, coalesce(dev, 0) AS dev, coalesce(heads, 0) AS heads, coalesce(people, 0) AS people
              FROM sup FULL OUTER JOIN req ON sup.node = req.node AND sup.comp = req.comp AND sup.lvl = req.lvl),
            g AS (SELECT *, greatest(0, a - used) AS gap FROM line),
            m AS (SELECT *, least(gap, unused) AS mob FROM g),
            d AS (SELECT *, least(gap - mob, dev) AS devn FROM m)
            SELECT comp, lvl, count(*)::BIGINT, sum(a)::BIGINT, sum(used)::BIGINT, sum(unused)::BIGINT, sum(dev)::BIGINT, sum(heads)::BIGINT, sum(people)::BIGINT,
              sum(gap)::BIGINT, sum(mob)::BIGINT, sum(devn)::BIGINT, sum(gap - mob - devn)::BIGINT, sum(greatest(0, used + unused - a))::BIGINT
            FROM d GROUP BY comp, lvl
            """;
    }

    public KeySums Sums()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = _query;
        using var reader = command.ExecuteReader();
        var result = new KeySums();
        while (reader.Read())
        {
            var key = new GapKey(_columns.Competences[reader.GetInt32(0)], new ProficiencyLevel(reader.GetInt32(1)));
            var row = new long[12];
            for (var i = 0; i < 12; i++)
            {
                row[i] = reader.GetInt64(i + 2);
            }

            result.Sums[key] = row;
        }

        return result;
    }

    public void Dispose() => _connection.Dispose();

    private void Load()
    {
        var pc = _columns.People;
        var rc = _columns.Requirements;
        using (var people = _connection.CreateAppender("people"))
        {
            for (var node = 0; node < _columns.Organisation.Nodes.Length; node++)
            {
                for (var p = _columns.PeopleStart[node]; p < _columns.PeopleStart[node + 1]; p++)
                {
                    people.CreateRow().AppendValue(p).AppendValue(node).AppendValue(pc.Share[p])
                        .AppendValue(pc.Starts[p] == DayNumber.Never ? null : pc.Starts[p])
                        .AppendValue(pc.Leaves[p] == DayNumber.Forever ? null : pc.Leaves[p]).EndRow();
                }
            }
        }

        using (var holdings = _connection.CreateAppender("holdings"))
        {
            for (var p = 0; p < pc.People.Length; p++)
            {
                for (var h = pc.HoldingStart[p]; h < pc.HoldingStart[p + 1]; h++)
                {
                    holdings.CreateRow().AppendValue(p).AppendValue(pc.HoldingCompetence[h]).AppendValue(pc.HoldingLevel[h] == 0 ? null : (int?)pc.HoldingLevel[h])
                        .AppendValue(pc.HoldingUsed[h])
                        .AppendValue(pc.HoldingFrom[h] == DayNumber.Never ? null : pc.HoldingFrom[h])
                        .AppendValue(pc.HoldingUntil[h] == DayNumber.Forever ? null : pc.HoldingUntil[h]).EndRow();
                }
            }
        }

        using (var aspirations = _connection.CreateAppender("aspirations"))
        {
            for (var p = 0; p < pc.People.Length; p++)
            {
                for (var a = pc.AspirationStart[p]; a < pc.AspirationStart[p + 1]; a++)
                {
                    aspirations.CreateRow().AppendValue(p).AppendValue(pc.AspirationCompetence[a]).EndRow();
                }
            }
        }

        using var requirements = _connection.CreateAppender("requirements");
        for (var node = 0; node < _columns.Organisation.Nodes.Length; node++)
        {
            for (var r = _columns.RequirementStart[node]; r < _columns.RequirementStart[node + 1]; r++)
            {
                requirements.CreateRow().AppendValue(node).AppendValue(rc.Competence[r]).AppendValue(rc.Level[r]).AppendValue(rc.Amount[r])
                    .AppendValue(rc.From[r] == DayNumber.Never ? null : rc.From[r]).EndRow();
            }
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
