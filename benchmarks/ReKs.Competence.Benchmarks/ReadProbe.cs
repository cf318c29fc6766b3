using System.Diagnostics;
using ReKs.Competence.Documents;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// The plan read from its document, in memory (not time: times come from BenchmarkDotNet): bytes a holding of the plan
/// the reader builds, against the generated plan's. Run:
/// <c>dotnet run -c Release --project benchmarks/ReKs.Competence.Benchmarks -- readprobe 4</c> (1/4 of the nation); then the
/// same document streamed from a file, and what building the columns from that plan costs against its first analysis.
/// </summary>
internal static class ReadProbe
{
    public static void Run(int divisor)
    {
        static long Heap() => GC.GetTotalMemory(forceFullCollection: true);
        var start = Heap();
        var generated = NationalWorkload.Create(divisor);
        var generatedBytes = Heap() - start;
        var holdings = generated.People.Sum(p => (long)p.Holdings.Length);
        byte[]? document = PlanDocument.Write(generated);
        generated = null;
        var before = Heap();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        ReKs.Competence.Model.CompetencePlan? plan = PlanDocument.ReadBytes(document, new ReadOptions(maxBytes: long.MaxValue)).GetValueOrThrow();
        var elapsed = watch.Elapsed;
        var readAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var planBytes = Heap() - before;
        Console.WriteLine($"1/{divisor}: document {document.Length / 1e6:F1} MB, {plan.People.Length} people, {holdings} holdings");
        Console.WriteLine($"generated plan {generatedBytes / 1e6:F0} MB = {generatedBytes / (double)holdings:F0} B a holding; read from the document {planBytes / 1e6:F0} MB = {planBytes / (double)holdings:F0} B a holding");
        Console.WriteLine($"one read: {elapsed.TotalSeconds:F2} s (not a benchmark), {readAllocated / 1e6:F0} MB allocated");
        GC.KeepAlive(plan);

        // The same document from a file, streamed: what one read allocates, and the plan it keeps.
        var file = Path.Combine(Path.GetTempPath(), $"reks-readprobe-{Environment.ProcessId}.json");
        File.WriteAllBytes(file, document);
        document = null;
        plan = null;
        try
        {
            before = Heap();
            allocated = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            using (var stream = File.OpenRead(file))
            {
                plan = PlanDocument.Read(stream, new ReadOptions(maxBytes: long.MaxValue)).GetValueOrThrow();
            }

            elapsed = watch.Elapsed;
            readAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            planBytes = Heap() - before;
            Console.WriteLine($"streamed from a file: {elapsed.TotalSeconds:F2} s (not a benchmark), {readAllocated / 1e6:F0} MB allocated, the plan {planBytes / 1e6:F0} MB = {planBytes / (double)holdings:F0} B a holding");

            // What building the columns from the reader could save at most: their build from the read plan, against the
            // first analysis, which builds them.
            watch.Restart();
            var columns = Gaps.PlanColumns.Of(plan);
            var indexed = watch.Elapsed;
            watch.Restart();
            var analysis = Gaps.GapAnalyzer.Analyse(plan, NationalWorkload.AsOf);
            Console.WriteLine($"then the columns {indexed.TotalSeconds:F2} s and the first Analyse without them {watch.Elapsed.TotalSeconds:F2} s (one run each, not a benchmark)");
            GC.KeepAlive(columns);
            GC.KeepAlive(analysis);
            GC.KeepAlive(plan);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
