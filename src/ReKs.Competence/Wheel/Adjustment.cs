namespace ReKs.Competence.Wheel;

/// <summary>How an occurrence moves when it lands on a day that is not a working day.</summary>
public enum Adjustment
{
    /// <summary>It stays on its date.</summary>
    None = 0,

    /// <summary>It moves to the latest working day before it.</summary>
    Before = 1,

    /// <summary>It moves to the first working day after it.</summary>
    After = 2,

    /// <summary>It moves to the closer of the two; a tie goes to the earlier day.</summary>
    Nearest = 3,
}
