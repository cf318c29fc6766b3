using System.Text;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Corpus;

/// <summary>Issue 17, "No crash on input the readers accept": each input that crashed the tool is refused with a pathed problem.</summary>
public class NoCrashTests
{
    [Fact]
    public void EvaluationData_RateOverTinyDenominatorBuiltInCode_IsRefusedAtItsPosition()
    {
        // Issue 17: a rate with denominator 1e-306 became +∞ and Effects threw; data built in code gets the reader's check.
        var rate = new Indicator(new IndicatorId("avvik"), new LocalizedText("Avvik"), new LocalizedText("per døgn"), IndicatorKind.Rate, DesiredDirection.Lower, KirkpatrickLevel.Results);
        var series = new Series(rate.Id, new NodeId("enhet"), [new Observation(MeasurementPeriod.Parse("2025-01"), 3, 1e-306)]);

        var e = Assert.Throws<ValidationException>(() => new EvaluationData([rate], [series]));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.series[0].observations[0].denominator", problem.Path);
        Assert.Contains("too large to compute with", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonStat_SizesOfBillionsInAFewHundredBytes_AreRefusedBeforeAllocating()
    {
        // Issue 17: a 517-byte file allocated 6.9 GB before anything was checked. Categories that match huge sizes cannot
        // fit in a small file, so sizes and categories disagree; the sparse values are refused by the cell limit.
        const string json = """
            {"version":"2.0","class":"dataset","id":["a","b","c"],"size":[2000,2000,100],
             "dimension":{"a":{"category":{"index":["1","2"]}},"b":{"category":{"index":["1","2"]}},"c":{"category":{"index":["1"]}}},
             "value":{"0":1}}
            """;
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = JsonStatDataset.ReadBytes(Encoding.UTF8.GetBytes(json));

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == "$.value" && p.Kind == ProblemKind.Limit);
        Assert.Contains(result.Problems, p => p.Path == "$.dimension.a.category" && p.Message.Contains("$.size[0] says 2000", StringComparison.Ordinal));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000, "the reader allocated in proportion to the sizes, not the document");
    }
}
