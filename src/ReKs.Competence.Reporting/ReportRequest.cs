using ReKs.Competence.Evaluation;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Reporting;

/// <summary>What the HTML report shows: the plan, the as-of date, the language, and the options that change what is
/// shown (the scope, the evaluation data, the wheel, the regional variant and the smallest group a figure may describe).</summary>
/// <remarks>The report carries no clock: "today" is <see cref="AsOf"/>, so the same request gives the same bytes.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ReportRequest
{
    /// <summary>Initializes a new instance of the <see cref="ReportRequest"/> class.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date the report describes.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="scope">The node whose sub-tree the report covers; the root when <see langword="null"/>.</param>
    /// <param name="source">The name of the plan's file, for the footer; none when <see langword="null"/>.</param>
    /// <param name="evaluation">The evaluation data for the indicator section; none when <see langword="null"/>.</param>
    /// <param name="wheel">The annual wheel to draw; the ReKs template when <see langword="null"/>.</param>
    /// <param name="regional">Whether this is the regional report, drawn only from the privacy-safe export.</param>
    /// <param name="minGroupSize">The smallest group a published figure may describe; the gap analysis' default when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan's organisation has no node <paramref name="scope"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minGroupSize"/> is less than 1, or <paramref name="language"/> is not a defined language.</exception>
    public ReportRequest(CompetencePlan plan, LocalDate asOf, Language language, NodeId? scope = null, string? source = null, EvaluationData? evaluation = null, AnnualWheel? wheel = null, bool regional = false, int? minGroupSize = null)
    {
        Plan = Guard.Against.Null(plan, nameof(plan));
        if (scope is { } s && !plan.Organisation.Contains(s))
        {
            throw new ArgumentException($"The organisation has no node '{s}'.", nameof(scope));
        }

        if (minGroupSize is { } m)
        {
            Guard.Against.NegativeOrZero(m, nameof(minGroupSize));
        }

        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "The language is not defined.");
        }

        AsOf = asOf;
        Language = language;
        Scope = scope ?? plan.Organisation.Root.Id;
        Source = source;
        Evaluation = evaluation;
        Wheel = wheel ?? AnnualWheel.ReksTemplate;
        Regional = regional;
        MinGroupSize = minGroupSize;
    }

    /// <summary>Gets the plan.</summary>
    public CompetencePlan Plan { get; }

    /// <summary>Gets the date the report describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the reader's language.</summary>
    public Language Language { get; }

    /// <summary>Gets the node whose sub-tree the report covers.</summary>
    public NodeId Scope { get; }

    /// <summary>Gets the name of the plan's file, for the footer, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the evaluation data for the indicator section, or <see langword="null"/>.</summary>
    public EvaluationData? Evaluation { get; }

    /// <summary>Gets the annual wheel the report draws.</summary>
    public AnnualWheel Wheel { get; }

    /// <summary>Gets a value indicating whether this is the regional report: everything it shows of the gap analysis is drawn from the privacy-safe export.</summary>
    public bool Regional { get; }

    /// <summary>Gets the smallest group a published figure may describe, or <see langword="null"/> for the gap analysis' default.</summary>
    public int? MinGroupSize { get; }

    /// <inheritdoc/>
    public override string ToString() => $"report of {Plan.Name.Norwegian} as of {AsOf:uuuu-MM-dd} ({Scope}{(Regional ? ", regional" : string.Empty)})";
}
