using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>The plan's vocabulary a view is read with: its name, organisation (node names and the tree), competences,
/// goals and proficiency scale, so that every output names what the plan names instead of printing ids.</summary>
/// <remarks>A glossary holds no person and no holding: it is safe to carry in the privacy-safe regional view. Lookups
/// of an id the plan does not know give the id itself, so an output never fails on a name. A view built from a result
/// alone, without its plan (<see cref="WheelView.Create(Wheel.AnnualWheel)"/>, <see cref="EvaluationView.Create(Evaluation.IndicatorEvaluation)"/>),
/// reads with a glossary of what the result itself names: see those methods.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PlanGlossary
{
    private readonly ImmutableDictionary<CompetenceId, Model.Competence> _competences;
    private readonly ImmutableDictionary<GoalId, Goal> _goals;
    private readonly ImmutableDictionary<MeasureId, Measure> _measures;

    private PlanGlossary(CompetencePlan plan)
    {
        Name = plan.Name;
        Organisation = plan.Organisation;
        Competences = plan.Competences;
        Goals = plan.Goals;
        Scale = plan.Scale;
        _competences = plan.Competences.ToImmutableDictionary(c => c.Id);
        _goals = plan.Goals.ToImmutableDictionary(g => g.Id);
        _measures = plan.Measures.ToImmutableDictionary(m => m.Id);
    }

    private PlanGlossary(LocalizedText name, OrganisationNode node)
    {
        Name = name;
        Organisation = new Organisation([node]);
        Competences = [];
        Goals = [];
        Scale = ProficiencyScale.Default;
        _competences = ImmutableDictionary<CompetenceId, Model.Competence>.Empty;
        _goals = ImmutableDictionary<GoalId, Goal>.Empty;
        _measures = ImmutableDictionary<MeasureId, Measure>.Empty;
    }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the plan's organisation: node names and the tree, no people.</summary>
    public Organisation Organisation { get; }

    /// <summary>Gets the plan's competences.</summary>
    public ImmutableArray<Model.Competence> Competences { get; }

    /// <summary>Gets the plan's goals.</summary>
    public ImmutableArray<Goal> Goals { get; }

    /// <summary>Gets the plan's proficiency scale.</summary>
    public ProficiencyScale Scale { get; }

    /// <summary>Builds the glossary of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The glossary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static PlanGlossary Of(CompetencePlan plan) => new(Guard.Against.Null(plan, nameof(plan)));

    /// <summary>Builds the glossary of a result shown without its plan: a name, an organisation of the one node the
    /// result names, and no competences, goals or measures (every other id is shown as itself).</summary>
    internal static PlanGlossary Without(LocalizedText name, OrganisationNode node) => new(name, node);

    /// <summary>Gets a node's name in a language, or its id when the organisation has no such node.</summary>
    /// <param name="node">The node.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string NodeName(NodeId node, Language language) => Organisation.Contains(node) ? Organisation[node].Name.In(language) : node.Value;

    /// <summary>Gets a competence's name in a language, or its id when the plan has no such competence.</summary>
    /// <param name="competence">The competence.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string CompetenceName(CompetenceId competence, Language language) =>
        _competences.TryGetValue(competence, out var c) ? c.Name.In(language) : competence.Value;

    /// <summary>Finds a competence of the plan.</summary>
    /// <param name="competence">The competence's id.</param>
    /// <returns>The competence, or <see langword="null"/> when the plan has none with that id.</returns>
    public Model.Competence? FindCompetence(CompetenceId competence) => _competences.GetValueOrDefault(competence);

    /// <summary>Gets a goal's name in a language, or its id when the plan has no such goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string GoalName(GoalId goal, Language language) => _goals.TryGetValue(goal, out var g) ? g.Name.In(language) : goal.Value;

    /// <summary>Names a measure in a language; a measure the plan does not have is shown by its identifier.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string MeasureName(MeasureId measure, Language language) => _measures.TryGetValue(measure, out var m) ? m.Name.In(language) : measure.Value;

    /// <inheritdoc/>
    public override string ToString() => $"{Name.Norwegian}: {Organisation.Nodes.Length} nodes, {Competences.Length} competences, {Goals.Length} goals";
}
