namespace ReKs.Competence;

/// <summary>What kind of problem a plan or document has.</summary>
public enum ProblemKind
{
    /// <summary>The text is not well-formed JSON.</summary>
    Syntax = 0,

    /// <summary>The document is larger or deeper than the reader accepts.</summary>
    Limit = 1,

    /// <summary>The document's <c>schemaVersion</c> is missing or not supported.</summary>
    UnsupportedVersion = 2,

    /// <summary>A required property is missing.</summary>
    Missing = 3,

    /// <summary>A property the format does not define: perhaps a misspelling; it is not ignored.</summary>
    UnknownProperty = 4,

    /// <summary>A value has the wrong JSON type.</summary>
    WrongType = 5,

    /// <summary>A value has the right type but is not allowed (a malformed date, a share ≤ 0, too many decimals).</summary>
    InvalidValue = 6,

    /// <summary>A reference names something the plan does not have.</summary>
    UnknownReference = 7,

    /// <summary>An identifier is used twice.</summary>
    Duplicate = 8,

    /// <summary>The organisation is not one tree (no root, several roots, a cycle).</summary>
    Structure = 9,

    /// <summary>A level is outside the plan's proficiency scale.</summary>
    OutOfScale = 10,

    /// <summary>Dates contradict each other (leaving before starting, expiring before valid).</summary>
    DateOrder = 11,
}
