using System.Diagnostics;
using ReKs.Competence.Gaps;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// Sizes the national workload and measures memory (not time: times come from BenchmarkDotNet): the plan's objects and
/// the columnar index per holding, and the retained size of an analysis against what it allocates.
/// Run: <c>dotnet run -c Release --project benchmarks/ReKs.Competence.Benchmarks -- probe 4</c> (1/4 of the nation).
/// </summary>
internal static class Probe
{
    public static void Run(int divisor)
    {
        long Heap() => GC.GetTotalMemory(forceFullCollection: true);
        var start = Heap();
        var watch = Stopwatch.StartNew();
        var plan = NationalWorkload.Create(divisor);
        var planBytes = Heap() - start;
        var generated = watch.Elapsed;
        var holdings = plan.People.Sum(p => (long)p.Holdings.Length);
        watch.Restart();
        var columns = PlanColumns.Of(plan);
        var indexed = watch.Elapsed;
        var columnBytes = Heap() - start - planBytes;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var before = Heap();
        watch.Restart();
        var analysis = GapAnalyzer.Analyse(plan, NationalWorkload.AsOf);
        var analysed = watch.Elapsed;
        var allocatedByAnalyse = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var resultBytes = Heap() - before;
        var lines = analysis.Organisation.Nodes.Sum(n => analysis.LinesOf(n.Id).Count());
        Console.WriteLine($"1/{divisor}: {plan.Organisation.Nodes.Length} nodes, {plan.People.Length} people, {holdings} holdings, {plan.Requirements.Length} requirements, {lines} lines, {analysis.PartialOf(plan.Organisation.Root.Id).Count} keys");
        Console.WriteLine($"generate {generated.TotalSeconds:F1} s; columns {indexed.TotalSeconds:F2} s; first Analyse {analysed.TotalSeconds:F2} s (one run, not a benchmark)");
        Console.WriteLine($"plan objects {planBytes / 1e6:F0} MB = {planBytes / (double)holdings:F0} B a holding; columns {columnBytes / 1e6:F0} MB = {columnBytes / (double)holdings:F1} B a holding (payload {columns.Bytes / 1e6:F0} MB); together {(planBytes + columnBytes) / (double)holdings:F0} B a holding");
        Console.WriteLine($"Analyse allocated {allocatedByAnalyse / 1e6:F0} MB; the result retains {resultBytes / 1e6:F0} MB before any line object is made; ratio {allocatedByAnalyse / (double)resultBytes:F2}");
        var floor = new ColumnarFloor(plan, NationalWorkload.AsOf, GapOptions.Default);
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            GC.KeepAlive(GapAnalyzer.Analyse(plan, NationalWorkload.AsOf));
            var again = watch.Elapsed;
            watch.Restart();
            GC.KeepAlive(floor.Run());
            Console.WriteLine($"again: Analyse {again.TotalSeconds:F2} s, floor {watch.Elapsed.TotalSeconds:F2} s (one run each, not a benchmark)");
        }

        GC.KeepAlive(analysis);
        GC.KeepAlive(columns);
    }
}
