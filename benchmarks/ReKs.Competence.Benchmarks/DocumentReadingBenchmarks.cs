using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Benchmarks;

/// <summary>Reading the plan document: the full reader (shape check, every problem, validated model) against a bare parse.</summary>
[MemoryDiagnoser]
public class DocumentReadingBenchmarks
{
    private byte[] _document = [];

    /// <summary>The bundled Gjøvik-region example (310 people), repeated to the given number of copies of its people.</summary>
    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "gjovik-region.json"))).GetValueOrThrow();
        var people = Enumerable.Range(0, Copies).SelectMany(copy => plan.People.Select(p => new Person(
            new PersonId($"{p.Id}-{copy}"), p.Node, p.Share, p.Holdings, p.Aspirations, p.Starts, p.Leaves, p.PositionType, p.Education, p.Evidence)));
        _document = PlanDocument.Write(plan.WithPeople(people));
    }

    /// <summary>The floor: parsing the JSON into a DOM without looking at it.</summary>
    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var doc = JsonDocument.Parse(_document);
        return doc.RootElement.GetProperty("people").GetArrayLength();
    }

    /// <summary>The reader: parse, shape check, map, validate, build the immutable plan.</summary>
    [Benchmark]
    public CompetencePlan? Read() => PlanDocument.ReadBytes(_document).Value;

    /// <summary>Writing the plan back (deterministic bytes).</summary>
    [Benchmark]
    public int Write() => PlanDocument.Write(PlanDocument.ReadBytes(_document).Value!).Length;
}
