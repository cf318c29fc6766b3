using ReKs.Competence.Documents;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>Writes a view as Markdown in one call: level-2 and level-3 headings, sentences and pipe tables, in Norwegian
/// bokmål or English; what <c>reks</c> prints with <c>--format markdown</c>, ready for a notebook cell or a wiki page.</summary>
/// <remarks>Person-years have one decimal in the reader's notation; names from the plan are shown, not ids; control
/// characters in a name are shown as visible symbols, and a cell passes no HTML or pipe through a Markdown renderer. The same view and language give the same text.</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class MarkdownTables
{
    /// <summary>Writes the gap analysis: its lines, the net view of the scope's node, the sharing suggestions and the unrequired competence.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The Markdown, each line ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Gaps(GapsView view, Language language) => GapsText.Of(Guard.Against.Null(view, nameof(view)), Languages.Checked(language)).Text(markdown: true);

    /// <summary>Writes the privacy-safe regional view: published cells, withheld cells marked, and the sharing between published units.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The Markdown, each line ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Regional(RegionalView view, Language language) => GapsText.Of(Guard.Against.Null(view, nameof(view)), Languages.Checked(language)).Text(markdown: true);

    /// <summary>Writes the competence mapping: people per node, holdings per competence and level, Lai's grid, staffing and the sources that disagree.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The Markdown, each line ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Inventory(InventoryView view, Language language) => InventoryText.Of(Guard.Against.Null(view, nameof(view)), Languages.Checked(language)).Text(markdown: true);

    /// <summary>Writes the evaluation: each indicator's evaluations per node, in detail or with the Kirkpatrick summary, and KOSTRA's shares when the view has them.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The Markdown, each line ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Evaluation(EvaluationView view, Language language) => Evaluation(view, language, []);

    /// <summary>Writes the evaluation with the municipalities against their KOSTRA groups (SSB's figures) after it.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="comparisons">The comparisons to show after the evaluation; none to show none.</param>
    /// <returns>The Markdown, each line ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> or <paramref name="comparisons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Evaluation(EvaluationView view, Language language, IEnumerable<KostraGroupComparison> comparisons) =>
        EvaluationText.Of(Guard.Against.Null(view, nameof(view)), Languages.Checked(language), [.. Guard.Against.Null(comparisons, nameof(comparisons))]).Text(markdown: true);

    /// <summary>Writes the annual wheel: its activities in the window with date, period, ring, category, owner and time, and the plan's reminders.</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The Markdown, each line ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Wheel(WheelView view, Language language) => WheelText.Of(Guard.Against.Null(view, nameof(view)), Languages.Checked(language)).Text(markdown: true);

    /// <summary>Writes the plan of measures: per goal the needs in scope and what the measures cover, the measures with their reach, cost and funding, the budget's sums, and the evaluation per measure (Kirkpatrick).</summary>
    /// <param name="view">The view.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The Markdown, each line ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string Plan(PlanView view, Language language) => PlanText.Of(Guard.Against.Null(view, nameof(view)), Languages.Checked(language)).Text(markdown: true);
}
