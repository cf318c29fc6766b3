using System.Text;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Xunit;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Corpus;
using ReKs.Competence.Tests.Fuzz;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>
/// <see cref="PlanDocument.Read(Stream, ReadOptions?)"/> streamed (issue 16, "National scale": "large documents
/// stream"): a seekable stream is read through a buffer, person by person, and read again from its start by the full
/// pipeline on a surprise. The law: for every document, every way a stream hands out its bytes and every buffer size, the
/// streamed read gives what reading the stream whole gave before (the same plan, the same problems with the same paths and
/// messages), and its direct path takes a document only when the in-memory direct path takes the same bytes.
/// </summary>
public class StreamedReadTests
{
    private static readonly JsonTypeInfo<PlanDocumentDto> DirectInfo = (JsonTypeInfo<PlanDocumentDto>)DocumentJsonContext.Direct.GetTypeInfo(typeof(PlanDocumentDto))!;

    // Ways a stream hands out its bytes: all it is asked for, one byte a call, odd sizes that fall inside tokens.
    private static readonly int[][] Chunkings = [[int.MaxValue], [1], [1, 3, 2, 7, 5, 11, 4, 13], [17, 1, 64, 2, 9]];

    // Buffer sizes: the smallest (4) and odd ones cut strings, escapes, numbers and multi-byte characters at the buffer's
    // end; the default reads the small documents in one fill.
    private static readonly int[] BufferSizes = [4, 5, 7, 13, 31, 64, PlanStreamReader.DefaultBufferSize];

    public static TheoryData<string> PlanCases() => DirectPathTests.PlanCases();

    [Theory]
    [MemberData(nameof(PlanCases))]
    public void Read_HostileCorpusCase_GivesWhatReadingTheStreamWholeGave(string name)
    {
        var file = HostileCorpusTests.Load("plan");
        var c = file["cases"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == name)!;
        var bytes = HostileCorpusTests.Bytes(file["base"]!, c);
        for (var i = 0; i < BufferSizes.Length; i++)
        {
            AssertAgrees(bytes, ReadOptions.Default, BufferSizes[i], Chunkings[i % Chunkings.Length], seekable: true);
        }

        AssertAgrees(bytes, ReadOptions.Default, PlanStreamReader.DefaultBufferSize, Chunkings[2], seekable: false);
    }

    [Property(MaxTest = 400)]
    public void Read_MutatedDocument_GivesWhatReadingTheStreamWholeGave(int seed)
    {
        var random = new Random(seed);
        var seeds = DirectPathTests.Seeds;
        var bytes = MutationFuzzTests.Mutate(random, seeds[random.Next(seeds.Length)], seeds[random.Next(seeds.Length)], new StringBuilder());
        var bufferSize = random.Next(3) == 0 ? PlanStreamReader.DefaultBufferSize : random.Next(4, 300);
        AssertAgrees(bytes, ReadOptions.Default, bufferSize, Chunkings[random.Next(Chunkings.Length)], seekable: random.Next(8) != 0);
    }

    [Property(Arbitrary = [typeof(Gaps.GapArbitraries)], MaxTest = 300)]
    public void Read_GeneratedPlanWithOneHostileValueInAPerson_GivesWhatReadingTheStreamWholeGave(Gaps.GapScenario scenario, int pick)
    {
        if (DirectPathTests.WithHostileValue(scenario, pick) is { } bytes)
        {
            AssertAgrees(bytes, ReadOptions.Default, 4 + ((pick & int.MaxValue) % 97), Chunkings[(pick & int.MaxValue) % Chunkings.Length], seekable: true);
        }

        var clean = PlanDocument.Write(scenario.Plan);
        Assert.NotNull(Streamed(clean, ReadOptions.Default, 4 + ((pick & int.MaxValue) % 61), Chunkings[1]));
        AssertAgrees(clean, ReadOptions.Default, 4 + ((pick & int.MaxValue) % 61), Chunkings[1], seekable: true);
    }

    [Fact]
    public void Read_Examples_AreStreamedAtEveryBufferSize()
    {
        // The Bodø example has Norwegian letters (two bytes each in UTF-8) in names and text: buffers of 4 to 100 bytes
        // cut the document at every kind of place.
        var bodo = DirectPathTests.Seeds[1];
        for (var size = 4; size <= 100; size++)
        {
            Assert.NotNull(Streamed(bodo, ReadOptions.Default, size, Chunkings[size % Chunkings.Length]));
            AssertAgrees(bodo, ReadOptions.Default, size, Chunkings[size % Chunkings.Length], seekable: true);
        }

        var gjovik = DirectPathTests.Seeds[0];
        Assert.NotNull(Streamed(gjovik, ReadOptions.Default, 4, Chunkings[1]));
        AssertAgrees(gjovik, ReadOptions.Default, 4, Chunkings[1], seekable: true);
        AssertAgrees(gjovik, ReadOptions.Default, PlanStreamReader.DefaultBufferSize, Chunkings[0], seekable: false);
    }

    [Fact]
    public void Read_EscapesAndMultiByteCharactersAcrossTheBuffersEnd_AreReadAsTheyAreInMemory()
    {
        // Escapes (\u00e6, \", \\, \/), two-, three- and four-byte UTF-8 (ø, €, 😀) and numbers, in the plan object's own
        // parts and in a person (an escaped id sends the person to the serializer), at every buffer size from 4 to 80.
        var text = """
            {"schemaVersion": 1, "name": {"nb": "Bod\u00f8 \"øst\" € 😀 a\\b\/c", "en": "Ærlig"},
             "organisation": [{"id": "kommune", "parent": null, "name": {"nb": "Bodø kommune 😀"}}, {"id": "hjem", "parent": "kommune", "name": {"nb": "Hjemmetjeneste\u00e6"}}],
             "competences": [{"id": "legemiddel", "name": {"nb": "Legemiddelhåndtering €"}, "components": ["knowledge", "skills"]}],
             "people": [
               {"id": "p\u0031", "node": "hjem", "positionPercent": 75.5, "holdings": [{"competence": "legemiddel", "level": 3, "basis": "formal", "used": true, "validFrom": "2025-01-01", "validUntil": "2027-12-31"}]},
               {"id": "p2", "node": "hjem", "positionPercent": 100, "holdings": [{"competence": "legemiddel", "level": null, "basis": "informal", "used": false}]},
               {"id": "p3", "node": "hjem", "positionPercent": 12.25, "aspirations": ["legemiddel"]}
             ],
             "requirements": [{"node": "hjem", "competence": "legemiddel", "minLevel": 2, "amountPercent": 150.75}]}
            """;
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.True(PlanDocument.ReadBytes(bytes).IsValid, string.Join("\n", PlanDocument.ReadBytes(bytes).Problems));
        for (var size = 4; size <= 80; size++)
        {
            Assert.NotNull(Streamed(bytes, ReadOptions.Default, size, Chunkings[size % Chunkings.Length]));
            AssertAgrees(bytes, ReadOptions.Default, size, Chunkings[size % Chunkings.Length], seekable: true);
        }
    }

    [Fact]
    public void Read_DocumentWithAProblemAfterThePeople_IsReadAgainFromWhereTheStreamStood()
    {
        // The stream stands after a prefix that is not the caller's document; the problem (a requirement's unknown node)
        // is met after every person was streamed, so the stream is rewound to where it stood, not to its start.
        var document = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(DirectPathTests.Seeds[1]).Replace("\"requirements\": [", "\"requirements\": [{\"node\": \"nowhere\", \"competence\": \"x\", \"minLevel\": 7, \"amountPercent\": 0}, ", StringComparison.Ordinal));
        var prefix = Encoding.UTF8.GetBytes("not the plan: ");
        using var stream = new ChunkedStream([.. prefix, .. document], Chunkings[2], seekable: true) { Position = prefix.Length };
        var streamed = PlanDocument.Read(stream);

        Assert.False(streamed.IsValid);
        Assert.Equal(Describe(PlanDocument.ReadBytes(document)), Describe(streamed));
        Assert.Contains(streamed.Problems, p => p.Path.ToString().StartsWith("$.requirements[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OverTheSizeLimit_GivesTheLimitProblemAsBefore()
    {
        var bytes = DirectPathTests.Seeds[1];
        var limit = new ReadOptions(maxBytes: bytes.Length - 1);
        AssertAgrees(bytes, limit, 64, Chunkings[2], seekable: true);
        AssertAgrees(bytes, limit, 64, Chunkings[2], seekable: false);
        AssertAgrees(bytes, new ReadOptions(maxBytes: bytes.Length), 64, Chunkings[2], seekable: true);

        // A stream that says it is shorter than it is (a file still being written) is held to the limit by the bytes
        // read: the streamed path gives up once it has read more, and the document is refused as before.
        using var lying = new ChunkedStream(bytes, Chunkings[0], seekable: true) { LengthShownAs = 10 };
        Assert.Null(PlanStreamReader.Direct(lying, limit, 64));
        lying.Position = 0;
        var problem = Assert.Single(PlanDocument.Read(lying, limit).Problems);
        Assert.Equal(ProblemKind.Limit, problem.Kind);
        Assert.Equal(Describe(Whole(bytes, limit)), Describe(PlanDocument.Read(new ChunkedStream(bytes, Chunkings[0], seekable: true) { LengthShownAs = 10 }, limit)));
    }

    [Fact]
    public void Read_DeeperThanTheDepthLimit_GivesTheLimitProblemAsBefore()
    {
        var bytes = DirectPathTests.Seeds[0];
        var shallow = new ReadOptions(maxDepth: 3);
        Assert.Null(Streamed(bytes, shallow, 64, Chunkings[0]));
        AssertAgrees(bytes, shallow, 64, Chunkings[2], seekable: true);
        Assert.Contains(PlanDocument.Read(new MemoryStream(bytes), shallow).Problems, p => p.Kind == ProblemKind.Limit);
    }

    [Fact]
    public void Read_NonSeekableStream_IsReadWholeAsBefore()
    {
        // Such a stream could not be read again after a surprise, so it is read whole first: its valid document gives the
        // plan, its hostile one every problem, as before.
        var bytes = DirectPathTests.Seeds[1];
        using var stream = new ChunkedStream(bytes, Chunkings[2], seekable: false);
        Assert.True(PlanDocument.Read(stream).IsValid);
        AssertAgrees(Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"name\": 3}"), ReadOptions.Default, 64, Chunkings[1], seekable: false);
    }

    /// <summary>The streamed read of <paramref name="bytes"/> gives what reading the stream whole gave (the reader before
    /// streaming, whose problems the hostile-input tests fix); and its direct path takes the document only when the
    /// in-memory direct path takes the same bytes.</summary>
    private static void AssertAgrees(byte[] bytes, ReadOptions options, int bufferSize, int[] chunks, bool seekable)
    {
        if (seekable && Streamed(bytes, options, bufferSize, chunks) is not null)
        {
            Assert.NotNull(DocumentReader.Direct(DirectInfo, bytes, options, PlanDocument.CurrentSchemaVersion));
        }

        using var stream = new ChunkedStream(bytes, chunks, seekable);
        Assert.Equal(Describe(Whole(bytes, options)), Describe(PlanStreamReader.Read(stream, options, bufferSize)));
    }

    private static PlanDocumentDto? Streamed(byte[] bytes, ReadOptions options, int bufferSize, int[] chunks)
    {
        using var stream = new ChunkedStream(bytes, chunks, seekable: true);
        return PlanStreamReader.Direct(stream, options, bufferSize);
    }

    /// <summary>The stream read whole, then as bytes: how <see cref="PlanDocument.Read(Stream, ReadOptions?)"/> read every stream before.</summary>
    private static ReadResult<ReKs.Competence.Model.CompetencePlan> Whole(byte[] bytes, ReadOptions options) =>
        DocumentReader.Read(new MemoryStream(bytes, writable: false), options, PlanDocument.ReadBytes);

    private static string Describe(ReadResult<ReKs.Competence.Model.CompetencePlan> result) =>
        string.Join("\n", result.Problems.Select(p => $"{p.Kind} {p}")) + "\n" + (result.Value is { } plan ? PlanDocument.WriteString(plan) : "no plan");

    /// <summary>A stream over bytes that hands out at most the next of <c>chunks</c> (in turn) a call, seekable or not,
    /// and may show a length other than its own.</summary>
    private sealed class ChunkedStream(byte[] bytes, int[] chunks, bool seekable) : Stream
    {
        private int _call;
        private long _position;

        public long? LengthShownAs { get; init; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? LengthShownAs ?? bytes.Length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => _position = seekable ? value : throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, chunks[_call++ % chunks.Length]), bytes.Length - _position);
            bytes.AsSpan((int)_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => bytes.Length + offset,
        };

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
