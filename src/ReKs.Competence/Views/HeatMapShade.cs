namespace ReKs.Competence.Views;

/// <summary>What a heat-map cell is coloured by: the dominant need of a node on a competence after sharing within its
/// sub-tree, or why it has none.</summary>
public enum HeatMapShade
{
    /// <summary>No requirement on the competence in the node's sub-tree.</summary>
    None = 0,

    /// <summary>Requirements on the competence, all covered: no need left.</summary>
    Covered = 1,

    /// <summary>The largest need is mobilisation (competence held but unused): larger than both develop and acquire.</summary>
    Mobilise = 2,

    /// <summary>The largest need is learning (develop current staff): larger than acquire and no smaller than mobilise.</summary>
    Develop = 3,

    /// <summary>The largest need is acquisition (recruit or buy): no smaller than develop or mobilise.</summary>
    Acquire = 4,

    /// <summary>A figure of the cell is withheld by the privacy-safe regional export: only the requirement is known.</summary>
    Withheld = 5,
}
