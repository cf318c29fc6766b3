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
            File.WriteAllText(output.FullName, text, new System.Text.UTF8Encoding(false));
        }
    }
}
