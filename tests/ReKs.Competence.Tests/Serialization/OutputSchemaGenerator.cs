using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Views;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>
/// Writes the published JSON Schemas of the outputs (<c>docs/*.output.schema.json</c>) from the source-generated view
/// transfer objects, through the serializer options the library writes them with (<c>ViewJsonContext.Output</c>), so
/// names, nesting and nullability cannot drift from what is written. From the types: every property and its JSON type,
/// <c>required</c> (a property is written unless it is null and not marked <c>Never</c>), <c>additionalProperties:
/// false</c> on every object, <c>null</c> only where it is written, the format's name and version from the view. From
/// the annotation table beside this file (<c>OutputSchemaAnnotations.json</c>, keyed by transfer object and JSON
/// property): the words (<c>description</c>) and what a type cannot say (a date's <c>format</c>, a minimum, the names
/// an enumeration is written with, a constant unit). Each transfer object becomes one <c>$defs</c> entry.
/// </summary>
internal static class OutputSchemaGenerator
{
    /// <summary>The outputs: file, root transfer object, format name and version (from the view).</summary>
    public static readonly IReadOnlyList<(string File, Type Root, string Format, int Version)> Outputs =
    [
        ("gaps.output.schema.json", typeof(GapsOutputDto), GapsView.FormatName, GapsView.FormatVersion),
        ("regional.output.schema.json", typeof(RegionalOutputDto), RegionalView.FormatName, RegionalView.FormatVersion),
        ("inventory.output.schema.json", typeof(InventoryOutputDto), InventoryView.FormatName, InventoryView.FormatVersion),
        ("evaluation.output.schema.json", typeof(EvaluationOutputDto), EvaluationView.FormatName, EvaluationView.FormatVersion),
        ("wheel.output.schema.json", typeof(WheelOutputDto), WheelView.FormatName, WheelView.FormatVersion),
        ("plan.output.schema.json", typeof(PlanOutputDto), PlanView.FormatName, PlanView.FormatVersion),
    ];

    private static readonly string[] Order = ["$schema", "$id", "$ref", "title", "description", "const", "enum", "type", "format", "minimum", "maximum", "exclusiveMinimum", "pattern", "minItems", "uniqueItems", "additionalProperties", "required", "properties", "items", "oneOf", "anyOf", "if", "then", "else", "$defs"];

    /// <summary>Gets the annotation table: key <c>TypeName</c> or <c>TypeName.jsonName</c>, value the keywords to add.</summary>
    public static JsonObject Annotations() =>
        JsonNode.Parse(File.ReadAllText(Repo.Path("tests", "ReKs.Competence.Tests", "Serialization", "OutputSchemaAnnotations.json")))!.AsObject();

    /// <summary>Writes one output's schema as indented JSON ending in a newline.</summary>
    public static string Generate(Type root, string format, int version, JsonObject annotations, ISet<string>? used = null)
    {
        var options = ViewJsonContext.Output.Options;
        var defs = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        JsonSchemaExporterOptions? exporter = null;
        exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // The exporter writes a type it has met before as a pointer to where it first wrote it; that place may
                // have moved into $defs, so the type is written out again (an object type becomes a $ref to its $defs entry).
                if (node is JsonObject { Count: 1 } pointer && pointer["$ref"]?.GetValue<string>() is { } target && !target.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    node = JsonSchemaExporter.GetJsonSchemaAsNode(options, context.TypeInfo.Type, exporter!);
                }

                return Transform(context, node, root, defs, annotations, used);
            },
        };
        var body = JsonSchemaExporter.GetJsonSchemaAsNode(options, root, exporter).AsObject();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:reks-competence:{format}:{version}",
            ["title"] = $"{format} output, version {version}",
        };
        foreach (var (key, value) in body)
        {
            schema[key] = value?.DeepClone();
        }

        var properties = schema["properties"]!.AsObject();
        properties["format"] = new JsonObject { ["const"] = format };
        properties["version"] = new JsonObject { ["const"] = version };
        if (defs.Count > 0)
        {
            var all = new JsonObject();
            foreach (var (name, def) in defs)
            {
                all[name] = def;
            }

            schema["$defs"] = all;
        }

        var ordered = Ordered(schema);
        return ordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, Type root, SortedDictionary<string, JsonObject> defs, JsonObject annotations, ISet<string>? used)
    {
        if (context.TypeInfo.Type == typeof(NumberOrNull))
        {
            // A converter's type says nothing to the exporter; NumberOrNullConverter writes a number or null.
            node = new JsonObject { ["type"] = new JsonArray("number", "null") };
            if (context.PropertyInfo is { } p)
            {
                Annotate(node.AsObject(), $"{p.DeclaringType.Name}.{p.Name}", annotations, used);
            }

            return node;
        }

        if (node is not JsonObject schema)
        {
            return node;
        }

        var property = context.PropertyInfo;
        var nullWritten = property is not null && IsWrittenWhenNull(property);
        if (property is not null && !nullWritten)
        {
            WithoutNull(schema);
        }

        var type = context.TypeInfo;
        if (type.Kind == JsonTypeInfoKind.Object && schema.ContainsKey("properties"))
        {
            WithoutNull(schema);
            schema["additionalProperties"] = false;
            schema["required"] = new JsonArray([.. type.Properties.Where(p => !IsNullable(p) || IsWrittenWhenNull(p)).Select(p => (JsonNode)p.Name)]);
            Annotate(schema, type.Type.Name, annotations, used);
            if (type.Type != root)
            {
                var name = DefName(type.Type);
                defs[name] = (JsonObject)Ordered(schema);
                schema = new JsonObject { ["$ref"] = $"#/$defs/{name}" };
                if (nullWritten)
                {
                    schema = new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
                }
            }
        }

        if (property is not null)
        {
            Annotate(schema, $"{property.DeclaringType.Name}.{property.Name}", annotations, used);
        }

        return schema;
    }

    /// <summary>Adds the annotation table's keywords for a key; an <c>x-enum</c> names a .NET enumeration whose member
    /// names, in camelCase, are the values the output writes; <c>x-items</c> holds keywords for an array's items and
    /// <c>x-values</c> for a map's values.</summary>
    private static void Annotate(JsonObject schema, string key, JsonObject annotations, ISet<string>? used)
    {
        if (annotations[key] is not JsonObject extra)
        {
            return;
        }

        used?.Add(key);
        foreach (var (keyword, value) in extra)
        {
            if (keyword == "x-enum")
            {
                var enumType = typeof(GapsView).Assembly.GetType(value!.GetValue<string>(), throwOnError: true)!;
                schema.Remove("type");
                schema["enum"] = new JsonArray([.. Enum.GetNames(enumType).Select(n => (JsonNode)JsonNamingPolicy.CamelCase.ConvertName(n))]);
            }
            else if (keyword is "x-items" or "x-values")
            {
                var inner = schema[keyword == "x-items" ? "items" : "additionalProperties"]!;
                foreach (var (innerKeyword, innerValue) in value!.AsObject())
                {
                    inner[innerKeyword] = innerValue?.DeepClone();
                }
            }
            else
            {
                if (keyword is "const" or "enum")
                {
                    schema.Remove("type"); // the values say the type
                }

                schema[keyword] = value?.DeepClone();
            }
        }
    }

    private static string DefName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name.EndsWith("Dto", StringComparison.Ordinal) ? type.Name[..^3] : type.Name);

    /// <summary>Whether a property may hold null: a nullable value type, or a reference type annotated nullable.</summary>
    private static bool IsNullable(JsonPropertyInfo property) =>
        property.PropertyType.IsValueType ? Nullable.GetUnderlyingType(property.PropertyType) is not null : property.IsGetNullable;

    /// <summary>Whether a property is written even when it is null (<c>[JsonIgnore(Condition = Never)]</c>); every
    /// other null property is left out (the context's <c>WhenWritingNull</c>).</summary>
    private static bool IsWrittenWhenNull(JsonPropertyInfo property) =>
        IsNullable(property) && ClrProperty(property)?.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Never };

    private static PropertyInfo? ClrProperty(JsonPropertyInfo property) =>
        property.AttributeProvider as PropertyInfo
        ?? property.DeclaringType.GetProperty(char.ToUpperInvariant(property.Name[0]) + property.Name[1..]);

    /// <summary>Removes <c>null</c> from a schema's types (a property left out when null never holds null).</summary>
    private static void WithoutNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var rest = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            schema["type"] = rest.Count == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)t)]);
        }
    }

    /// <summary>Copies a schema with its keywords in one fixed order, so the file reads the same way everywhere.</summary>
    private static JsonNode Ordered(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o.OrderBy(p => Array.IndexOf(Order, p.Key) is var i and >= 0 ? i : Order.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
                {
                    copy[key] = value is null ? null : key is "properties" or "$defs" ? OrderedMap(value.AsObject()) : Ordered(value);
                }

                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(x => x is null ? null : Ordered(x))]);
            default:
                return node.DeepClone();
        }
    }

    /// <summary>Copies a map of schemas (properties, $defs) keeping its keys' order.</summary>
    private static JsonObject OrderedMap(JsonObject map)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in map)
        {
            copy[key] = value is null ? null : Ordered(value);
        }

        return copy;
    }
}
