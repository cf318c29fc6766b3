namespace ReKs.Competence.Model;

/// <summary>What a piece of evidence of competence is.</summary>
public enum EvidenceKind
{
    /// <summary>A completed education (formal).</summary>
    Education = 0,

    /// <summary>A certification or authorisation, often with an expiry (formal).</summary>
    Certification = 1,

    /// <summary>A completed course (formal).</summary>
    Course = 2,

    /// <summary>Experience from work, in years (informal).</summary>
    Experience = 3,

    /// <summary>An assessment of the level held (informal).</summary>
    Assessment = 4,
}
