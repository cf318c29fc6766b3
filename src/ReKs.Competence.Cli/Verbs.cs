using System.CommandLine;

namespace ReKs.Competence.Cli;

/// <summary>Every verb of the tool.</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        ValidateVerb.Create(context),
        InventoryVerb.Create(context),
        GapsVerb.Create(context),
        ImportVerb.Create(context),
        ReportVerb.Create(context),
        WheelVerb.Create(context),
        EvaluateVerb.Create(context),
        PlanVerb.Create(context),
    ];

    /// <summary>Writes a verb's result to <c>--output</c> or standard output.</summary>
    public static void Emit(CliContext context, FileInfo? output, string text)
    {
        if (output is null)
        {
            context.Output.Write(text);
        }
        else
        {
            File.WriteAllText(Writable(output).FullName, text, new System.Text.UTF8Encoding(false));
        }
    }

    /// <summary>Checks that <c>--output</c> names a file the tool can write: not a folder, in a folder that exists.</summary>
    /// <exception cref="CliUsageException">It does not: a usage mistake, exit code 1.</exception>
    public static FileInfo Writable(FileInfo output)
    {
        if (Directory.Exists(output.FullName))
        {
            throw new CliUsageException($"--output {output.FullName}: er en mappe; oppgi et filnavn / is a folder; give a file name");
        }

        if (output.Directory is { Exists: false } folder)
        {
            throw new CliUsageException($"--output {output.FullName}: mappen {folder.FullName} finnes ikke / the folder {folder.FullName} does not exist");
        }

        return output;
    }
}
