namespace ReKs.Competence.Model;

/// <summary>Lai's four strategies for closing the distance between the competence held and the competence needed.</summary>
[Flags]
public enum CompetenceStrategies
{
    /// <summary>No strategy.</summary>
    None = 0,

    /// <summary>Acquire (anskaffe): recruit or buy competence the organisation lacks.</summary>
    Acquire = 1,

    /// <summary>Develop (utvikle): train current staff (courses, supervision, job shadowing).</summary>
    Develop = 2,

    /// <summary>Mobilise (mobilisere): put competence the organisation holds but does not use to work.</summary>
    Mobilise = 4,

    /// <summary>Phase out (avvikle): let go of competence no longer needed.</summary>
    PhaseOut = 8,
}
