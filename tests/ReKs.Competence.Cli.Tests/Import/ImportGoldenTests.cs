namespace ReKs.Competence.Cli.Tests.Import;

public class ImportGoldenTests
{
    [Fact]
    public void ImportVerb_BodoHomeCareExport_MatchesGolden()
    {
        // Import/Data/bodo-home-care: Bodø's plan for everyday rehabilitation in home care (seed 003): the
        // interdisciplinary team (occupational therapist, physiotherapist, specialist nurse), supervision competence
        // held but not put to use, and the goals Mål 1 and Mål 3.
        var folder = Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Cli.Tests", "Import", "Data", "bodo-home-care");
        var (exit, output, error) = CliRunner.Run("import", folder, "--name", "Strategisk kompetanseplan, hverdagsrehabilitering", "--name-en", "Strategic competence plan, everyday rehabilitation");
        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, error);
        CliRunner.AssertGolden("import-bodo-home-care.json", output);
    }
}
