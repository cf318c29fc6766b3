namespace ReKs.Competence.Wheel;

/// <summary>What a wheel activity's link names.</summary>
public enum WheelLinkKind
{
    /// <summary>An id without a kind, as wheel documents wrote links before links were typed: it names the goal, measure
    /// or indicator with that id, and checked against a plan it must name exactly one of them.</summary>
    Untyped = 0,

    /// <summary>A goal of the plan.</summary>
    Goal = 1,

    /// <summary>A measure of the plan.</summary>
    Measure = 2,

    /// <summary>An indicator of the plan's evaluation data.</summary>
    Indicator = 3,
}
