using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>A staffing requirement set against the staff who meet it: the person-years required, present, short and over.</summary>
/// <remarks><see cref="Shortfall"/> + <see cref="Present"/> − <see cref="Over"/> = <see cref="StaffingRequirement.Amount"/>, and at most one of
/// <see cref="Shortfall"/> and <see cref="Over"/> is more than zero.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class StaffingLine
{
    internal StaffingLine(StaffingRequirement requirement, bool applies, int heads, PositionShare present)
    {
        Requirement = requirement;
        Applies = applies;
        Heads = heads;
        Present = present;
        var required = applies ? requirement.Amount : PositionShare.Zero;
        Shortfall = present < required ? required - present : PositionShare.Zero;
        Over = present > required ? present - required : PositionShare.Zero;
    }

    /// <summary>Gets the requirement.</summary>
    public StaffingRequirement Requirement { get; }

    /// <summary>Gets whether the requirement applies at the date; one that does not yet apply requires nothing.</summary>
    public bool Applies { get; }

    /// <summary>Gets the number of people employed at the date in the node's sub-tree who meet the requirement.</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up.</summary>
    public PositionShare Present { get; }

    /// <summary>Gets the person-years missing: the requirement's amount less those present, or zero.</summary>
    public PositionShare Shortfall { get; }

    /// <summary>Gets the person-years beyond the requirement, or zero.</summary>
    public PositionShare Over { get; }
}
