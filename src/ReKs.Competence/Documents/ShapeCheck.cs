using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>
/// Checks a JSON document against the shape the source-generated context describes: required properties present,
/// no unknown properties, every value of the right JSON type, dates in ISO form. Every problem is reported with its
/// JSON path, so deserialization afterwards cannot fail on shape.
/// </summary>
internal static class ShapeCheck
{
    // The property map of each object type, built once per type instead of once per JSON object.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> PropertyMaps = [];

    public static void Check(JsonElement element, JsonTypeInfo info, ProblemPath path, bool nullable, List<Problem> problems)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullable && Nullable.GetUnderlyingType(info.Type) is null)
            {
                problems.Add(new Problem(path, ProblemKind.WrongType, $"must not be null; expected {Describe(info)}"));
            }

            return;
        }

        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, info, path, problems);
                return;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(Wrong(path, element, "an array"));
                    return;
                }

                var elementInfo = info.Options.GetTypeInfo(info.ElementType!);
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, elementInfo, path.Then(i++), nullable: false, problems);
                }

                return;
            default:
                if (type == typeof(WheelTermDto))
                {
                    CheckTerm(element, info.Options, path, problems);
                    return;
                }

                CheckValue(element, type, path, problems);
                return;
        }
    }

    private static readonly string[] TermProperties = ["id", "name"];

    /// <summary>A wheel's ring or owner role: an id, or an object with the id and a name (<see cref="WheelTermConverter"/>).</summary>
    private static void CheckTerm(JsonElement element, JsonSerializerOptions options, ProblemPath path, List<Problem> problems)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            CheckValue(element, typeof(string), path, problems);
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Wrong(path, element, "an id (a string) or an object with 'id' and 'name'"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = path.Then(property.Name);
            if (!seen.Add(property.Name))
            {
                problems.Add(new Problem(at, ProblemKind.Duplicate, $"property '{property.Name}' appears twice"));
            }
            else if (property.Name == "id")
            {
                CheckValue(property.Value, typeof(string), at, problems);
            }
            else if (property.Name == "name")
            {
                Check(property.Value, options.GetTypeInfo(typeof(TextDto)), at, nullable: false, problems);
            }
            else
            {
                problems.Add(new Problem(at, ProblemKind.UnknownProperty, $"unknown property '{property.Name}'; expected one of id, name"));
            }
        }

        foreach (var required in TermProperties.Where(r => !seen.Contains(r)))
        {
            problems.Add(new Problem(path.Then(required), ProblemKind.Missing, $"required property '{required}' is missing"));
        }
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo info, ProblemPath path, List<Problem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Wrong(path, element, "an object"));
            return;
        }

        var known = PropertyMaps.GetValue(info, i => i.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = path.Then(property.Name);
            if (!seen.Add(property.Name))
            {
                problems.Add(new Problem(at, ProblemKind.Duplicate, $"property '{property.Name}' appears twice"));
                continue;
            }

            if (!known.TryGetValue(property.Name, out var p))
            {
                var hint = known.Keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                problems.Add(new Problem(at, ProblemKind.UnknownProperty, hint is null
                    ? $"unknown property '{property.Name}'; expected one of {string.Join(", ", known.Keys)}"
                    : $"unknown property '{property.Name}'; did you mean '{hint}'? (names are case-sensitive)"));
                continue;
            }

            Check(property.Value, info.Options.GetTypeInfo(p.PropertyType), at, p.IsSetNullable, problems);
        }

        foreach (var p in info.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            problems.Add(new Problem(path.Then(p.Name), ProblemKind.Missing, $"required property '{p.Name}' is missing"));
        }
    }

    private static void CheckValue(JsonElement element, Type type, ProblemPath path, List<Problem> problems)
    {
        if (type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                problems.Add(Wrong(path, element, "a string"));
            }
            else if (TextProblem(element.GetString()!, multiline: true) is { } why)
            {
                problems.Add(new Problem(path, ProblemKind.InvalidValue, why));
            }
        }
        else if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add(Wrong(path, element, "true or false"));
            }
        }
        else if (type == typeof(int))
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out _))
            {
                problems.Add(Wrong(path, element, "a whole number"));
            }
        }
        else if (type == typeof(decimal))
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out _))
            {
                problems.Add(Wrong(path, element, "a number"));
            }
        }
        else if (type == typeof(double))
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var d) || !double.IsFinite(d))
            {
                problems.Add(Wrong(path, element, "a number"));
            }
        }
        else if (type == typeof(LocalDate))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                problems.Add(Wrong(path, element, "an ISO date (yyyy-MM-dd)"));
            }
            else if (!LocalDatePattern.Iso.Parse(element.GetString()!).Success)
            {
                problems.Add(new Problem(path, ProblemKind.InvalidValue, $"'{element.GetString()}' is not an ISO date (yyyy-MM-dd)"));
            }
        }
        else if (type == typeof(JsonElement))
        {
            // An embedded document in a format of its own (a JSON-stat table): its reader checks it, with paths under this one.
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Wrong(path, element, "an object"));
            }
        }
        else if (type == typeof(VerbatimObject))
        {
            // An integrator's own data: any JSON object, kept verbatim; only its being an object is the format's business.
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Wrong(path, element, "an object (an integrator's own data)"));
            }
        }
        else if (type == typeof(LocalTime))
        {
            if (element.ValueKind != JsonValueKind.String || !LocalTimePattern.ExtendedIso.Parse(element.GetString()!).Success)
            {
                problems.Add(new Problem(path, ProblemKind.InvalidValue, "expected an ISO time of day (HH:mm or HH:mm:ss)"));
            }
        }
        else if (type == typeof(YearMonth))
        {
            if (element.ValueKind != JsonValueKind.String || !YearMonthPattern.Iso.Parse(element.GetString()!).Success)
            {
                problems.Add(new Problem(path, ProblemKind.InvalidValue, "expected an ISO year and month (yyyy-MM)"));
            }
        }
        else
        {
            throw new InvalidOperationException($"{path}: the document format has a property of type {type.Name}, which the shape check does not know.");
        }
    }

    /// <summary>Why a text cannot be taken in, or <see langword="null"/>: a control character (NUL, escape sequences,
    /// C1 controls; a line break or tab only where <paramref name="multiline"/>) or half of a surrogate pair. Such text
    /// would reach terminals, Markdown, HTML and calendars, which it can break or turn against their reader.</summary>
    internal static string? TextProblem(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return $"the text has the control character U+{(int)c:X4} at position {i + 1}; {(multiline ? "text" : "a name is one line and")} must not contain control characters";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"the text has half of a surrogate pair (U+{(int)c:X4}) at position {i + 1}, which is no character";
            }
        }

        return null;
    }

    private static Problem Wrong(ProblemPath path, JsonElement element, string expected) =>
        new(path, ProblemKind.WrongType, $"expected {expected}, found {Found(element)}");

    private static string Found(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Truncate(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Truncate(element.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string Describe(JsonTypeInfo info) => info.Kind switch
    {
        _ when info.Type == typeof(WheelTermDto) => "an id or an object with id and name",
        JsonTypeInfoKind.Object => "an object",
        JsonTypeInfoKind.Enumerable => "an array",
        _ => (Nullable.GetUnderlyingType(info.Type) ?? info.Type).Name.ToLower(CultureInfo.InvariantCulture),
    };
}
