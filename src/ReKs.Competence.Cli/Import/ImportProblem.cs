namespace ReKs.Competence.Cli.Import;

/// <summary>One problem of an HR export: where it is (file, line, column; all 1-based) and what is wrong.</summary>
/// <remarks>A problem the plan validation finds after assembly carries its JSON path as well, and a location when the
/// path can be traced back to the row and column it came from.</remarks>
internal sealed record ImportProblem(string File, int Line, int Column, string Message, string? JsonPath = null)
{
    /// <summary>The location as <c>file:line:column</c>, or the JSON path when the problem has no row.</summary>
    public string Location => Line > 0 ? $"{File}:{Line}:{Column}" : JsonPath ?? File;

    public override string ToString() => JsonPath is null || Line == 0 ? $"{Location}: {Message}" : $"{Location}: {Message} ({JsonPath})";
}
