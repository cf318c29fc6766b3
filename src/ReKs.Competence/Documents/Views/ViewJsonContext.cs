using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReKs.Competence.Documents;

/// <summary>The source-generated serializer of the outputs written from views: indented, camelCase, null properties
/// left out unless a transfer object says otherwise, Norwegian letters written as they are.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(GapsOutputDto))]
[JsonSerializable(typeof(RegionalOutputDto))]
[JsonSerializable(typeof(InventoryOutputDto))]
[JsonSerializable(typeof(WheelOutputDto))]
[JsonSerializable(typeof(EvaluationOutputDto))]
[JsonSerializable(typeof(PlanOutputDto))]
internal sealed partial class ViewJsonContext : JsonSerializerContext
{
    private static readonly Lazy<ViewJsonContext> LazyOutput = new(() => new ViewJsonContext(new JsonSerializerOptions(Default!.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>Gets the context every output is written with.</summary>
    public static ViewJsonContext Output => LazyOutput.Value;
}
