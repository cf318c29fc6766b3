namespace ReKs.Competence.Model;

/// <summary>The kind of a non-person resource a goal can lean on: capital that is not a person's competence.</summary>
public enum ResourceKind
{
    /// <summary>Any other resource.</summary>
    Other = 0,

    /// <summary>A competence environment (kompetansemiljø), such as an established interdisciplinary team or a professional community.</summary>
    CompetenceEnvironment = 1,

    /// <summary>A network (nettverk), such as a learning network run by the development centre (USHT).</summary>
    Network = 2,

    /// <summary>An agreement (avtale), such as the collaboration agreement with the hospital trust.</summary>
    Agreement = 3,

    /// <summary>A partnership with an education or research institution (university, university college, vocational college).</summary>
    Partnership = 4,

    /// <summary>Funds (midler) for research, development or competence raising.</summary>
    Funds = 5,
}
