namespace ReKs.Competence.Tests.Support;

/// <summary>Finds files of the repository and of the shared folder beside it, from the test's output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The repository's own copy of the public conformance fixtures.</summary>
    public static string Fixtures => Path("tests", "fixtures");

    /// <summary>
    /// The shared fixtures folder beside the repository, where there is one (a developer's machine, CI); a fresh clone
    /// with nothing beside it has none, and nothing may depend on it but the check that the copy has not drifted.
    /// </summary>
    public static string? SharedFixtures =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", "fixtures")) is var shared && Directory.Exists(shared) ? shared : null;

    /// <summary>The bundled example plans: every JSON file in docs/examples but the evaluation and wheel documents that sit beside them.</summary>
    public static IEnumerable<string> PlanExamples() => Directory.EnumerateFiles(Path("docs", "examples"), "*.json")
        .Where(f => !f.EndsWith(".evaluation.json", StringComparison.Ordinal) && !System.IO.Path.GetFileName(f).Contains("wheel", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReKs.Competence.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ReKs.Competence.sln) was not found above " + AppContext.BaseDirectory);
    }
}
