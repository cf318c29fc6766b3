using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Serialization;
using ReKs.Competence.Workloads;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The gap engine's columns collected by the plan document's reader (issue 16, "National scale": "The document reader
/// maps straight from the UTF-8 reader into the columns where it can"): a plan read on the direct path, from bytes or
/// streamed, comes with the columns <see cref="PlanColumns.Of"/> finds, and they are, field by field, the columns built
/// from the plan's objects; its analysis is the analysis of the same plan built in code. Whenever a person is not read
/// straight into the model, nothing is attached and the columns are built from the plan when first asked, as for any plan.
/// </summary>
public class ReaderColumnsTests
{
    [Property(Arbitrary = [typeof(GapArbitraries)], MaxTest = 200)]
    public Property ReadPlan_ComesWithTheColumnsBuiltFromItsObjects(GapScenario s, int pick)
    {
        // People shuffled, so that the document's order is not the nodes' (the columns sort them by node).
        var random = new Random(pick);
        var plan = s.Plan.WithPeople(s.Plan.People.OrderBy(_ => random.Next()));
        var bytes = PlanDocument.Write(plan);
        var fromBytes = PlanDocument.ReadBytes(bytes).GetValueOrThrow();
        var streamed = Streamed(bytes, 4 + ((pick & int.MaxValue) % 300));
        foreach (var read in new[] { fromBytes, streamed })
        {
            Assert.True(PlanColumns.Of(read).FromReader);
            AssertSameColumns(PlanColumns.Build(read), PlanColumns.Of(read));
            AssertSameAnalysis(GapAnalyzer.Analyse(plan, s.AsOf, s.Options), GapAnalyzer.Analyse(read, s.AsOf, s.Options));
        }

        return true.ToProperty();
    }

    [Fact]
    public void ReadNationalWorkload_ComesWithTheColumnsBuiltFromItsObjects()
    {
        var plan = NationalWorkload.Create(64, peopleScale: 8);
        var bytes = PlanDocument.Write(plan);
        foreach (var read in new[] { PlanDocument.ReadBytes(bytes, new ReadOptions(maxBytes: long.MaxValue)).GetValueOrThrow(), Streamed(bytes, PlanStreamReader.DefaultBufferSize), Streamed(bytes, 1000) })
        {
            Assert.True(PlanColumns.Of(read).FromReader);
            AssertSameColumns(PlanColumns.Build(read), PlanColumns.Of(read));
            AssertSameAnalysis(GapAnalyzer.Analyse(plan, NationalWorkload.AsOf), GapAnalyzer.Analyse(read, NationalWorkload.AsOf));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void ReadExample_HasTheColumnsBuiltFromItsObjects(int example)
    {
        // The bundled examples (DirectPathTests.Seeds: Gjøvik region, Bodø): every person is in the common form.
        var bytes = DirectPathTests.Seeds[example];
        var plan = PlanDocument.ReadBytes(bytes).GetValueOrThrow();
        var asOf = new LocalDate(2026, 3, 1);
        foreach (var read in new[] { PlanDocument.ReadBytes(bytes).GetValueOrThrow(), Streamed(bytes, 7), Streamed(bytes, PlanStreamReader.DefaultBufferSize) })
        {
            Assert.True(PlanColumns.Of(read).FromReader);
            AssertSameColumns(PlanColumns.Build(read), PlanColumns.Of(read));
            AssertSameAnalysis(GapAnalyzer.Analyse(plan, asOf), GapAnalyzer.Analyse(read, asOf));
        }
    }

    [Fact]
    public void ReadPlan_WithAPersonTheSerializerReads_AttachesNothing()
    {
        // An escaped character in a person's node sends that person to the serializer: the columns are then built from
        // the plan's objects, when first asked.
        var plan = NationalWorkload.Create(64, peopleScale: 8);
        var text = PlanDocument.WriteString(plan);
        var node = plan.People[^1].Node.Value;
        var at = text.IndexOf($"\"node\": \"{node}\"", text.IndexOf($"\"id\": \"{plan.People[^1].Id}\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at > 0 && at < text.IndexOf("\"requirements\"", StringComparison.Ordinal));
        var escaped = $"\"node\": \"\\u{(int)node[0]:x4}{node[1..]}\"";
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), escaped, text.AsSpan(at + $"\"node\": \"{node}\"".Length)));
        foreach (var read in new[] { PlanDocument.ReadBytes(bytes).GetValueOrThrow(), Streamed(bytes, 64) })
        {
            Assert.Equal(plan, read);
            Assert.False(PlanColumns.Of(read).FromReader);
            AssertSameColumns(PlanColumns.Build(read), PlanColumns.Of(read));
        }
    }

    [Fact]
    public void ReadPlan_WithoutCollectingColumns_AttachesNothing()
    {
        // The benchmarks' "before": the reader as it was, the columns built when first asked.
        var bytes = PlanDocument.Write(NationalWorkload.Create(64, peopleScale: 8));
        var options = new ReadOptions(maxBytes: long.MaxValue) { CollectColumns = false };
        using var stream = new MemoryStream(bytes, writable: false);
        foreach (var read in new[] { PlanDocument.ReadBytes(bytes, options).GetValueOrThrow(), PlanDocument.Read(stream, options).GetValueOrThrow() })
        {
            Assert.False(PlanColumns.Of(read).FromReader);
        }
    }

    [Fact]
    public void PlanBuiltInCode_GetsItsColumnsFromItsObjects()
    {
        var plan = NationalWorkload.Create(64, peopleScale: 8);
        Assert.False(PlanColumns.Of(plan).FromReader);
    }

    private static CompetencePlan Streamed(byte[] bytes, int bufferSize)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PlanStreamReader.Read(stream, new ReadOptions(maxBytes: long.MaxValue), bufferSize).GetValueOrThrow();
    }

    private static void AssertSameAnalysis(GapAnalysis expected, GapAnalysis actual)
    {
        // As sequences: ImmutableArray's own equality is the identity of its array.
        Assert.Equal(expected.Lines.AsEnumerable(), actual.Lines.AsEnumerable());
        Assert.Equal(
            expected.Unrequired().Select(u => (u.Node, u.Competence, string.Join(",", u.Holders), u.Share)),
            actual.Unrequired().Select(u => (u.Node, u.Competence, string.Join(",", u.Holders), u.Share)));
    }

    /// <summary>Every property of the columns, by reflection (a column added later is compared too): arrays element by
    /// element (people by reference), nested columns property by property, the interned competences one by one.</summary>
    internal static void AssertSameColumns(object expected, object actual, string path = "columns")
    {
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name == nameof(PlanColumns.FromReader) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var at = $"{path}.{property.Name}";
            var e = property.GetValue(expected);
            var a = property.GetValue(actual);
            switch (e)
            {
                case Person[] people:
                    var others = Assert.IsType<Person[]>(a);
                    Assert.True(people.Length == others.Length && people.Zip(others).All(p => ReferenceEquals(p.First, p.Second)), at);
                    break;
                case Requirement[] requirements:
                    Assert.True(requirements.SequenceEqual(Assert.IsType<Requirement[]>(a)), at);
                    break;
                case Array array:
                    Assert.True(StructuralComparisons.StructuralEqualityComparer.Equals(array, a), at);
                    break;
                case PeopleColumns or RequirementColumns:
                    AssertSameColumns(e, a!, at);
                    break;
                case CompetenceInterner interner:
                    var other = Assert.IsType<CompetenceInterner>(a);
                    Assert.Equal(interner.Count, other.Count);
                    Assert.True(Enumerable.Range(0, interner.Count).All(i => interner[i] == other[i]), at);
                    break;
                case ImmutableHashSet<CompetenceId> ids:
                    Assert.True(ids.SetEquals(Assert.IsType<ImmutableHashSet<CompetenceId>>(a)), at);
                    break;
                case ImmutableHashSet<GoalId> goals:
                    Assert.True(goals.SetEquals(Assert.IsType<ImmutableHashSet<GoalId>>(a)), at);
                    break;
                case Organisation organisation:
                    Assert.Same(organisation, a);
                    break;
                case long or int or bool:
                    Assert.Equal(e, a);
                    break;
                default:
                    Assert.Fail($"{at}: a property of type {property.PropertyType} the comparison does not know");
                    break;
            }
        }
    }
}
