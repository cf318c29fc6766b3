using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The auditor must catch what the rule prevents: fed the cells that the earlier, unsound rules published, it finds the leaks the spec names.</summary>
public class PrivacyAuditorTests
{
    private static IReadOnlyList<string> AuditPublishing(RegionalCase c, params string[] published)
    {
        var a = RegionalFixtureAdapter.Analyse(c);
        var set = published.Select(p => (new NodeId(p), RegionalFixtureAdapter.Key)).ToHashSet();
        return PrivacyAuditor.Audit(a, set, (n, k, _) => !set.Contains((n, k)), c.MinGroupSize);
    }

    [Fact]
    public void Audit_WorkedExampleWithoutTheSubtableRuleForB_FindsTheTwoPersonGroup()
    {
        // Spec "Privacy-safe export", worked example: without the subtable rule for b (b1 published), a = r − c − b1
        // gives the 2-person group.
        var c = new RegionalCase("worked example, old rule", 3, [
            new("r", null, 0, 0), new("a", "r", 0, 0), new("b", "r", 0, 0), new("c", "r", 0, 0),
            new("a1", "a", 2, 100), new("b1", "b", 5, 100), new("c1", "c", 6, 100)]);
        var violations = AuditPublishing(c, "r", "c", "c1", "b1");
        Assert.Contains(violations, v => v.StartsWith("a ", StringComparison.Ordinal) && v.EndsWith("P_A: withheld by this count, yet determined (2 people)", StringComparison.Ordinal));
        Assert.Empty(AuditPublishing(c, "r", "c", "c1"));
    }

    [Fact]
    public void Audit_ChainWithPublishedEnds_FindsTheSumOfTwoPeople()
    {
        // Fixture "flaw 1 of an earlier rule": chain r → a → a1 with own people 1, 1, 3 (k = 3); publishing r and a1
        // leaves r − a1 = 2 people recoverable as a sum, though no single cell is.
        var c = new RegionalCase("flaw 1", 3, [new("r", null, 1, 100), new("a", "r", 1, 100), new("a1", "a", 3, 100)]);
        var violations = AuditPublishing(c, "r", "a1");
        Assert.Contains(violations, v => v.StartsWith("r ", StringComparison.Ordinal) && v.Contains("P_A: published node minus its nearest published descendants leaves 2 people", StringComparison.Ordinal));
        Assert.Empty(AuditPublishing(c, "r"));
    }

    [Fact]
    public void Audit_AmountsSplitTheCounts_PAloneIsNotEnough()
    {
        // Fixture "why P_A alone is not enough": r has 1 own person on a line without amount, a has 3 people and A = 500.
        // Publishing r reveals r's own person through the P_0 count (r − a = 1 person on the A = 0 line).
        var c = new RegionalCase("P_A alone", 3, [new("r", null, 1, 0), new("a", "r", 3, 500)]);
        Assert.Contains(AuditPublishing(c, "r", "a"), v => v.StartsWith("r ", StringComparison.Ordinal) && v.Contains("P_0: published node minus", StringComparison.Ordinal));
        var a = RegionalFixtureAdapter.Analyse(c);
        Assert.Empty(PrivacyAuditor.Audit(a, [RegionalExport.Create(a, new NodeId("r"))], 3));
    }

    [Property]
    public Property Rational_DivisionUndoesMultiplication(long a, long b, long c)
    {
        var x = new Rational(a, b == 0 ? 1 : b);
        var y = new Rational(c == 0 ? 1 : c, 7);
        return (x * y / y == x && x + y - y == x && (x - x).IsZero).ToProperty();
    }
}
