namespace ReKs.Competence.Model;

/// <summary>Where an application for funding stands.</summary>
public enum FundingStatus
{
    /// <summary>Applied for (or to be applied for), not yet decided.</summary>
    Applied = 0,

    /// <summary>Granted: the money is secured.</summary>
    Granted = 1,

    /// <summary>Refused.</summary>
    Refused = 2,
}
