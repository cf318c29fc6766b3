using NodaTime;

#pragma warning disable CA1812 // Instantiated by the source-generated serializer.

namespace ReKs.Competence.Documents;

// The wire shape of a measure's yields, completions, costs and funding.

internal sealed class YieldDto
{
    public required string Strategy { get; set; }

    public required string Competence { get; set; }

    public int? Level { get; set; }

    public string? Node { get; set; }

    public decimal? AmountPercent { get; set; }

    public string? PositionType { get; set; }

    public LocalDate? By { get; set; }
}

internal sealed class CompletionDto
{
    public required string Person { get; set; }

    public required LocalDate Date { get; set; }
}

internal sealed class CostDto
{
    public required int Year { get; set; }

    public required TextDto Description { get; set; }

    public decimal? Fee { get; set; }

    public decimal? Hours { get; set; }

    public decimal? Rate { get; set; }
}

internal sealed class FundingDto
{
    public required string Source { get; set; }

    public required int Year { get; set; }

    public required decimal Amount { get; set; }

    public required string Status { get; set; }

    public LocalDate? ApplicationDeadline { get; set; }
}
