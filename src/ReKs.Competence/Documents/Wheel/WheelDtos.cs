using NodaTime;

#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA2227, CA1002 // Plain transfer objects: lists are the wire shape.
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Documents;

// The wheel document's wire shape: the format, not the model. Beyond "required" and nullability (which the shape
// check enforces with JSON paths) the mapper checks every value and reference.

internal sealed class WheelDocumentDto
{
    public required int SchemaVersion { get; set; }

    public required TextDto Name { get; set; }

    public required List<WheelPeriodDto> Periods { get; set; }

    public required List<WheelTermDto> Rings { get; set; }

    public List<WheelTermDto>? Owners { get; set; }

    public List<ClosedPeriodDto>? ClosedPeriods { get; set; }

    public required List<ActivityDto> Activities { get; set; }
}

/// <summary>A ring or an owner role: its id as a string, or an object with the id and the name the wheel gives it
/// (<see cref="WheelTermConverter"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(WheelTermConverter))]
internal sealed class WheelTermDto
{
    public required string Id { get; set; }

    public TextDto? Name { get; set; }
}

internal sealed class WheelPeriodDto
{
    public required TextDto Name { get; set; }

    public required string Colour { get; set; }

    public required string Start { get; set; }
}

internal sealed class ClosedPeriodDto
{
    public required string Start { get; set; }

    public required string End { get; set; }

    public TextDto? Name { get; set; }
}

internal sealed class ActivityDto
{
    public required string Id { get; set; }

    public required TextDto Name { get; set; }

    public required string Ring { get; set; }

    public required string Category { get; set; }

    public required string Owner { get; set; }

    public required RuleDto Rule { get; set; }

    public string? Adjust { get; set; }

    public LocalTime? Time { get; set; }

    public int? DurationMinutes { get; set; }

    public string? Link { get; set; }

    public string? LinkKind { get; set; }
}

internal sealed class RuleDto
{
    public required string Kind { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public string? Weekday { get; set; }

    public int? N { get; set; }

    public int? Week { get; set; }

    public LocalDate? Start { get; set; }

    public int? Every { get; set; }

    public int? Count { get; set; }

    public string? Activity { get; set; }

    public string? Period { get; set; }

    public string? Boundary { get; set; }

    public int? Offset { get; set; }

    public string? Unit { get; set; }

    public int? FirstYear { get; set; }

    public int? LastYear { get; set; }

    public List<LocalDate>? Skip { get; set; }

    public List<MoveDto>? Moves { get; set; }
}

internal sealed class MoveDto
{
    public required LocalDate From { get; set; }

    public required LocalDate To { get; set; }
}
