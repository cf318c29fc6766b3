namespace ReKs.Competence.Model;

/// <summary>An integrator's own data on a plan, a person, a node or a competence: a JSON object that the library keeps
/// verbatim from reading to writing and never interprets.</summary>
/// <remarks>
/// <para>The plan document's <c>extensions</c> property holds it, and the model's <c>Extensions</c> properties carry it; every other property the format does not define stays
/// an error, so a typo is still caught. The value is the object's JSON text exactly as it stood in the document
/// (white space, key order and number spelling included), and it is written back as that text.</para>
/// <para>Make one with <c>ReKs.Competence.Documents.PlanDocument.ParseExtensions</c>, which checks that the text is one
/// JSON object. Two values are equal when their texts are equal, ordinal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ExtensionData : IEquatable<ExtensionData>
{
    /// <summary>Initializes a new instance of the <see cref="ExtensionData"/> class from checked JSON text.</summary>
    /// <param name="json">The text of one JSON object, checked by the caller.</param>
    internal ExtensionData(string json) => Json = json;

    /// <summary>Gets the JSON text of the object, verbatim.</summary>
    public string Json { get; }

    /// <inheritdoc/>
    public bool Equals(ExtensionData? other) => other is not null && string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExtensionData);

    /// <inheritdoc/>
    public override int GetHashCode() => Json.GetHashCode(StringComparison.Ordinal);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the texts are equal.</returns>
    public static bool operator ==(ExtensionData? left, ExtensionData? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the texts differ.</returns>
    public static bool operator !=(ExtensionData? left, ExtensionData? right) => !(left == right);

    /// <summary>Returns the JSON text.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => Json;
}
