using System.Text.Json.Serialization;

namespace ReKs.Competence.Documents;

// The shapes of the JSON outputs written from the views (reks.gaps, reks.gaps.regional, reks.inventory,
// reks.evaluation, reks.wheel, reks.plan). Property names are the JSON names in camelCase, in the order written; a null
// property is left out unless it is marked Never (then it is written as null, and the schema says so).
// docs/outputs.md documents every field; docs/*.output.schema.json publish them.

internal sealed class GapOptionsDto
{
    public int DevelopReach { get; init; }

    public int MinHeads { get; init; }

    public int MinGroupSize { get; init; }
}

internal sealed class GapsOutputDto
{
    public required string Format { get; init; }

    public int Version { get; init; }

    public required string Plan { get; init; }

    public required string AsOf { get; init; }

    public required string Scope { get; init; }

    public required string Unit { get; init; }

    public required GapOptionsDto Options { get; init; }

    public required List<GapLineDto> Lines { get; init; }

    public required List<NetLineDto> Net { get; init; }

    public required List<SharingDto> Sharing { get; init; }

    public required List<UnrequiredDto> Unrequired { get; init; }
}

internal sealed class GapLineDto
{
    public required string Node { get; init; }

    public required string Competence { get; init; }

    public int MinLevel { get; init; }

    public decimal Amount { get; init; }

    public decimal UsedSupply { get; init; }

    public decimal UnusedSupply { get; init; }

    public decimal Developable { get; init; }

    public int Heads { get; init; }

    public int People { get; init; }

    public decimal Gap { get; init; }

    public decimal Mobilise { get; init; }

    public decimal Develop { get; init; }

    public decimal Acquire { get; init; }

    public decimal Surplus { get; init; }

    public bool Fragile { get; init; }

    public int MinHeads { get; init; }

    public required List<string> Goals { get; init; }

    public string? NeededBy { get; init; }
}

internal sealed class FiguresDto
{
    public decimal Amount { get; init; }

    public decimal UsedSupply { get; init; }

    public decimal UnusedSupply { get; init; }

    public decimal Developable { get; init; }

    public int Heads { get; init; }

    public int People { get; init; }

    public decimal Gap { get; init; }

    public decimal Mobilise { get; init; }

    public decimal Develop { get; init; }

    public decimal Acquire { get; init; }

    public decimal Surplus { get; init; }
}

internal sealed class NetDto
{
    public decimal Amount { get; init; }

    public int Heads { get; init; }

    public decimal Gap { get; init; }

    public decimal Mobilise { get; init; }

    public decimal Develop { get; init; }

    public decimal Acquire { get; init; }

    public decimal Surplus { get; init; }

    public decimal Shared { get; init; }
}

internal sealed class NetLineDto
{
    public required string Node { get; init; }

    public required string Competence { get; init; }

    public int MinLevel { get; init; }

    public decimal Amount { get; init; }

    public int Heads { get; init; }

    public decimal Gap { get; init; }

    public decimal Mobilise { get; init; }

    public decimal Develop { get; init; }

    public decimal Acquire { get; init; }

    public decimal Surplus { get; init; }

    public decimal Shared { get; init; }
}

internal sealed class SharingDto
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required string Competence { get; init; }

    public int MinLevel { get; init; }

    public decimal Amount { get; init; }
}

internal sealed class UnrequiredDto
{
    public required string Node { get; init; }

    public required string Competence { get; init; }

    public int Holders { get; init; }

    public decimal PositionPercent { get; init; }
}

internal sealed class RegionalOutputDto
{
    public required string Format { get; init; }

    public int Version { get; init; }

    public required string Plan { get; init; }

    public required string AsOf { get; init; }

    public required string Scope { get; init; }

    public required string Unit { get; init; }

    public required GapOptionsDto Options { get; init; }

    public int MinGroupSize { get; init; }

    public required List<RegionalCellDto> Cells { get; init; }

    public required List<SharingDto> Sharing { get; init; }
}

internal sealed class RegionalCellDto
{
    public required string Node { get; init; }

    public required string Competence { get; init; }

    public int MinLevel { get; init; }

    public decimal Amount { get; init; }

    public bool Withheld { get; init; }

    public FiguresDto? Partial { get; init; }

    public NetDto? Net { get; init; }
}

internal sealed class InventoryOutputDto
{
    public required string Format { get; init; }

    public int Version { get; init; }

    public required string Plan { get; init; }

    public required string AsOf { get; init; }

    public required string Scope { get; init; }

    public required string Unit { get; init; }

    public required List<InventoryNodeDto> Nodes { get; init; }

    public required List<InventoryRowDto> Rows { get; init; }

    public required List<StaffingCountDto> Staffing { get; init; }

    public required List<StaffingRequirementDto> StaffingRequirements { get; init; }

    public required List<DisagreementDto> Disagreements { get; init; }
}

internal sealed class GridCellDto
{
    public required string Form { get; init; }

    public required string Component { get; init; }

    public int Competences { get; init; }

    public int Heads { get; init; }

    public decimal PositionPercent { get; init; }
}

internal sealed class StaffingCountDto
{
    public required string Node { get; init; }

    public required string PositionType { get; init; }

    public required string Education { get; init; }

    public int Heads { get; init; }

    public decimal PositionPercent { get; init; }
}

internal sealed class StaffingRequirementDto
{
    public required string Node { get; init; }

    public required string PositionType { get; init; }

    public string? Education { get; init; }

    public decimal AmountPercent { get; init; }

    public bool Applies { get; init; }

    public int Heads { get; init; }

    public decimal PresentPercent { get; init; }

    public decimal ShortfallPercent { get; init; }

    public decimal OverPercent { get; init; }
}

internal sealed class DisagreementDto
{
    public required string Person { get; init; }

    public required string Competence { get; init; }

    public required List<StatementDto> Statements { get; init; }
}

internal sealed class StatementDto
{
    public required string Source { get; init; }

    public int? Level { get; init; }

    public bool Counts { get; init; }
}

internal sealed class InventoryNodeDto
{
    public required string Node { get; init; }

    public int Heads { get; init; }

    public decimal PositionPercent { get; init; }

    public int KnowledgeHeads { get; init; }

    public int SkillsHeads { get; init; }

    public int AbilitiesHeads { get; init; }

    public int AttitudesHeads { get; init; }

    public required List<GridCellDto> Grid { get; init; }
}

internal sealed class InventoryRowDto
{
    public required string Node { get; init; }

    public required string Competence { get; init; }

    public int Heads { get; init; }

    public decimal PositionPercent { get; init; }

    public required List<int> HeadsByLevel { get; init; }

    public int NotAssessed { get; init; }

    public int Formal { get; init; }

    public int Informal { get; init; }

    public int Used { get; init; }
}

internal sealed class WheelOutputDto
{
    public required string Format { get; init; }

    public int Version { get; init; }

    public required string Plan { get; init; }

    public required TextDto Wheel { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required List<WheelOccurrenceDto> Activities { get; init; }

    public required List<WheelReminderDto> Reminders { get; init; }
}

internal sealed class WheelOccurrenceDto
{
    public required string Date { get; init; }

    public required string Weekday { get; init; }

    public required string Nominal { get; init; }

    public required string Activity { get; init; }

    public required TextDto Name { get; init; }

    public required TextDto Period { get; init; }

    public required string Ring { get; init; }

    public required TextDto RingName { get; init; }

    public required string Category { get; init; }

    public required string Owner { get; init; }

    public required TextDto OwnerName { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    public string? Link { get; init; }

    public string? LinkKind { get; init; }
}

internal sealed class WheelReminderDto
{
    public required string Date { get; init; }

    public required string Weekday { get; init; }

    public required string Kind { get; init; }

    public required string Activity { get; init; }

    public required TextDto Name { get; init; }

    public required string Category { get; init; }

    public required string Owner { get; init; }

    public required TextDto OwnerName { get; init; }
}

internal sealed class EvaluationOutputDto
{
    public required string Format { get; init; }

    public int Version { get; init; }

    public required string Plan { get; init; }

    public required string AsOf { get; init; }

    public required string Scope { get; init; }

    public required List<IndicatorOutputDto> Indicators { get; init; }

    public List<KirkpatrickDto>? Kirkpatrick { get; init; }

    public List<HealthShareDto>? HealthEducationShare { get; init; }

    public List<KostraGroupDto>? KostraGroupComparison { get; init; }
}

internal sealed class IndicatorOutputDto
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Direction { get; init; }

    public required string Level { get; init; }

    public required string Chart { get; init; }

    public required List<NodeEvaluationDto> Nodes { get; init; }
}

internal sealed class NodeEvaluationDto
{
    public required string Node { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Intervention { get; init; }

    public string? InterventionDate { get; init; }

    public required string Verdict { get; init; }

    public required BaselineDto Baseline { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? NewLevel { get; init; }

    public RunsDto? Runs { get; init; }

    public required List<SignalDto> Signals { get; init; }

    public required List<string> Warnings { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public EffectDto? Effect { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public EffectDto? Comparison { get; init; }

    public required List<string> ComparisonNodes { get; init; }

    public List<PointDto>? Points { get; init; }

    public MovingRangeChartDto? MovingRangeChart { get; init; }

    public StandardDeviationChartDto? StandardDeviationChart { get; init; }
}

internal sealed class BaselineDto
{
    public int Observations { get; init; }

    public int Points { get; init; }

    public int Useful { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Centre { get; init; }
}

internal sealed class RunsDto
{
    public int Useful { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? LongestRun { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? LongestRunMax { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Crossings { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? CrossingsMin { get; init; }
}

internal sealed class SignalDto
{
    public required string Rule { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public int Length { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Limit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Side { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool? Favourable { get; init; }

    public bool PastBaseline { get; init; }
}

internal sealed class EffectDto
{
    public required string Design { get; init; }

    public int N { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? BaselineMean { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Difference { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Lower95 { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Upper95 { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? RelativeChange { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? HedgesG { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? HedgesGLower95 { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? HedgesGUpper95 { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? DegreesOfFreedom { get; init; }
}

internal sealed class PointDto
{
    public required string Period { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Value { get; init; }

    // Centre, limits and moving range appear only when the chart has them; a point without (a missing month) is null.
    public NumberOrNull? Centre { get; init; }

    public NumberOrNull? Lower { get; init; }

    public NumberOrNull? Upper { get; init; }

    public NumberOrNull? MovingRange { get; init; }

    // A subgroup's size, and the S chart beside an Xbar chart.
    public int? SubgroupSize { get; init; }

    public NumberOrNull? StandardDeviation { get; init; }

    public NumberOrNull? StandardDeviationCentre { get; init; }

    public NumberOrNull? StandardDeviationLower { get; init; }

    public NumberOrNull? StandardDeviationUpper { get; init; }

    public bool? Excluded { get; init; }
}

internal sealed class StandardDeviationChartDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Centre { get; init; }

    public required List<string> SigmaSignals { get; init; }
}

internal sealed class MovingRangeChartDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Centre { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Lower { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Upper { get; init; }

    public required List<string> SigmaSignals { get; init; }
}

internal sealed class KirkpatrickDto
{
    public required string Measure { get; init; }

    public KirkpatrickLevelDto? Reaction { get; init; }

    public KirkpatrickLevelDto? Learning { get; init; }

    public KirkpatrickLevelDto? Behaviour { get; init; }

    public KirkpatrickLevelDto? Results { get; init; }
}

internal sealed class KirkpatrickLevelDto
{
    public required List<string> Indicators { get; init; }

    public int Evaluations { get; init; }

    public int NonParticipants { get; init; }

    public required string Finding { get; init; }

    public required Dictionary<string, int> Verdicts { get; init; }
}

internal sealed class HealthShareDto
{
    public required string Node { get; init; }

    public decimal PersonYears { get; init; }

    public decimal UpperSecondary { get; init; }

    public decimal Higher { get; init; }

    public decimal Unknown { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? Share { get; init; }

    public decimal SpecialistNurses { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? SpecialistNurseShare { get; init; }
}

internal sealed class KostraGroupDto
{
    public required string Node { get; init; }

    public required string Municipality { get; init; }

    public required string Group { get; init; }

    public required string Content { get; init; }

    public required string ContentLabel { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Latest { get; init; }

    public required List<KostraPeriodDto> Periods { get; init; }
}

internal sealed class KostraPeriodDto
{
    public required string Period { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Municipality { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Group { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Difference { get; init; }
}

/// <summary>A number that is written as JSON null when it is not finite; the property holding it is left out when the
/// holder is null, so a field can be absent, null or a number.</summary>
[JsonConverter(typeof(NumberOrNullConverter))]
internal sealed class NumberOrNull(double? value)
{
    public double? Value { get; } = value;
}

internal sealed class NumberOrNullConverter : JsonConverter<NumberOrNull>
{
    public override NumberOrNull Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        throw new NotSupportedException("Outputs are written, never read.");

    public override void Write(System.Text.Json.Utf8JsonWriter writer, NumberOrNull value, System.Text.Json.JsonSerializerOptions options)
    {
        if (value.Value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

internal sealed class PlanOutputDto
{
    public required string Format { get; init; }

    public int Version { get; init; }

    public required string Plan { get; init; }

    public required string AsOf { get; init; }

    public required string Scope { get; init; }

    public required string Unit { get; init; }

    public required List<PlanLineDto> Lines { get; init; }

    public required List<PlanMeasureDto> Measures { get; init; }

    public required List<string> Unaddressed { get; init; }

    public required List<string> AddressingNoNeed { get; init; }

    public required BudgetDto Budget { get; init; }

    public required List<MeasureEvaluationDto> Evaluation { get; init; }
}

internal sealed class PlanLineDto
{
    public required string Node { get; init; }

    public required string Competence { get; init; }

    public int Level { get; init; }

    public required List<string> Goals { get; init; }

    public decimal NeedPercent { get; init; }

    public decimal CoveredPercent { get; init; }

    public decimal LeftPercent { get; init; }

    public required List<ContributionDto> Measures { get; init; }
}

internal sealed class ContributionDto
{
    public required string Id { get; init; }

    public decimal CoversPercent { get; init; }

    public bool Addresses { get; init; }

    public bool Late { get; init; }

    public required List<string> People { get; init; }
}

internal sealed class PlanMeasureDto
{
    public required string Id { get; init; }

    public required string Status { get; init; }

    public bool Completes { get; init; }

    public long? Seats { get; init; }

    public long OverCommitted { get; init; }

    public required List<string> Reaches { get; init; }

    public required BudgetDto Budget { get; init; }
}

internal sealed class BudgetDto
{
    public decimal Cost { get; init; }

    public decimal Granted { get; init; }

    public decimal Applied { get; init; }

    public decimal Refused { get; init; }

    public decimal Shortfall { get; init; }
}

internal sealed class MeasureEvaluationDto
{
    public required string Measure { get; init; }

    public required KirkpatrickLevelsDto Levels { get; init; }

    public required List<string> Unmeasured { get; init; }

    public required List<string> EvaluationDates { get; init; }
}

internal sealed class KirkpatrickLevelsDto
{
    public required List<string> Reaction { get; init; }

    public required List<string> Learning { get; init; }

    public required List<string> Behaviour { get; init; }

    public required List<string> Results { get; init; }
}
