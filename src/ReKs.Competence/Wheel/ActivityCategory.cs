namespace ReKs.Competence.Wheel;

/// <summary>What kind of work an activity of the wheel is.</summary>
public enum ActivityCategory
{
    /// <summary>Reporting (rapportering).</summary>
    Reporting = 0,

    /// <summary>Planning (planlegging).</summary>
    Planning = 1,

    /// <summary>Evaluation (evaluering).</summary>
    Evaluation = 2,

    /// <summary>A meeting (møte).</summary>
    Meeting = 3,

    /// <summary>A deadline (frist).</summary>
    Deadline = 4,

    /// <summary>Training (opplæring).</summary>
    Training = 5,
}
