namespace ReKs.Competence.Model;

/// <summary>The four components of competence in Linda Lai's model; a competence has one or more.</summary>
/// <remarks>Lai: competence is the total of knowledge, skills, abilities and attitudes that make it possible to
/// carry out functions and tasks in line with defined requirements and goals. The plans stress that attitudes
/// are under-focused: reports show them as prominently as knowledge.</remarks>
[Flags]
#pragma warning disable CA1714 // The flags are named after Lai's four components.
public enum LaiComponents
#pragma warning restore CA1714
{
    /// <summary>No component: never valid on a competence.</summary>
    None = 0,

    /// <summary>Knowledge (kunnskaper): what one knows; ESCO's <c>knowledge</c>.</summary>
    Knowledge = 1,

    /// <summary>Skills (ferdigheter): what one can do; ESCO's <c>skill/competence</c>.</summary>
    Skills = 2,

    /// <summary>Abilities (evner): aptitude, the capacity to learn and apply; hard to measure.</summary>
    Abilities = 4,

    /// <summary>Attitudes (holdninger): values and approach to the work and to those who receive services.</summary>
    Attitudes = 8,
}
