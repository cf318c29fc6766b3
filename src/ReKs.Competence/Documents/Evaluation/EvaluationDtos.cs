using System.Text.Json.Serialization;
using NodaTime;

#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA2227, CA1002 // Plain transfer objects: lists are the wire shape.

namespace ReKs.Competence.Documents;

// The evaluation document's wire shape: indicators, interventions and series. No rules beyond "required" and
// nullability, which the shape check enforces with JSON paths before the mapper builds the model.

internal sealed class EvaluationDocumentDto
{
    public required int SchemaVersion { get; set; }

    public required List<IndicatorDto> Indicators { get; set; }

    public List<InterventionDto>? Interventions { get; set; }

    public required List<SeriesDto> Series { get; set; }

    public List<StatisticsDto>? Statistics { get; set; }
}

// An official table (JSON-stat 2.0, as SSB's API returns it) read as series: region codes mapped to nodes, content codes
// to indicators, any other dimension fixed to one category.
internal sealed class StatisticsDto
{
    public string? File { get; set; }

    public System.Text.Json.JsonElement? Dataset { get; set; }

    public string? Time { get; set; }

    public string? Region { get; set; }

    public string? Content { get; set; }

    public List<StatisticsFixedDto>? Fixed { get; set; }

    public required List<StatisticsRegionDto> Regions { get; set; }

    public required List<StatisticsContentDto> Contents { get; set; }
}

internal sealed class StatisticsFixedDto
{
    public required string Dimension { get; set; }

    public required string Category { get; set; }
}

internal sealed class StatisticsRegionDto
{
    public required string Code { get; set; }

    public required string Node { get; set; }
}

internal sealed class StatisticsContentDto
{
    public required string Code { get; set; }

    public required string Indicator { get; set; }
}

internal sealed class IndicatorDto
{
    public required string Id { get; set; }

    public required TextDto Name { get; set; }

    public required TextDto Unit { get; set; }

    public required string Kind { get; set; }

    public required string Direction { get; set; }

    public required string Level { get; set; }

    public string? Chart { get; set; }

    public double? Multiplier { get; set; }

    public LikertDto? Likert { get; set; }

    public List<string>? Measures { get; set; }

    public List<string>? Nodes { get; set; }
}

internal sealed class LikertDto
{
    public required int Points { get; set; }

    public required int TopBox { get; set; }
}

internal sealed class InterventionDto
{
    public required string Id { get; set; }

    public required LocalDate Date { get; set; }

    public List<string>? Nodes { get; set; }

    public required TextDto Label { get; set; }

    public string? Measure { get; set; }
}

internal sealed class SeriesDto
{
    public required string Indicator { get; set; }

    public required string Node { get; set; }

    public required List<ObservationDto> Observations { get; set; }
}

internal sealed class ObservationDto
{
    public required string Period { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // null marks a missing value: always written
    public double? Value { get; set; }

    public double? Denominator { get; set; }

    // A subgroup: the period's measurements (Xbar and S charts); the value is then null or left out.
    public List<double>? Values { get; set; }

    public List<int>? Answers { get; set; }

    public string? Status { get; set; }

    public bool? Exclude { get; set; }
}
