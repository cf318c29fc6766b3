namespace ReKs.Competence.Evaluation;

/// <summary>Which way an indicator should move for the better.</summary>
public enum DesiredDirection
{
    /// <summary>Higher values are better (a share with education, a course rating).</summary>
    Higher = 0,

    /// <summary>Lower values are better (falls, sick leave, incidents).</summary>
    Lower = 1,
}
