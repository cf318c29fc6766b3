namespace ReKs.Competence.Model;

/// <summary>The one rule all identifiers follow.</summary>
internal static class IdText
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Returns why <paramref name="value"/> is not a valid identifier, or <see langword="null"/> when it is.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "an identifier must not be empty";
        }

        if (value.Length > MaxLength)
        {
            return $"an identifier must be at most {MaxLength} characters long (this one has {value.Length})";
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "an identifier must not contain white space or control characters";
            }
        }

        return null;
    }

    public static string Validated(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        var problem = Problem(value);
        return problem is null ? value : throw new ArgumentException(problem, parameterName);
    }
}
