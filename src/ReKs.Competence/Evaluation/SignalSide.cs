namespace ReKs.Competence.Evaluation;

/// <summary>Which side of the centre line a signal lies on.</summary>
public enum SignalSide
{
    /// <summary>Above the centre line: higher values.</summary>
    Above = 0,

    /// <summary>Below the centre line: lower values.</summary>
    Below = 1,
}
