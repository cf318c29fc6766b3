namespace ReKs.Competence.Model;

/// <summary>Where a measure stands.</summary>
public enum MeasureStatus
{
    /// <summary>Planned, not yet begun.</summary>
    Planned = 0,

    /// <summary>Running: sessions have begun.</summary>
    Running = 1,

    /// <summary>Done: every session held; only its recorded completions yield.</summary>
    Done = 2,

    /// <summary>Cancelled: it yields nothing and costs nothing.</summary>
    Cancelled = 3,
}
