namespace ReKs.Competence.Model;

/// <summary>The kind of a competence measure (tiltak).</summary>
public enum MeasureKind
{
    /// <summary>A course (kurs).</summary>
    Course = 0,

    /// <summary>A formal education (videreutdanning, fagskole).</summary>
    Education = 1,

    /// <summary>Job shadowing (hospitering).</summary>
    JobShadowing = 2,

    /// <summary>A professional day (fagdag).</summary>
    ProfessionalDay = 3,

    /// <summary>A professional network (fagnettverk).</summary>
    Network = 4,

    /// <summary>Supervision (veiledning).</summary>
    Supervision = 5,

    /// <summary>E-learning (e-læring).</summary>
    ELearning = 6,
}
