using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Benchmarks;

/// <summary>
/// <see cref="PlanDocument.ReadBytes"/> on the national workload's plan document at 1/64, 1/16, 1/4 (and the nation when
/// REKS_SIZES asks for it), against a bare <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of
/// the same bytes (the floor) and the full pipeline alone (DOM, shape check, deserialization, mapping: the reader before
/// the direct path), which every document with a problem still takes. Both readers are checked to give the same plan
/// before timing. <see cref="ReadStream"/> is <see cref="PlanDocument.Read(Stream, ReadOptions?)"/> from a file of the
/// same document (written in the setup): streamed through a buffer, so it should allocate about what
/// <see cref="Read"/> does, not the document's size as well.
/// </summary>
[MemoryDiagnoser]
public class NationalDocumentBenchmarks
{
    private static readonly ReadOptions Unlimited = new(maxBytes: long.MaxValue);

    private byte[] _document = [];

    private string _file = "";

    /// <summary>The fractions measured: 1/64, 1/16 and 1/4, or those the environment variable REKS_SIZES lists (e.g. "16,1").</summary>
    public static IEnumerable<int> Divisors =>
        Environment.GetEnvironmentVariable("REKS_SIZES") is { Length: > 0 } ? NationalGapBenchmarks.Divisors : [64, 16, 4];

    /// <summary>The fraction of the nation: 1/Divisor.</summary>
    [ParamsSource(nameof(Divisors))]
    public int Divisor { get; set; }

    /// <summary>Writes the plan document and checks that the direct path and the full pipeline read the same plan.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = PlanDocument.Write(NationalWorkload.Create(Divisor));
        var direct = PlanDocument.ReadBytes(_document, Unlimited).GetValueOrThrow();
        var full = FullPipeline() ?? throw new InvalidOperationException("the full pipeline refused the document");
        if (!PlanDocument.Write(direct).AsSpan().SequenceEqual(PlanDocument.Write(full)) || !PlanDocument.Write(direct).AsSpan().SequenceEqual(_document))
        {
            throw new InvalidOperationException("the direct path and the full pipeline read different plans");
        }

        _file = Path.Combine(Path.GetTempPath(), $"reks-national-{Divisor}-{Environment.ProcessId}.json");
        File.WriteAllBytes(_file, _document);
        if (ReadStream() is not { } streamed || !PlanDocument.Write(streamed).AsSpan().SequenceEqual(_document))
        {
            throw new InvalidOperationException("the streamed read gave another plan");
        }

        Console.WriteLine($"// 1/{Divisor}: document {_document.Length} bytes, {direct.People.Sum(p => (long)p.Holdings.Length)} holdings");
    }

    /// <summary>Deletes the document's file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>The floor: a DOM of the bytes, not looked at.</summary>
    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var doc = JsonDocument.Parse(_document, new JsonDocumentOptions { MaxDepth = 32 });
        return doc.RootElement.GetProperty("people"u8).GetArrayLength();
    }

    /// <summary>The reader: the direct path, mapping, the plan's rules, the validated immutable plan.</summary>
    [Benchmark]
    public CompetencePlan? Read() => PlanDocument.ReadBytes(_document, Unlimited).Value;

    /// <summary>The reader from a file: streamed, person by person, through a buffer.</summary>
    [Benchmark]
    public CompetencePlan? ReadStream()
    {
        using var file = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return PlanDocument.Read(file, Unlimited).Value;
    }

    /// <summary>The full pipeline alone (as every document was read before the direct path).</summary>
    [Benchmark]
    public CompetencePlan? FullPipeline() =>
        DocumentReader.Read(_document, Unlimited, (root, problems) =>
            DocumentReader.Versioned(root, DocumentJsonContext.Document.PlanDocumentDto, PlanDocument.CurrentSchemaVersion, "plan document", problems) is { } dto
                ? PlanMapper.ToModel(dto, problems)
                : null).Value;
}
