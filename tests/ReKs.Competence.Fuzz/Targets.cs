using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Fuzz;

/// <summary>The fuzz targets: each feeds raw bytes to one reader and lets any exception escape (an escape is a finding).</summary>
internal static class Targets
{
    /// <summary>Separates the CSV files of one fuzz input (form feed, which no export holds).</summary>
    public const char CsvFileSeparator = '\f';

    /// <summary>The CSV files in the order a fuzz input lists them.</summary>
    public static readonly string[] CsvFiles =
        ["organisation.csv", "competences.csv", "goals.csv", "people.csv", "holdings.csv", "requirements.csv"];

    /// <summary>The files an export must have (the others may be absent).</summary>
    public static readonly string[] RequiredCsvFiles = ["organisation.csv", "people.csv", "holdings.csv", "requirements.csv"];

    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["plan"] = bytes => _ = PlanDocument.ReadBytes(bytes),
        ["wheel"] = bytes => _ = WheelDocument.ReadBytes(bytes),
        ["evaluation"] = bytes => _ = EvaluationDocument.ReadBytes(bytes),
        ["jsonstat"] = bytes => _ = JsonStatDataset.ReadBytes(bytes),
        ["csv"] = ImportCsv,
    };

    private static readonly Lazy<Func<IReadOnlyDictionary<string, string>, object?>> Importer = new(FindImporter);

    /// <summary>Splits one input into the export's files and runs the CLI's CSV import on them, in memory.</summary>
    public static void ImportCsv(byte[] bytes)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
        var parts = text.Split(CsvFileSeparator);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < CsvFiles.Length; i++)
        {
            // The tool reads a folder and stops at a missing required file; the importer behind it takes the files
            // as given, so a required file the input lacks is passed empty, as an empty file in the folder would be.
            if (i < parts.Length)
            {
                files[CsvFiles[i]] = parts[i];
            }
            else if (RequiredCsvFiles.Contains(CsvFiles[i]))
            {
                files[CsvFiles[i]] = "";
            }
        }

        _ = Importer.Value(files);
    }

    // The importer is internal to the tool; it is reached by reflection so that the tool needs no friend assembly
    // for a program outside the solution. Any parameter after the files gets a plain name or its default.
    private static Func<IReadOnlyDictionary<string, string>, object?> FindImporter()
    {
        var type = Assembly.Load("reks").GetType("ReKs.Competence.Cli.Import.PlanImporter", throwOnError: true)!;
        var method = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Single(m => m.Name == "Import" && m.GetParameters() is [var first, ..] && first.ParameterType == typeof(IReadOnlyDictionary<string, string>));
        var rest = method.GetParameters().Skip(1)
            .Select(p => p.ParameterType == typeof(string) ? "fuzz" : p.HasDefaultValue ? p.DefaultValue : null)
            .ToArray();
        return files =>
        {
            try
            {
                return method.Invoke(null, [files, .. rest]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        };
    }
}
