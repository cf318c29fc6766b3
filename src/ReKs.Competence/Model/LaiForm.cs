namespace ReKs.Competence.Model;

/// <summary>The form of competence in Lai's 4 × 4 grid (components × forms).</summary>
public enum LaiForm
{
    /// <summary>Professional competence (faglig kompetanse): the subject matter of the work.</summary>
    Professional = 0,

    /// <summary>Managerial competence (ledelseskompetanse): leading, planning and organising.</summary>
    Managerial = 1,

    /// <summary>Personal competence (personlig kompetanse): self-management, judgement, resilience.</summary>
    Personal = 2,

    /// <summary>Social competence (sosial kompetanse): cooperation, communication, relations.</summary>
    Social = 3,
}
