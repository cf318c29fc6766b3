namespace ReKs.Competence.Gaps;

/// <summary>How one person counts on one line.</summary>
public enum PersonClass
{
    /// <summary>Not counted: no holding or aspiration that makes the person qualified or developable here.</summary>
    None = 0,

    /// <summary>Qualified and using the competence in the role.</summary>
    QualifiedUsed = 1,

    /// <summary>Qualified but not using it: capital held but unused.</summary>
    QualifiedUnused = 2,

    /// <summary>Developable: close below the level, holding it but not valid at the date, not yet assessed, or aspiring to it.</summary>
    Developable = 3,
}
