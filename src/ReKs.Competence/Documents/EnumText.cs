using System.Text.Json;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>Enum values as the document writes them: camelCase member names.</summary>
internal static class EnumText
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, ProblemPath path, List<Problem> problems, out T value)
        where T : struct, Enum
    {
        if (TryParse(text, out value))
        {
            return true;
        }

        var names = Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 || !typeof(T).IsDefined(typeof(FlagsAttribute), false)).Select(Name);
        problems.Add(new Problem(path, ProblemKind.InvalidValue, $"'{text}' is not one of {string.Join(", ", names)}"));
        return false;
    }

    /// <summary>Reads one value by its name, reporting nothing: for a caller that reports with a path it makes only
    /// when the name is wrong.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var (name, candidate) in Names<T>.All)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads a list of flag names into one flags value; an empty list is allowed only when <paramref name="allowEmpty"/>.</summary>
    public static bool TryParseFlags<T>(List<string>? items, ProblemPath path, bool allowEmpty, List<Problem> problems, out T value)
        where T : struct, Enum
    {
        long bits = 0;
        var ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (!seen.Add(items![i]))
            {
                problems.Add(new Problem(path.Then(i), ProblemKind.Duplicate, $"'{items[i]}' is listed twice"));
                ok = false;
            }
            else if (TryParse<T>(items[i], path.Then(i), problems, out var flag) && Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                bits |= Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                ok = false;
            }
        }

        if (ok && bits == 0 && !allowEmpty)
        {
            problems.Add(new Problem(path, ProblemKind.InvalidValue, "at least one value is required"));
            ok = false;
        }

        value = (T)Enum.ToObject(typeof(T), bits);
        return ok;
    }

    public static List<string> Flags<T>(T value)
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).Select(Name)];

    /// <summary>The value whose name these UTF-8 bytes (unescaped) are, as <see cref="TryParse{T}(string?, out T)"/> reads
    /// its text, without making a string.</summary>
    /// <param name="utf8">The name's UTF-8 bytes.</param>
    /// <param name="value">The value, when the bytes name one.</param>
    /// <returns>Whether the bytes name a value of <typeparamref name="T"/>.</returns>
    public static bool TryParse<T>(ReadOnlySpan<byte> utf8, out T value)
        where T : struct, Enum
    {
        foreach (var (name, candidate) in Names<T>.Utf8)
        {
            if (utf8.SequenceEqual(name))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Each value of an enum with its name, made once per enum type rather than once per value read.</summary>
    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly (string Name, T Value)[] All = [.. Enum.GetValues<T>().Select(v => (EnumText.Name(v), v))];

        public static readonly (byte[] Name, T Value)[] Utf8 = [.. All.Select(n => (System.Text.Encoding.UTF8.GetBytes(n.Name), n.Value))];
    }
}
