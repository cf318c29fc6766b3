namespace ReKs.Competence.Model;

/// <summary>How a holding of competence is founded: formal and informal competence together make real competence (realkompetanse).</summary>
public enum CompetenceBasis
{
    /// <summary>Formal competence (formell kompetanse): documented by education, certification or a course.</summary>
    Formal = 0,

    /// <summary>Informal competence (uformell kompetanse): gained through experience, shown by assessment.</summary>
    Informal = 1,
}
