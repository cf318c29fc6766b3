namespace ReKs.Competence.Model;

/// <summary>The kind of an organisation node; the tree may be of any depth and mix kinds freely.</summary>
public enum NodeKind
{
    /// <summary>A region: a collaboration of municipalities, such as ReKs.</summary>
    Region = 0,

    /// <summary>A municipality (kommune).</summary>
    Municipality = 1,

    /// <summary>A service area (tjenesteområde), such as home care or nursing homes.</summary>
    ServiceArea = 2,

    /// <summary>A unit (avdeling, enhet): a ward, a zone, a team.</summary>
    Unit = 3,

    /// <summary>Any other grouping.</summary>
    Other = 4,
}
