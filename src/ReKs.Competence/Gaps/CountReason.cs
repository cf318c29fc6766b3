namespace ReKs.Competence.Gaps;

/// <summary>Why a person was, or was not, counted on a line.</summary>
public enum CountReason
{
    /// <summary>Holds the level or higher, valid at the date, and uses it.</summary>
    QualifiedAndUsed = 0,

    /// <summary>Holds the level or higher, valid at the date, but does not use it in the role.</summary>
    QualifiedNotUsed = 1,

    /// <summary>Holds a valid level within reach below the requirement.</summary>
    WithinReach = 2,

    /// <summary>Holds the level or higher, but not valid at the date (expired, or still being earned).</summary>
    NotValidAtDate = 3,

    /// <summary>Holds the competence at a level not yet assessed.</summary>
    NotAssessed = 4,

    /// <summary>Has asked to develop the competence.</summary>
    Aspiration = 5,

    /// <summary>Holds it only too far below the level, or only expired below it.</summary>
    TooFarBelow = 6,
}
