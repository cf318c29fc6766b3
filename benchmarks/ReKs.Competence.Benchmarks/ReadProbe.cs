using System.Diagnostics;
using ReKs.Competence.Documents;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// The plan read from its document, in memory (not time: times come from BenchmarkDotNet): bytes a holding of the plan
/// the reader builds, against the generated plan's. Run:
/// <c>dotnet run -c Release --project benchmarks/ReKs.Competence.Benchmarks -- readprobe 4</c> (1/4 of the nation).
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
        var document = PlanDocument.Write(generated);
        generated = null;
        var before = Heap();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var plan = PlanDocument.ReadBytes(document, new ReadOptions(maxBytes: long.MaxValue)).GetValueOrThrow();
        var elapsed = watch.Elapsed;
        var readAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var planBytes = Heap() - before;
        Console.WriteLine($"1/{divisor}: document {document.Length / 1e6:F1} MB, {plan.People.Length} people, {holdings} holdings");
        Console.WriteLine($"generated plan {generatedBytes / 1e6:F0} MB = {generatedBytes / (double)holdings:F0} B a holding; read from the document {planBytes / 1e6:F0} MB = {planBytes / (double)holdings:F0} B a holding");
        Console.WriteLine($"one read: {elapsed.TotalSeconds:F2} s (not a benchmark), {readAllocated / 1e6:F0} MB allocated");
        GC.KeepAlive(plan);
        GC.KeepAlive(document);
    }
}
