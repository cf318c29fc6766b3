using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Cli;

/// <summary>Reads the wheel document of <c>--wheel</c> for every verb that takes one, so a wheel that does not fit the plan
/// is refused by each of them with the same problems and the same exit code.</summary>
internal static class WheelLoader
{
    /// <summary>Reads the wheel document and checks its links (goals, measures and, with <paramref name="evaluation"/>,
    /// indicators) against the plan; every problem of the document or of its links, with its JSON path, becomes one
    /// invalid-input error.</summary>
    /// <param name="file">The wheel document.</param>
    /// <param name="plan">The plan the wheel is drawn with.</param>
    /// <param name="evaluation">The evaluation data the verb uses, or <see langword="null"/> when it has none (indicator links are then checked only as far as the plan can tell).</param>
    public static AnnualWheel Load(FileInfo file, CompetencePlan plan, EvaluationData? evaluation)
    {
        var wheel = DocumentLoader.Load(file, stream => WheelDocument.Read(stream));
        var problems = wheel.ProblemsWith(plan, evaluation);
        return problems.IsEmpty ? wheel : throw new CliInputException(DocumentLoader.Describe(file, problems));
    }
}
