using System.Diagnostics;
using ReKs.Competence.Documents;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// The plan read from its document, in memory (not time: times come from BenchmarkDotNet): bytes a holding of the plan
/// the reader builds, against the generated plan's. Run:
/// <c>dotnet run -c Release --project benchmarks/ReKs.Competence.Benchmarks -- readprobe 4</c> (1/4 of the nation); then the
/// same document streamed from a file, with the gap analysis's columns collected by the reader and without (then where
/// building them from the plan's objects goes, and what that costs against the first analysis).
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
            // Twice: with the people's columns collected by the reader (attached to the plan, so the plan's memory counts
            // them), and without (the reader before), where the first analysis builds them from the plan's objects.
            foreach (var collect in new[] { true, false })
            {
                plan = null;
                before = Heap();
                allocated = GC.GetTotalAllocatedBytes(precise: true);
                watch.Restart();
                using (var stream = File.OpenRead(file))
                {
                    plan = PlanDocument.Read(stream, new ReadOptions(maxBytes: long.MaxValue) { CollectColumns = collect }).GetValueOrThrow();
                }

                elapsed = watch.Elapsed;
                readAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                planBytes = Heap() - before;
                var what = collect ? "with the reader's columns" : "without columns (before)";
                Console.WriteLine($"streamed from a file, {what}: {elapsed.TotalSeconds:F2} s (not a benchmark), {readAllocated / 1e6:F0} MB allocated, the plan {planBytes / 1e6:F0} MB = {planBytes / (double)holdings:F0} B a holding");
                if (!collect)
                {
                    // Where building the columns from the plan's objects goes.
                    Split(plan);
                    Split(plan);
                }

                watch.Restart();
                var columns = Gaps.PlanColumns.Of(plan);
                var indexed = watch.Elapsed;
                watch.Restart();
                var analysis = Gaps.GapAnalyzer.Analyse(plan, NationalWorkload.AsOf);
                Console.WriteLine($"then PlanColumns.Of {indexed.TotalSeconds:F2} s (attached by the reader: {columns.FromReader}) and the first Analyse {watch.Elapsed.TotalSeconds:F2} s (one run each, not a benchmark)");
                GC.KeepAlive(analysis);
                GC.KeepAlive(plan);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Prints where building the columns of a plan goes, by the steps of <see cref="Gaps.PlanColumns"/>'s
    /// constructor done one by one (one run, proportions only).</summary>
    private static void Split(ReKs.Competence.Model.CompetencePlan plan)
    {
        var watch = Stopwatch.StartNew();
        var interner = new Gaps.CompetenceInterner();
        foreach (var c in plan.Competences)
        {
            interner.Intern(c.Id);
        }

        var intern = watch.Elapsed;
        watch.Restart();
        var organisation = plan.Organisation;
        var personNode = new int[plan.People.Length];
        for (var i = 0; i < personNode.Length; i++)
        {
            personNode[i] = organisation.IndexOf(plan.People[i].Node);
        }

        var nodeOf = watch.Elapsed;
        watch.Restart();
        var start = new int[organisation.Nodes.Length + 1];
        foreach (var k in personNode)
        {
            start[k + 1]++;
        }

        for (var b = 0; b + 1 < start.Length; b++)
        {
            start[b + 1] += start[b];
        }

        var order = new int[personNode.Length];
        for (var i = 0; i < personNode.Length; i++)
        {
            order[start[personNode[i]]++] = i;
        }

        ReKs.Competence.Model.Person[] people = [.. order.Select(i => plan.People[i])];
        var sort = watch.Elapsed;
        watch.Restart();
        var columns = new Gaps.PeopleColumns(people, interner.Intern);
        var peopleColumns = watch.Elapsed;
        watch.Restart();
        var requirements = new Gaps.RequirementColumns([.. plan.Requirements], interner.Intern);
        var requirementColumns = watch.Elapsed;
        watch.Restart();
        long walk = 0;
        foreach (var p in people)
        {
            foreach (var h in p.Holdings)
            {
                walk += (h.Level?.Value ?? 0) + (h.Used ? 1 : 0) + Gaps.DayNumber.Of(h.ValidFrom, Gaps.DayNumber.Never) + Gaps.DayNumber.Of(h.ValidUntil, Gaps.DayNumber.Forever);
            }
        }

        var walked = watch.Elapsed;
        watch.Restart();
        foreach (var p in people)
        {
            foreach (var h in p.Holdings)
            {
                walk += interner.Find(h.Competence);
            }
        }

        var looked = watch.Elapsed;
        Console.WriteLine($"of the people's columns: walking the holdings' values {walked.TotalMilliseconds:F1} ms, looking up their competences {looked.TotalMilliseconds:F1} ms ({walk})");
        Console.WriteLine($"columns by step: competences {intern.TotalMilliseconds:F1} ms, node of each person {nodeOf.TotalMilliseconds:F1} ms, order by node {sort.TotalMilliseconds:F1} ms, people's columns (holdings, competence of each looked up) {peopleColumns.TotalMilliseconds:F1} ms, requirements' columns {requirementColumns.TotalMilliseconds:F1} ms");
        GC.KeepAlive(columns);
        GC.KeepAlive(requirements);
    }
}
