using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>A competence in Lai's sense: a named whole of knowledge, skills, abilities and attitudes.</summary>
/// <remarks>Two competences are equal when every property is equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Competence : IEquatable<Competence>
{
    /// <summary>Initializes a new instance of the <see cref="Competence"/> class.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name, in Norwegian and optionally English.</param>
    /// <param name="components">Lai's components the competence has: at least one.</param>
    /// <param name="form">Lai's form of the competence.</param>
    /// <param name="externalReference">An external reference such as an ESCO skill or occupation URI, if any; it must be absolute.</param>
    /// <param name="tags">Tags such as national focus areas ("Demensplan 2025", "Leve hele livet"); duplicates are not allowed.</param>
    /// <param name="extensions">An integrator's own data, kept verbatim through reading and writing; <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public Competence(CompetenceId id, LocalizedText name, LaiComponents components, LaiForm form = LaiForm.Professional, Uri? externalReference = null, IEnumerable<string>? tags = null, ExtensionData? extensions = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        Name = Guard.Against.Null(name, nameof(name));
        Components = components == LaiComponents.None || (components & ~(LaiComponents.Knowledge | LaiComponents.Skills | LaiComponents.Abilities | LaiComponents.Attitudes)) != 0
            ? throw new ArgumentException("A competence has one or more of Lai's four components and no other.", nameof(components))
            : components;
        Form = Enum.IsDefined(form) ? form : throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown form.");
        if (externalReference is not null && !externalReference.IsAbsoluteUri)
        {
            throw new ArgumentException("An external reference must be an absolute URI.", nameof(externalReference));
        }

        ExternalReference = externalReference;
        Tags = tags is null ? [] : [.. tags];
        Fault.Throw(CheckTags(Tags));
        Extensions = extensions;
    }

    /// <summary>The tags' own check, shared by the constructor and the plan document: one fault at each empty or repeated tag.</summary>
    internal static IEnumerable<Fault> CheckTags(IReadOnlyList<string> tags)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(tags[i]) || !seen.Add(tags[i]))
            {
                yield return new(ProblemPath.Root.Then("tags", i), nameof(tags), ProblemKind.InvalidValue, string.IsNullOrWhiteSpace(tags[i]) ? "a tag must not be empty" : $"tag '{tags[i]}' is listed twice");
            }
        }
    }

    /// <summary>Gets the identifier.</summary>
    public CompetenceId Id { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets Lai's components the competence has.</summary>
    public LaiComponents Components { get; }

    /// <summary>Gets Lai's form of the competence.</summary>
    public LaiForm Form { get; }

    /// <summary>Gets the external reference (for example an ESCO URI), or <see langword="null"/>.</summary>
    public Uri? ExternalReference { get; }

    /// <summary>Gets the tags, such as national focus areas.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Gets an integrator's own data, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; }

    /// <summary>Maps an ESCO skill type to Lai's components: ESCO's <c>knowledge</c> is knowledge, <c>skill/competence</c> is skills.</summary>
    /// <param name="escoSkillType">ESCO's skill type: <c>knowledge</c> or <c>skill/competence</c> (case-insensitive).</param>
    /// <returns>The component.</returns>
    /// <exception cref="ArgumentException">The skill type is neither.</exception>
    public static LaiComponents ComponentsFromEscoSkillType(string escoSkillType)
    {
        ArgumentNullException.ThrowIfNull(escoSkillType);
        return escoSkillType.Trim().ToUpperInvariant() switch
        {
            "KNOWLEDGE" => LaiComponents.Knowledge,
            "SKILL/COMPETENCE" or "SKILL" or "COMPETENCE" => LaiComponents.Skills,
            _ => throw new ArgumentException($"'{escoSkillType}' is not an ESCO skill type (knowledge, skill/competence).", nameof(escoSkillType)),
        };
    }

    /// <inheritdoc/>
    public bool Equals(Competence? other) =>
        other is not null && Id == other.Id && Name == other.Name && Components == other.Components && Form == other.Form
        && Equals(ExternalReference, other.ExternalReference) && Tags.SequenceEqual(other.Tags) && Extensions == other.Extensions;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Competence);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Compares two competences for equality.</summary>
    /// <param name="left">The first competence.</param>
    /// <param name="right">The second competence.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Competence? left, Competence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two competences for inequality.</summary>
    /// <param name="left">The first competence.</param>
    /// <param name="right">The second competence.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Competence? left, Competence? right) => !(left == right);

    /// <summary>Returns the identifier and the Norwegian name.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Id} ({Name.Norwegian})";
}
