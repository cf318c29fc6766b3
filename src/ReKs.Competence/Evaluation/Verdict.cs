namespace ReKs.Competence.Evaluation;

/// <summary>What the signals after the baseline say, read against the indicator's desired direction.</summary>
public enum Verdict
{
    /// <summary>Only common-cause variation: no signal reaches past the baseline.</summary>
    NoSignal = 0,

    /// <summary>Every signal past the baseline is in the desired direction.</summary>
    Improvement = 1,

    /// <summary>Every signal past the baseline is against the desired direction.</summary>
    Deterioration = 2,

    /// <summary>Signals past the baseline point both ways.</summary>
    Mixed = 3,

    /// <summary>Too few values for a baseline (fewer than two) or none after the intervention: no verdict.</summary>
    InsufficientData = 4,
}
