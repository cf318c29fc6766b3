using NodaTime;

namespace ReKs.Competence.Cli.Tests;

/// <summary>Runs the tool in-process with a fixed "today", capturing standard output and error.</summary>
internal static class CliRunner
{
    public static readonly LocalDate Today = new(2026, 9, 1);

    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "docs", "examples", name);

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = ReksCli.Run(args, output, error, Today);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Compares output with a golden file; set REKS_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change.</summary>
    public static void AssertGolden(string name, string actual)
    {
        var source = Path.Combine(Root, "tests", "ReKs.Competence.Cli.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("REKS_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
        }

        Assert.True(File.Exists(source), $"Golden file {name} is missing; run the tests once with REKS_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(source), actual);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReKs.Competence.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
