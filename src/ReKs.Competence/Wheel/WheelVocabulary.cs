using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>Names in Norwegian bokmål and English for what a wheel identifies by id: activity categories, and the
/// rings and owner roles of the ReKs template, the bundled wheels and the plan's reminders, so that a table, the report
/// and a calendar show "Kommune" and "ReKs-koordinator" rather than <c>municipality</c> and <c>reks-coordinator</c>.</summary>
/// <remarks>A ring or a role this vocabulary does not know is named by its id in both languages: a wheel document's
/// own ids are shown as written, never guessed at.</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class WheelVocabulary
{
    private static readonly Dictionary<string, LocalizedText> Rings = new(StringComparer.Ordinal)
    {
        ["region"] = new("Region", "Region"),
        ["municipality"] = new("Kommune", "Municipality"),
        ["unit"] = new("Enhet", "Unit"),
        [AnnualWheel.ReminderRing] = new("Plan", "Plan"),
    };

    private static readonly Dictionary<string, LocalizedText> Roles = new(StringComparer.Ordinal)
    {
        ["reks-coordinator"] = new("ReKs-koordinator", "ReKs coordinator"),
        ["municipal-contact"] = new("Kommunens kontaktperson", "Municipal contact"),
        ["educator"] = new("Opplæringsansvarlig", "Educator"),
        ["unit-leader"] = new("Enhetsleder", "Unit leader"),
    };

    /// <summary>Gets an activity category's name.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="category"/> is not a defined category.</exception>
    public static LocalizedText CategoryName(ActivityCategory category) => Guard.Against.EnumOutOfRange(category, nameof(category)) switch
    {
        ActivityCategory.Reporting => new("Rapportering", "Reporting"),
        ActivityCategory.Planning => new("Planlegging", "Planning"),
        ActivityCategory.Evaluation => new("Evaluering", "Evaluation"),
        ActivityCategory.Meeting => new("Møte", "Meeting"),
        ActivityCategory.Deadline => new("Frist", "Deadline"),
        ActivityCategory.Training => new("Opplæring", "Training"),
        _ => throw new System.Diagnostics.UnreachableException($"Activity category {category} has no name."),
    };

    /// <summary>Gets a ring's name: a known ring's, otherwise its id.</summary>
    /// <param name="ring">The ring's id.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ring"/> is <see langword="null"/>.</exception>
    public static LocalizedText RingName(string ring) =>
        Rings.TryGetValue(Guard.Against.Null(ring, nameof(ring)), out var name) ? name : new LocalizedText(ring, ring);

    /// <summary>Gets an owner role's name: a known role's, otherwise the role as written.</summary>
    /// <param name="role">The owner role.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is <see langword="null"/>.</exception>
    public static LocalizedText OwnerName(string role) =>
        Roles.TryGetValue(Guard.Against.Null(role, nameof(role)), out var name) ? name : new LocalizedText(role, role);

    /// <summary>Whether the built-in vocabulary names an owner role.</summary>
    internal static bool KnowsOwner(string role) => Roles.ContainsKey(role);
}
