using System.Text.RegularExpressions;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Conventions;

/// <summary>The shipped source keeps one public type per file, named after it, so a newcomer finds a type by its name.</summary>
public partial class SourceLayoutTests
{
    [Fact]
    public void EveryFileInSrc_DeclaresAtMostOnePublicTopLevelType_NamedAfterTheFile()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var types = PublicTopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            var expected = Path.GetFileNameWithoutExtension(file).Split('.')[0];
            if (types.Count > 1 || types.Count == 1 && types[0] != expected)
            {
                offenders.Add($"{Path.GetRelativePath(Repo.Root, file)} ({string.Join(", ", types)})");
            }
        }

        Assert.True(offenders.Count == 0, "One public type per file, named after it: " + string.Join("; ", offenders));
    }

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|readonly|partial|ref)\s+)*(?:class|struct|record(?:\s+struct)?|interface|enum|delegate\s+\S+)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicTopLevelType();
}
