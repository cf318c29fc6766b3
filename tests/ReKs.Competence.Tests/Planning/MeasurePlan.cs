using ReKs.Competence.Documents;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Planning;

/// <summary>The test plan of measures (Planning/measures-plan.json): two home-care zones, a basic training in everyday
/// rehabilitation run twice with two seats (after the Bodø seed's training scheme: four two-hour sessions every other
/// week from February 2013, mandatory, leader takes part), a resource-person training that needs it first, supervision
/// put into system, a recruitment and a cancelled phase-out.</summary>
internal static class MeasurePlan
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Planning", "measures-plan.json");

    public static string Json => File.ReadAllText(Path);

    public static CompetencePlan Plan => PlanDocument.Parse(Json).GetValueOrThrow();

    public static Measure Measure(this CompetencePlan plan, string id) => plan.Measures.Single(m => m.Id.Value == id);
}
