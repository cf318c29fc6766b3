namespace ReKs.Competence.Tests.Support;

/// <summary>
/// The repository carries its own copy of the public conformance fixtures (tests/fixtures), so a fresh clone with
/// nothing beside it runs every case. Where the shared fixtures folder sits beside the repository (a developer's
/// machine, CI), the copy must be identical to it, file for file and byte for byte; where it does not, there is
/// nothing to compare and nothing fails.
/// </summary>
public class FixtureCopyTests
{
    [Fact]
    public void RepositoryCopy_EqualsSharedFixtures_WhenTheSharedFolderExists()
    {
        if (Repo.SharedFixtures is not { } shared)
        {
            return; // a clone with nothing beside it: the copy is the only fixtures there are
        }

        var ours = Files(Repo.Fixtures);
        var theirs = Files(shared);
        var problems = new List<string>();
        problems.AddRange(theirs.Keys.Except(ours.Keys, StringComparer.Ordinal).Select(f => $"{f}: in the shared fixtures, missing from tests/fixtures"));
        problems.AddRange(ours.Keys.Except(theirs.Keys, StringComparer.Ordinal).Select(f => $"{f}: in tests/fixtures, not in the shared fixtures"));
        problems.AddRange(ours.Keys.Intersect(theirs.Keys, StringComparer.Ordinal)
            .Where(f => !File.ReadAllBytes(ours[f]).AsSpan().SequenceEqual(File.ReadAllBytes(theirs[f])))
            .Select(f => $"{f}: differs from the shared fixtures (copy it again)"));

        Assert.True(problems.Count == 0, "tests/fixtures has drifted from the shared fixtures:\n" + string.Join('\n', problems.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void RepositoryCopy_HoldsEveryPublicKind()
    {
        // The kinds the suite runs; a kind missing from the copy would pass silently in a fresh clone.
        string[] kinds = ["gap-analysis", "regional-export", "easter", "holidays", "annual-wheel", "run-chart", "control-chart", "qicharts2", "control-chart-more", "qicharts2-more"];
        var missing = kinds.Where(k => !Directory.EnumerateFiles(Path.Combine(Repo.Fixtures, k), "*.json").Any()).ToList();
        Assert.True(missing.Count == 0, "tests/fixtures lacks cases of: " + string.Join(", ", missing));
        Assert.True(File.Exists(Path.Combine(Repo.Fixtures, "gap-analysis", "future-starter.json")), "tests/fixtures/gap-analysis/future-starter.json is missing");
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);
}
