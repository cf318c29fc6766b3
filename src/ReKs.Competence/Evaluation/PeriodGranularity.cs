namespace ReKs.Competence.Evaluation;

/// <summary>How long a measurement period is.</summary>
public enum PeriodGranularity
{
    /// <summary>A single day (a survey date, a measurement day).</summary>
    Day = 0,

    /// <summary>A calendar month (a monthly report).</summary>
    Month = 1,

    /// <summary>A calendar quarter (SSB's <c>2024K1</c>).</summary>
    Quarter = 2,

    /// <summary>A calendar year (KOSTRA's annual figures).</summary>
    Year = 3,
}
