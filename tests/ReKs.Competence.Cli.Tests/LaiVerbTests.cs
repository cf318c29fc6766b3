namespace ReKs.Competence.Cli.Tests;

/// <summary>The rest of Lai in <c>validate</c> and <c>inventory</c>: evidence disagreements as notes, level labels, staffing.</summary>
public class LaiVerbTests
{
    // Issue "The plan closes the loop": documented level 2 with self-declared level 4; the documented level counts.
    private const string Plan = """
        {"schemaVersion": 1, "name": {"nb": "Liten plan", "en": "Small plan"},
         "organisation": [{"id": "k", "parent": null, "kind": "municipality"}, {"id": "hjemme", "parent": "k"}],
         "competences": [{"id": "demens", "name": {"nb": "Demensomsorg", "en": "Dementia care"}, "components": ["knowledge", "attitudes"]}],
         "goals": [{"id": "g1", "name": {"nb": "Mål 1"}, "resources": [{"kind": "network", "name": {"nb": "Læringsnettverk (USHT)", "en": "Learning network (USHT)"}}]}],
         "people": [{"id": "p1", "node": "hjemme", "positionPercent": 100, "positionType": "nurse", "education": "higher",
           "evidence": [{"competence": "demens", "level": 2, "kind": "course", "source": "documented", "recorded": "2024-05-01"},
                        {"competence": "demens", "level": 4, "kind": "assessment", "source": "selfDeclared", "recorded": "2025-03-01"}]}],
         "requirements": [{"node": "hjemme", "competence": "demens", "minLevel": 3, "amountPercent": 100, "goals": ["g1"]}],
         "staffing": [{"node": "k", "positionType": "nurse", "amountPercent": 250, "education": "higher"}]}
        """;

    private static string Write()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lai-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Plan);
        return file;
    }

    [Fact]
    public void Validate_SourcesDisagree_IsANoteWithExitZero()
    {
        var (exit, output, error) = CliRunner.Run("validate", Write(), "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Contains("valid plan", output, StringComparison.Ordinal);
        Assert.Contains("Note: the sources disagree", output, StringComparison.Ordinal);
        Assert.Contains("p1, Dementia care: documented 2 Independent (counts), self-declared 4 Expert", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_ShowsGridStaffingResourcesAndDisagreements()
    {
        var (exit, output, error) = CliRunner.Run("inventory", Write(), "--lang", "nb", "--as-of", "2026-09-01");
        Assert.True(exit == 0, error);
        Assert.Contains("Selvstendig", output, StringComparison.Ordinal); // level 2's label heads its column, not "Nivå 2"
        Assert.DoesNotContain("Nivå 2", output, StringComparison.Ordinal);
        Assert.Contains("komponenter × former", output, StringComparison.Ordinal);
        Assert.Contains("Bemanning ved siden av kompetanse (KS trinn 5)", output, StringComparison.Ordinal);
        Assert.Matches(@"k\s+Sykepleier\s+Universitets-/høgskolenivå\s+2,5\s+1,0\s+1\s+1,5\s+0,0", output);
        Assert.Contains("Læringsnettverk (USHT)", output, StringComparison.Ordinal);
        Assert.Contains("p1, Demensomsorg: dokumentert 2 Selvstendig (teller), egenvurdert 4 Ekspert", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_PrintsLevelsWithThePlansLabels()
    {
        var (exit, output, error) = CliRunner.Run("gaps", Write(), "--lang", "en", "--as-of", "2026-09-01");
        Assert.True(exit == 0, error);
        Assert.Contains("3 Proficient", output, StringComparison.Ordinal);
    }
}
