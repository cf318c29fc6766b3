using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>The holders of one competence in one node's sub-tree.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class InventoryRow
{
    internal InventoryRow(NodeId node, CompetenceId competence, int heads, PositionShare share, ImmutableArray<int> headsByLevel, ImmutableArray<PositionShare> shareByLevel, int formal, int informal, int used, int notAssessed)
    {
        Node = node;
        Competence = competence;
        Heads = heads;
        Share = share;
        HeadsByLevel = headsByLevel;
        ShareByLevel = shareByLevel;
        FormalHeads = formal;
        InformalHeads = informal;
        UsedHeads = used;
        NotAssessedHeads = notAssessed;
    }

    /// <summary>Gets the node whose sub-tree the row counts.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the number of people holding the competence (valid at the date).</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up.</summary>
    public PositionShare Share { get; }

    /// <summary>Gets the number of holders by real-competence level; index 0 is level 1.</summary>
    public ImmutableArray<int> HeadsByLevel { get; }

    /// <summary>Gets the holders' position share by level; index 0 is level 1.</summary>
    public ImmutableArray<PositionShare> ShareByLevel { get; }

    /// <summary>Gets the number of holders with a formal holding.</summary>
    public int FormalHeads { get; }

    /// <summary>Gets the number of holders with an informal holding.</summary>
    public int InformalHeads { get; }

    /// <summary>Gets the number of holders who apply the competence in their role.</summary>
    public int UsedHeads { get; }

    /// <summary>Gets the number of holders whose level is not yet assessed.</summary>
    public int NotAssessedHeads { get; }
}
