namespace ReKs.Competence.Model;

/// <summary>Who stated a piece of evidence; the plan's precedence rule chooses between sources that disagree.</summary>
public enum EvidenceSource
{
    /// <summary>Declared by the person, for example in the appraisal interview (medarbeidersamtale).</summary>
    SelfDeclared = 0,

    /// <summary>Assessed by the person's leader.</summary>
    LeaderAssessed = 1,

    /// <summary>Documented in the HR system (diplomas, certificates, course records).</summary>
    Documented = 2,
}
