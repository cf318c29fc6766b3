using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>KS step 5, staffing beside competence: heads and person-years of one position type and education in a node's sub-tree.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class StaffingCount
{
    internal StaffingCount(NodeId node, PositionType positionType, HealthEducation education, int heads, PositionShare share)
    {
        Node = node;
        PositionType = positionType;
        Education = education;
        Heads = heads;
        Share = share;
    }

    /// <summary>Gets the node whose sub-tree is counted.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the position type.</summary>
    public PositionType PositionType { get; }

    /// <summary>Gets the highest health or social education.</summary>
    public HealthEducation Education { get; }

    /// <summary>Gets the number of people employed at the date.</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up (100 = one person-year).</summary>
    public PositionShare Share { get; }
}
