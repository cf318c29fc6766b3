namespace ReKs.Competence.Model;

/// <summary>The kind of position a person holds, for staffing analyses beside competence.</summary>
public enum PositionType
{
    /// <summary>Any other position, or not stated.</summary>
    Other = 0,

    /// <summary>Registered nurse (sykepleier).</summary>
    Nurse = 1,

    /// <summary>Nurse with a specialisation (spesialsykepleier).</summary>
    SpecialistNurse = 2,

    /// <summary>Health worker (helsefagarbeider, hjelpepleier, omsorgsarbeider).</summary>
    HealthWorker = 3,

    /// <summary>Assistant without health education (assistent).</summary>
    Assistant = 4,

    /// <summary>Occupational therapist (ergoterapeut).</summary>
    OccupationalTherapist = 5,

    /// <summary>Physiotherapist (fysioterapeut).</summary>
    Physiotherapist = 6,

    /// <summary>Social educator (vernepleier).</summary>
    SocialEducator = 7,

    /// <summary>Physician (lege).</summary>
    Physician = 8,

    /// <summary>Leader (leder).</summary>
    Leader = 9,
}
