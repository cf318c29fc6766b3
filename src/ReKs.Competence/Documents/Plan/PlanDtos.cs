using System.Text.Json.Serialization;
using NodaTime;

#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA2227, CA1002 // Plain transfer objects: lists are the wire shape.

namespace ReKs.Competence.Documents;

// The plan document's wire shape. These types are the format, not the model: they carry no rules beyond
// "required" and nullability, which the shape check enforces with JSON paths before the mapper builds the model.

internal sealed class PlanDocumentDto : IDirectRead
{
    /// <summary>Whether the plan's scale reaches every level of the people read straight into the model (they are read
    /// before the scale may be known); otherwise the full pipeline reads the document and reports the levels.</summary>
    /// <returns><see langword="true"/> when the direct path may keep what it read.</returns>
    public bool Accepts() => People is not PersonList { MaxLevel: var max } || max <= (Scale?.Count ?? Model.ProficiencyScale.Default.Labels.Length);

    public required int SchemaVersion { get; set; }

    public required TextDto Name { get; set; }

    public PeriodDto? Period { get; set; }

    public List<TextDto>? Scale { get; set; }

    public List<string>? Precedence { get; set; }

    public required List<NodeDto> Organisation { get; set; }

    public required List<CompetenceDto> Competences { get; set; }

    public List<GoalDto>? Goals { get; set; }

    public required List<PersonDto> People { get; set; }

    public required List<RequirementDto> Requirements { get; set; }

    public List<MeasureDto>? Measures { get; set; }

    public List<StaffingDto>? Staffing { get; set; }

    public VerbatimObject? Extensions { get; set; }
}

internal sealed class TextDto
{
    public required string Nb { get; set; }

    public string? En { get; set; }
}

internal sealed class PeriodDto
{
    public required LocalDate Start { get; set; }

    public required LocalDate End { get; set; }
}

internal sealed class NodeDto
{
    public required string Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // null marks the root: always written
    public required string? Parent { get; set; }

    public TextDto? Name { get; set; }

    public string? Kind { get; set; }

    public VerbatimObject? Extensions { get; set; }
}

internal sealed class CompetenceDto
{
    public required string Id { get; set; }

    public required TextDto Name { get; set; }

    public required List<string> Components { get; set; }

    public string? Form { get; set; }

    public string? ExternalReference { get; set; }

    public List<string>? Tags { get; set; }

    public VerbatimObject? Extensions { get; set; }
}

internal sealed class GoalDto
{
    public required string Id { get; set; }

    public required TextDto Name { get; set; }

    public List<string>? Strategies { get; set; }

    public TextDto? Description { get; set; }

    public List<ResourceDto>? Resources { get; set; }
}

internal sealed class ResourceDto
{
    public required string Kind { get; set; }

    public required TextDto Name { get; set; }

    public TextDto? Description { get; set; }
}

internal sealed class StaffingDto
{
    public required string Node { get; set; }

    public required string PositionType { get; set; }

    public required decimal AmountPercent { get; set; }

    public string? Education { get; set; }

    public LocalDate? From { get; set; }
}

internal sealed class PersonDto
{
    public required string Id { get; set; }

    public required string Node { get; set; }

    public required decimal PositionPercent { get; set; }

    public string? PositionType { get; set; }

    public string? Education { get; set; }

    public LocalDate? Starts { get; set; }

    public LocalDate? Leaves { get; set; }

    public List<HoldingDto>? Holdings { get; set; }

    public List<string>? Aspirations { get; set; }

    public List<EvidenceDto>? Evidence { get; set; }

    public VerbatimObject? Extensions { get; set; }

    /// <summary>The person itself when the reader's direct path read it straight into the model
    /// (<see cref="PersonListConverter"/>): then only the identifiers and the share above are set, and the mapper takes
    /// the person as it is. A field, so the serializer neither reads nor writes it.</summary>
    internal Model.Person? Read;
}

internal sealed class HoldingDto
{
    public required string Competence { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // null means "not yet assessed": always written
    public required int? Level { get; set; }

    public required string Basis { get; set; }

    public required bool Used { get; set; }

    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }
}

internal sealed class EvidenceDto
{
    public required string Competence { get; set; }

    public int? Level { get; set; }

    public required string Kind { get; set; }

    public required string Source { get; set; }

    public required LocalDate Recorded { get; set; }

    public bool? Used { get; set; }

    public string? Issuer { get; set; }

    public LocalDate? ValidFrom { get; set; }

    public LocalDate? ValidUntil { get; set; }

    public decimal? Years { get; set; }
}

internal sealed class RequirementDto
{
    public required string Node { get; set; }

    public required string Competence { get; set; }

    public required int MinLevel { get; set; }

    public required decimal AmountPercent { get; set; }

    public List<string>? Goals { get; set; }

    public int? MinHeads { get; set; }

    public LocalDate? From { get; set; }

    public LocalDate? NeededBy { get; set; }
}

internal sealed class MeasureDto
{
    public required string Id { get; set; }

    public required TextDto Name { get; set; }

    public required string Kind { get; set; }

    public List<string>? Strategies { get; set; }

    public List<string>? TargetCompetences { get; set; }

    public int? Capacity { get; set; }

    public List<LocalDate>? Sessions { get; set; }

    public List<string>? Participants { get; set; }

    // The plan's actions (see MeasureDtos.cs): every one optional, so documents without them stay valid.
    public List<string>? Goals { get; set; }

    public List<YieldDto>? Yields { get; set; }

    public List<string>? TargetPositionTypes { get; set; }

    public List<string>? TargetPeople { get; set; }

    public int? Runs { get; set; }

    public decimal? HoursPerParticipant { get; set; }

    public List<string>? Prerequisites { get; set; }

    public bool? Mandatory { get; set; }

    public bool? LeaderTakesPart { get; set; }

    public TextDto? ResponsibleRole { get; set; }

    public string? Status { get; set; }

    public List<CompletionDto>? Completions { get; set; }

    public List<CostDto>? Costs { get; set; }

    public List<FundingDto>? Funding { get; set; }

    public RuleDto? SessionRule { get; set; }

    public List<LocalDate>? EvaluationDates { get; set; }
}
