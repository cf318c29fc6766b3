using System.Reflection;
using System.Text.RegularExpressions;

using ReKs.Competence.Model;

namespace ReKs.Competence.Cli.Tests;

/// <summary>One word, one translation: a term means the same in the terminal, in Markdown and in the report (issue 13:
/// "'Enhet' is 'Unit' in one place and 'Node' in another; Amount is 'Mengde' in the report and 'Krav' in the terminal").</summary>
public partial class TermCatalogueTests
{
    [Fact]
    public void Terms_EveryEntry_HasBothLanguages()
    {
        foreach (var term in Catalogue())
        {
            Assert.False(string.IsNullOrWhiteSpace(term.Nb), term.En);
            Assert.False(string.IsNullOrWhiteSpace(term.En), term.Nb);
        }
    }

    [Fact]
    public void Terms_TheCatalogueAndEveryInlinePair_GiveOneWordOneTranslation()
    {
        // Every short pair the tool writes (a header, a legend, a status: up to three words), from the catalogue and
        // from the l.T("nb", "en") calls in the tool's source.
        var pairs = Catalogue().Select(t => (t.Nb, t.En, Where: "Terms")).ToList();
        foreach (var file in new[] { "ReKs.Competence.Cli", "ReKs.Competence.Reporting" }.SelectMany(p => Directory.EnumerateFiles(Path.Combine(CliRunner.Root, "src", p), "*.cs", SearchOption.AllDirectories)))
        {
            foreach (Match m in InlinePair().Matches(File.ReadAllText(file)))
            {
                pairs.Add((m.Groups[1].Value, m.Groups[2].Value, Path.GetFileName(file)));
            }
        }

        var short_ = pairs.Where(p => p.Nb.Split(' ').Length <= 3 && p.En.Split(' ').Length <= 3).ToList();
        var conflicts = short_.GroupBy(p => p.Nb, StringComparer.Ordinal).Where(g => g.Select(p => p.En).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"nb '{g.Key}': {string.Join(", ", g.Select(p => $"'{p.En}' ({p.Where})").Distinct(StringComparer.Ordinal))}")
            .Concat(short_.GroupBy(p => p.En, StringComparer.Ordinal).Where(g => g.Select(p => p.Nb).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"en '{g.Key}': {string.Join(", ", g.Select(p => $"'{p.Nb}' ({p.Where})").Distinct(StringComparer.Ordinal))}"))
            .ToList();

        Assert.True(conflicts.Count == 0, string.Join("\n", conflicts));
    }

    [Theory]
    [InlineData("nb", "-2,52", "-0,94", "-2,52 til -0,94")]
    [InlineData("en", "-2.52", "-0.94", "-2.52 to -0.94")]
    public void Interval_Ends_AreJoinedInWords(string lang, string from, string to, string expected) =>
        Assert.Equal(expected, (lang == "en" ? Language.English : Language.Norwegian).Interval(from, to));

    [Theory]
    [InlineData(4000, "nb", "0,4")]
    [InlineData(4000, "en", "0.4")]
    [InlineData(261000, "nb", "26,1")]
    [InlineData(0, "nb", "0,0")]
    [InlineData(400, "nb", "<0,1")]
    [InlineData(500, "en", "0.1")]
    public void PersonYears_Share_HasOneDecimalAndNeverHidesASmallNeed(long hundredths, string lang, string expected) =>
        Assert.Equal(expected, (lang == "en" ? Language.English : Language.Norwegian).PersonYears(Model.PositionShare.FromHundredths(hundredths)));

    private static IEnumerable<Term> Catalogue() =>
        typeof(Terms).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Term)).Select(f => (Term)f.GetValue(null)!);

    [GeneratedRegex("""\bT\("([^"{}]{1,40})", "([^"{}]{1,40})"\)""")]
    private static partial Regex InlinePair();
}
