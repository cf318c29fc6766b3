namespace ReKs.Competence.Evaluation;

/// <summary>Why a baseline is weaker than improvement practice asks for; the verdict stands, but should be read with care.</summary>
public enum BaselineWarning
{
    /// <summary>The baseline has fewer than 12 points with a value; its centre line and limits are uncertain.</summary>
    FewPoints = 0,

    /// <summary>The baseline has fewer than 10 useful points (not on the centre line); the runs rules have little power.</summary>
    FewUseful = 1,

    /// <summary>No intervention splits the series; the baseline is the first points chosen, or the whole series.</summary>
    NoIntervention = 2,

    /// <summary>A signal lies wholly inside the baseline: the process was not stable before the intervention.</summary>
    UnstableBaseline = 3,

    /// <summary>No point with a value follows the intervention: nothing to judge yet.</summary>
    NoPointsAfter = 4,
}
