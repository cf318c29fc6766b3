namespace ReKs.Competence.Model;

/// <summary>A person's highest health or social education, in the categories KOSTRA counts person-years by.</summary>
public enum HealthEducation
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>No health or social education.</summary>
    None = 1,

    /// <summary>Health or social education at upper-secondary level (videregående nivå), such as health worker.</summary>
    UpperSecondary = 2,

    /// <summary>Health or social education at university or college level (universitets- og høgskolenivå), such as nurse.</summary>
    Higher = 3,

    /// <summary>Another education relevant to the work but not a health or social education.</summary>
    OtherRelevant = 4,
}
