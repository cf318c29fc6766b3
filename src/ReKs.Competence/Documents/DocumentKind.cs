using System.Text.Json;

namespace ReKs.Competence.Documents;

/// <summary>The kinds of document the library reads.</summary>
public enum DocumentKind
{
    /// <summary>A plan document (<see cref="PlanDocument"/>): organisation, people, competences, requirements, goals.</summary>
    Plan = 0,

    /// <summary>A wheel document (<see cref="WheelDocument"/>): an annual wheel as data.</summary>
    Wheel = 1,

    /// <summary>An evaluation document (<see cref="EvaluationDocument"/>): indicators, series and interventions.</summary>
    Evaluation = 2,
}
