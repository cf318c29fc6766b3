using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>One cell of Lai's grid (components × forms): how many people hold some competence of that form with that component.</summary>
/// <remarks>A person is counted once per cell however many competences of the cell they hold, and in every cell their
/// competences reach: a professional competence with knowledge and attitudes counts its holder in two cells.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class LaiGridCount
{
    internal LaiGridCount(LaiForm form, LaiComponents component, int competences, int heads, PositionShare share)
    {
        Form = form;
        Component = component;
        Competences = competences;
        Heads = heads;
        Share = share;
    }

    /// <summary>Gets the form (professional, managerial, personal, social).</summary>
    public LaiForm Form { get; }

    /// <summary>Gets the component (one of knowledge, skills, abilities, attitudes).</summary>
    public LaiComponents Component { get; }

    /// <summary>Gets how many of the plan's competences fall in the cell, whether anyone holds them or not.</summary>
    public int Competences { get; }

    /// <summary>Gets the number of people who hold a competence of the cell (a holding valid at the date).</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up.</summary>
    public PositionShare Share { get; }
}
