using System.Diagnostics;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// A profiling harness, not a benchmark: Stopwatch phases of <see cref="GapAnalyzer.Analyse"/> (with the collections
/// each run caused) and of a what-if, to find where the time goes before changing code. Times are one process at one
/// load; BenchmarkDotNet gives the numbers to quote.
/// Run: <c>dotnet run -c Release --project benchmarks/ReKs.Competence.Benchmarks -- kprobe 4</c>.
/// </summary>
internal static class KernelProbe
{
    public static void Run(int divisor, int runs)
    {
        var plan = NationalWorkload.Create(divisor);
        var columns = PlanColumns.Of(plan);
        var holdings = columns.People.HoldingCompetence.Length;
        var floor = new ColumnarFloor(plan, NationalWorkload.AsOf, GapOptions.Default);
        var analysis = GapAnalyzer.Analyse(plan, NationalWorkload.AsOf);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        Console.WriteLine($"1/{divisor}: {holdings} holdings; load average {load}");
        var parts = Environment.GetEnvironmentVariable("REKS_PROBE_PARTS") is { Length: > 0 } only ? only.Split(',') : ["floor", "analyse", "seq", "own", "whatif"];
        bool Part(string part) => parts.Contains(part);
        if (Part("floor")) Time("floor", runs, holdings, () => floor.Run());
        if (Part("analyse")) Time("Analyse", runs, holdings, () => GapAnalyzer.Analyse(plan, NationalWorkload.AsOf));
        if (Part("seq")) Time("Analyse 1 thread", runs, holdings, () => GapAnalysis.Create(plan, NationalWorkload.AsOf, GapOptions.Default, GapLevelSets.Empty, parallel: false));

        // Kernel phases, one thread: every node's own lines only, then the whole computation.
        var all = new KeyLayout(analysis.LevelSets.KeySpace, columns.Competences);
        if (Part("own")) Time("own lines only, 1 thread", runs, holdings, () =>
        {
            var k = new GapKernel(all, columns.Competences.Count, NationalWorkload.AsOf, GapOptions.Default);
            var lines = 0;
            for (var v = 0; v < plan.Organisation.Nodes.Length; v++)
            {
                lines += k.Own(new NodeInput(columns.People, columns.PeopleStart[v], columns.PeopleStart[v + 1], columns.Requirements, columns.RequirementStart[v], columns.RequirementStart[v + 1])).Count;
            }

            return lines;
        });
        if (Part("split"))
        {
            Split(plan, columns, all, runs, holdings);
        }

        if (!Part("whatif"))
        {
            return;
        }

        // What-if phases, as NationalWhatIfBenchmarks shapes them.
        var template = plan.People[plan.People.Length / 3];
        var newcomer = new Person(new PersonId("newcomer"), template.Node, PositionShare.FullTime, template.Holdings, template.Aspirations);
        var leaver = plan.People[plan.People.Length / 2].Id;
        var node = plan.Organisation.IndexOf(template.Node);
        var layout = new KeyLayout(analysis.LevelSets.KeySpace, columns.Competences);
        var kernel = new GapKernel(layout, columns.Competences.Count, NationalWorkload.AsOf, GapOptions.Default);
        var unit = new NodeInput(columns.People, columns.PeopleStart[node], columns.PeopleStart[node + 1], columns.Requirements, columns.RequirementStart[node], columns.RequirementStart[node + 1]);
        var references = new PlanReferences(plan.Organisation.Contains, columns.CompetenceIds, columns.GoalIds, plan.Scale);
        var n = 3000;
        if (!Part("floor") && !Part("analyse") && !Part("seq") && !Part("own"))
        {
            // The national heap as the benchmark has it: the analysis kept, the rest collected.
            GC.Collect();
        }

        Micro("AddPerson", n, () => analysis.WithPerson(newcomer));
        Micro("RemovePerson", n, () => analysis.WithoutPerson(leaver));
        Micro("  rules check", n, () =>
        {
            var problems = new List<Problem>();
            references.Person(PersonOutline.Of(newcomer), ProblemPath.Of("person"), problems);
            return problems;
        });
        Micro("  node columns copy + newcomer", n, () => new PeopleColumns(columns.People, unit.PeopleStart, unit.PeopleEnd, -1, newcomer, columns.Competences.Existing));
        var added = new PeopleColumns(columns.People, unit.PeopleStart, unit.PeopleEnd, -1, newcomer, columns.Competences.Existing);
        var input = new NodeInput(added, 0, added.People.Length, columns.Requirements, unit.RequirementStart, unit.RequirementEnd);
        Micro("  unit's lines (floor)", n, () => kernel.Own(unit));
        Micro("  unit's lines with newcomer", n, () => kernel.Own(input));
        var before = analysis.OwnLinesAt(node);
        var after = kernel.Own(input);
        Micro("  LineChange.Between", n, () => LineChange.Between(before, after));
        var changes = LineChange.Between(before, after);
        Console.WriteLine($"  unit lines {before.Count}, changed {changes.Length}");
        for (var a = node; a >= 0; a = plan.Organisation.ParentIndex(a))
        {
            var partial = analysis.PartialAt(a);
            Micro($"  patch ancestor ({partial.Count} keys)", n, () => partial.Patch(before, after, changes));
        }
    }

    /// <summary>Where one analysis's time goes: setup (requirement counts, level sets, key layout), the kernel on one
    /// thread and on all, every node's own lines (the pass over holdings and writing the lines), and the roll-up alone
    /// (every parent's partial from its own lines and its children's partials, computed beforehand).</summary>
    private static void Split(CompetencePlan plan, PlanColumns columns, KeyLayout layout, int runs, int holdings)
    {
        var org = plan.Organisation;
        var t = NationalWorkload.AsOf;
        var options = GapOptions.Default;
        NodeInput Input(int v) => new(columns.People, columns.PeopleStart[v], columns.PeopleStart[v + 1], columns.Requirements, columns.RequirementStart[v], columns.RequirementStart[v + 1]);
        Time("split: Create, 1 thread", runs, holdings, () => GapAnalysis.Create(plan, t, options, GapLevelSets.Empty, parallel: false));
        Time("split: kernel (ComputeAll), 1 thread", runs, holdings, () => GapKernel.ComputeAll(columns, Input, layout, t, options, parallel: false));
        Time("split: kernel (ComputeAll), parallel", runs, holdings, () => GapKernel.ComputeAll(columns, Input, layout, t, options, parallel: true));
        var own = new NodeLines[org.Nodes.Length];
        Time("split: own lines (pass + writing), 1 thread", runs, holdings, () =>
        {
            var k = new GapKernel(layout, columns.Competences.Count, t, options, new LineArena());
            for (var v = 0; v < own.Length; v++)
            {
                own[v] = k.Own(Input(v));
            }

            return own;
        });
        Time("split: roll-up alone, 1 thread", runs, holdings, () =>
        {
            var k = new GapKernel(layout, columns.Competences.Count, t, options, new LineArena());
            var partials = new GapPartial[own.Length];
            for (var p = columns.Preorder.Length - 1; p >= 0; p--)
            {
                var v = columns.Preorder[p];
                var children = org.ChildIndexes(v);
                partials[v] = k.Rollup(own[v], children.Length, i => partials[children[i]]);
            }

            return partials;
        });
        long HoldingsOf(int top)
        {
            long n = 0;
            for (var p = columns.PreorderPosition[top]; p < columns.SubtreeEnd[top]; p++)
            {
                var v = columns.Preorder[p];
                n += columns.People.HoldingStart[columns.PeopleStart[v + 1]] - columns.People.HoldingStart[columns.PeopleStart[v]];
            }

            return n;
        }

        var largest = org.ChildIndexes(columns.Preorder[0]).Max(HoldingsOf);
        Console.WriteLine($"split: the largest sub-tree of the root holds {largest * 100.0 / holdings:F1} % of the holdings");
    }

    private static void Time(string name, int runs, int holdings, Func<object> run)
    {
        var walls = new double[runs];
        var cpus = new double[runs];
        var threadCpus = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var pause = GC.GetTotalPauseDuration();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var threadCpu = ThreadCpuMilliseconds();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(run());
            var elapsed = watch.Elapsed;
            threadCpus[i] = ThreadCpuMilliseconds() - threadCpu;
            var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            walls[i] = elapsed.TotalMilliseconds;
            cpus[i] = cpuTime.TotalMilliseconds;
            Console.WriteLine(
                $"{name}: {elapsed.TotalMilliseconds:F1} ms ({elapsed.TotalMilliseconds * 1e6 / holdings:F0} ns a holding), CPU {cpuTime.TotalMilliseconds:F0} ms ({cpuTime.TotalMilliseconds * 1e6 / holdings:F0} ns a holding), GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F1} ms, "
                + $"gen0 {GC.CollectionCount(0) - g0} gen1 {GC.CollectionCount(1) - g1} gen2 {GC.CollectionCount(2) - g2}, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F1} MB");
        }

        // Under load the minimum says most about the code: every slower run waited for the other engineers' work.
        Array.Sort(walls);
        Array.Sort(cpus);
        Array.Sort(threadCpus);
        Console.WriteLine($"= {name}: wall min {walls[0]:F1} ms, median {walls[runs / 2]:F1} ms; CPU min {cpus[0]:F0} ms, median {cpus[runs / 2]:F0} ms; this thread's CPU min {threadCpus[0]:F2} ms, median {threadCpus[runs / 2]:F2} ms");
    }

    // The calling thread's CPU time in nanoseconds (Linux): unlike the process's, it is exact to the microsecond and
    // leaves out the runtime's background threads, so a one-thread phase can be timed while other processes load the machine.
    private static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        _ = clock_gettime(3, out var ts); // CLOCK_THREAD_CPUTIME_ID
        return (ts.Seconds * 1e9 + ts.Nanoseconds) / 1e6;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static void Micro(string name, int n, Func<object> run)
    {
        for (var i = 0; i < 200; i++)
        {
            GC.KeepAlive(run());
        }

        var times = new double[n];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        for (var i = 0; i < n; i++)
        {
            var t = Stopwatch.GetTimestamp();
            GC.KeepAlive(run());
            times[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        }

        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)n;
        var gcPerOp = (GC.GetTotalPauseDuration() - pause).TotalMicroseconds / n;
        var collections = GC.CollectionCount(0) - gen0;
        Array.Sort(times);
        Console.WriteLine($"{name}: median {times[n / 2]:F1} µs, p10 {times[n / 10]:F1} µs, mean {times.Average():F1} µs, {bytes / 1024:F1} KB, {collections} collections, GC pause {gcPerOp:F1} µs an operation");
    }
}
