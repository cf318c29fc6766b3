using System.Text;
using ReKs.Competence.Cli.Import;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli.Tests.Import;

public sealed class PlanImporterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reks-import-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(';', true)]
    [InlineData(',', false)]
    public void Import_RealisticExportOfThousandsOfRows_IsAValidPlan(char separator, bool bom)
    {
        // The example plan's organisation, competences, goals and 76 requirements, with 3000 generated staff.
        var (people, holdings) = ExportGenerator.Write(_folder, 3000, separator, bom);
        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Gjøvikregionen", "The Gjøvik region");

        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems.Take(10)));
        var plan = Assert.IsType<CompetencePlan>(result.Plan);
        Assert.Equal(people, plan.People.Length);
        Assert.Equal(holdings, plan.People.Sum(p => p.Holdings.Length));
        Assert.Equal(76, plan.Requirements.Length);
        Assert.Equal(25, plan.Organisation.Nodes.Length);
        Assert.True(PlanDocument.Parse(PlanDocument.WriteString(plan)).IsValid);
    }

    [Fact]
    public void Import_ExportOfSeveralMegabytes_IsStreamedIntoAValidPlan()
    {
        // Issue 17: the import read each file whole and ran out of memory on large exports. 40 000 staff make an export of
        // several MB, read a buffer at a time (the memory measured on a 25 MB export is in docs/reliability.md).
        var (people, holdings) = ExportGenerator.Write(_folder, 40_000, ';', bom: true);
        var bytes = Directory.GetFiles(_folder).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes > 2_000_000, $"the export has only {bytes} bytes");

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Gjøvikregionen", null, maxBytes: bytes);

        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems.Take(10)));
        var plan = Assert.IsType<CompetencePlan>(result.Plan);
        Assert.Equal(people, plan.People.Length);
        Assert.Equal(holdings, plan.People.Sum(p => p.Holdings.Length));
        Assert.Equal("ans40000", plan.People[^1].Id.Value);

        // One byte less and the same export is refused where it passes the limit, in its last file (requirements.csv is read last).
        var refused = PlanImporter.Import(new DirectoryInfo(_folder), "Gjøvikregionen", null, maxBytes: bytes - 1);
        var problem = Assert.Single(refused.Problems);
        Assert.StartsWith("requirements.csv:", problem.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SemicolonsWithDecimalCommaAndBom_ReadsPercents()
    {
        Write("organisation.csv", "id;parent;name\nkommune;;Kommunen\n", bom: true);
        Write("people.csv", "id;node;positionPercent\np1;kommune;80,5\np2;kommune;\"62,5 %\"\n", bom: true);
        Write("holdings.csv", "person;competence;level;basis;used\np1;demens;3;formal;ja\n", bom: false);
        Write("requirements.csv", "node;competence;minLevel;amountPercent\nkommune;demens;2;150,25\n", bom: true);

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.True(result.Plan is not null, string.Join('\n', result.Problems));
        Assert.Equal(80.5m, result.Plan.People[0].Share.Percent);
        Assert.Equal(62.5m, result.Plan.People[1].Share.Percent);
        Assert.Equal(150.25m, result.Plan.Requirements[0].Amount.Percent);
        Assert.Contains(result.Notes, n => n.StartsWith("competences.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_DecimalCommaInCommaSeparatedFile_IsReportedWithItsColumn()
    {
        Write("organisation.csv", "id,parent\nkommune,\n", bom: false);
        Write("people.csv", "id,node,positionPercent\np1,kommune,\"80,5\"\n", bom: false);
        Write("holdings.csv", "person,competence,level,basis,used\n", bom: false);
        Write("requirements.csv", "node,competence,minLevel,amountPercent\n", bom: false);

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("people.csv:2:3", problem.Location);
    }

    [Fact]
    public void Import_MissingRequiredFile_IsReported()
    {
        Write("organisation.csv", "id\nkommune\n", bom: false);
        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);
        Assert.Null(result.Plan);
        Assert.Equal(["people.csv", "holdings.csv", "requirements.csv"], result.Problems.Select(p => p.File));
    }

    private void Write(string file, string text, bool bom)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, file), text, new UTF8Encoding(bom));
    }
}
