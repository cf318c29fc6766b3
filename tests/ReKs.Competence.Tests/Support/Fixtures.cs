namespace ReKs.Competence.Tests.Support;

/// <summary>
/// The conformance fixtures: every case in the repository's own copy (tests/fixtures, kept identical to the shared
/// fixtures by <c>FixtureCopyTests</c>) and, when the environment variable REKS_EXTRA_FIXTURES names a folder, every
/// case of the same kind there too. A missing kind folder is not an error.
/// </summary>
internal static class Fixtures
{
    public const string ExtraVariable = "REKS_EXTRA_FIXTURES";

    public static IEnumerable<string> Roots()
    {
        yield return Repo.Fixtures;
        if (Environment.GetEnvironmentVariable(ExtraVariable) is { Length: > 0 } extra)
        {
            if (!Directory.Exists(extra))
            {
                throw new DirectoryNotFoundException($"{ExtraVariable} names '{extra}', which is not a folder.");
            }

            yield return Path.GetFullPath(extra);
        }
    }

    /// <summary>Every JSON case file of a kind, as xunit theory data (file path).</summary>
    public static TheoryData<string> Files(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var root in Roots())
        {
            var folder = Path.Combine(root, kind);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }
}
