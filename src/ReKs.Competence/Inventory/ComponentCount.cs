using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>How many people hold some competence with one of Lai's components.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ComponentCount
{
    internal ComponentCount(LaiComponents component, int heads, PositionShare share)
    {
        Component = component;
        Heads = heads;
        Share = share;
    }

    /// <summary>Gets the component.</summary>
    public LaiComponents Component { get; }

    /// <summary>Gets the number of people.</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up.</summary>
    public PositionShare Share { get; }
}
