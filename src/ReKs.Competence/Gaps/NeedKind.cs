namespace ReKs.Competence.Gaps;

/// <summary>The kinds of need a gap analysis reports, after Lai's four strategies.</summary>
public enum NeedKind
{
    /// <summary>Mobilisation need: met by competence held but unused.</summary>
    Mobilise = 0,

    /// <summary>Learning need: met by developing current staff.</summary>
    Develop = 1,

    /// <summary>Acquisition need: met only by recruiting or buying competence.</summary>
    Acquire = 2,

    /// <summary>Phase out: competence held beyond the requirement.</summary>
    PhaseOut = 3,
}
