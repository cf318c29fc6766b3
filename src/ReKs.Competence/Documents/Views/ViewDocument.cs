using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Documents;

/// <summary>Writes the documented, versioned JSON outputs from their views: <c>reks.gaps</c>, <c>reks.gaps.regional</c>,
/// <c>reks.inventory</c>, <c>reks.evaluation</c>, <c>reks.wheel</c> and <c>reks.plan</c> (see <c>docs/outputs.md</c> and the
/// <c>docs/*.output.schema.json</c> schemas).</summary>
/// <remarks>
/// <para>Every output is one indented JSON object that starts with <c>format</c> and <c>version</c>, ends in a newline
/// and writes Norwegian letters as they are. A property's name never changes within a version; a change that could
/// break a reader raises the version.</para>
/// <para>Dates are ISO (<c>2026-09-01</c>); amounts are in percent of a full position, exactly as the plan's
/// hundredths; enum values are camelCase names; a statistic that is not a finite number is <c>null</c>.</para>
/// <para>Writing is deterministic: the same view gives the same bytes.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class ViewDocument
{
    /// <summary>The unit of every amount in the gap and inventory outputs.</summary>
    public const string PercentUnit = "percent of a full position";

    /// <summary>Writes the <c>reks.gaps</c> output as UTF-8 bytes without a byte-order mark: the text of <see cref="WriteString(GapsView)"/>.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static byte[] Write(GapsView view) => Bytes(Dto(view), ViewJsonContext.Output.GapsOutputDto);

    /// <summary>Writes the <c>reks.gaps.regional</c> output as UTF-8 bytes without a byte-order mark: the text of <see cref="WriteString(RegionalView)"/>.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static byte[] Write(RegionalView view) => Bytes(Dto(view), ViewJsonContext.Output.RegionalOutputDto);

    /// <summary>Writes the <c>reks.inventory</c> output as UTF-8 bytes without a byte-order mark: the text of <see cref="WriteString(InventoryView)"/>.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static byte[] Write(InventoryView view) => Bytes(Dto(view), ViewJsonContext.Output.InventoryOutputDto);

    /// <summary>Writes the <c>reks.wheel</c> output as UTF-8 bytes without a byte-order mark: the text of <see cref="WriteString(WheelView)"/>.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static byte[] Write(WheelView view) => Bytes(Dto(view), ViewJsonContext.Output.WheelOutputDto);

    /// <summary>Writes the <c>reks.evaluation</c> output as UTF-8 bytes without a byte-order mark: the text of <see cref="WriteString(EvaluationView)"/>.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static byte[] Write(EvaluationView view) => Bytes(Dto(view, []), ViewJsonContext.Output.EvaluationOutputDto);

    /// <summary>Writes an evaluation view as <c>reks.evaluation</c> UTF-8 bytes without a byte-order mark, with
    /// municipalities compared with their KOSTRA groups' averages: the text of <see cref="WriteString(EvaluationView, IEnumerable{KostraGroupComparison})"/>.</summary>
    /// <param name="view">The view.</param>
    /// <param name="kostraGroups">The comparisons; none leaves the property out.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> or <paramref name="kostraGroups"/> is <see langword="null"/>.</exception>
    public static byte[] Write(EvaluationView view, IEnumerable<KostraGroupComparison> kostraGroups) => Bytes(Dto(view, kostraGroups), ViewJsonContext.Output.EvaluationOutputDto);

    /// <summary>Writes the <c>reks.plan</c> output as UTF-8 bytes without a byte-order mark: the text of <see cref="WriteString(PlanView)"/>.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static byte[] Write(PlanView view) => Bytes(Dto(view), ViewJsonContext.Output.PlanOutputDto);

    /// <summary>Writes the <c>reks.gaps</c> output.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static string WriteString(GapsView view) => Text(Dto(view), ViewJsonContext.Output.GapsOutputDto);

    private static GapsOutputDto Dto(GapsView view)
    {
        Guard.Against.Null(view, nameof(view));
        return new GapsOutputDto
        {
            Format = GapsView.FormatName,
            Version = GapsView.FormatVersion,
            Plan = view.Plan.Norwegian,
            AsOf = Date(view.AsOf),
            Scope = view.Scope.Value,
            Unit = PercentUnit,
            Options = Options(view.Options),
            Lines = [.. view.Lines.Select(Line)],
            Net = [.. view.Net.Select(Net)],
            Sharing = [.. view.Sharing.Select(Sharing)],
            Unrequired = [.. view.Unrequired.Select(u => new UnrequiredDto { Node = u.Node.Value, Competence = u.Competence.Value, Holders = u.Holders.Length, PositionPercent = u.Share.Percent })],
        };
    }

    /// <summary>Writes the <c>reks.gaps.regional</c> output: a withheld cell carries its amount and nothing more.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static string WriteString(RegionalView view) => Text(Dto(view), ViewJsonContext.Output.RegionalOutputDto);

    private static RegionalOutputDto Dto(RegionalView view)
    {
        Guard.Against.Null(view, nameof(view));
        return new RegionalOutputDto
        {
            Format = RegionalView.FormatName,
            Version = RegionalView.FormatVersion,
            Plan = view.Plan.Norwegian,
            AsOf = Date(view.AsOf),
            Scope = view.Scope.Value,
            Unit = PercentUnit,
            Options = Options(view.Options),
            MinGroupSize = view.MinGroupSize,
            Cells = [.. view.Cells.Select(Cell)],
            Sharing = [.. view.Sharing.Select(Sharing)],
        };
    }

    /// <summary>Writes the <c>reks.inventory</c> output.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static string WriteString(InventoryView view) => Text(Dto(view), ViewJsonContext.Output.InventoryOutputDto);

    private static InventoryOutputDto Dto(InventoryView view)
    {
        Guard.Against.Null(view, nameof(view));
        return new InventoryOutputDto
        {
            Format = InventoryView.FormatName,
            Version = InventoryView.FormatVersion,
            Plan = view.Plan.Norwegian,
            AsOf = Date(view.AsOf),
            Scope = view.Scope.Value,
            Unit = PercentUnit,
            Nodes = [.. view.Nodes.Select(s => new InventoryNodeDto
            {
                Node = s.Node.Value,
                Heads = s.Heads,
                PositionPercent = s.Share.Percent,
                KnowledgeHeads = ComponentHeads(s, LaiComponents.Knowledge),
                SkillsHeads = ComponentHeads(s, LaiComponents.Skills),
                AbilitiesHeads = ComponentHeads(s, LaiComponents.Abilities),
                AttitudesHeads = ComponentHeads(s, LaiComponents.Attitudes),
                Grid = [.. s.Grid.Select(g => new GridCellDto
                {
                    Form = EnumText.Name(g.Form),
                    Component = EnumText.Name(g.Component),
                    Competences = g.Competences,
                    Heads = g.Heads,
                    PositionPercent = g.Share.Percent,
                })],
            })],
            Rows = [.. view.Rows.Select(r => new InventoryRowDto
            {
                Node = r.Node.Value,
                Competence = r.Competence.Value,
                Heads = r.Heads,
                PositionPercent = r.Share.Percent,
                HeadsByLevel = [.. r.HeadsByLevel],
                NotAssessed = r.NotAssessedHeads,
                Formal = r.FormalHeads,
                Informal = r.InformalHeads,
                Used = r.UsedHeads,
            })],
            Staffing = [.. view.Staffing.Select(c => new StaffingCountDto
            {
                Node = c.Node.Value,
                PositionType = EnumText.Name(c.PositionType),
                Education = EnumText.Name(c.Education),
                Heads = c.Heads,
                PositionPercent = c.Share.Percent,
            })],
            StaffingRequirements = [.. view.StaffingLines.Select(x => new StaffingRequirementDto
            {
                Node = x.Requirement.Node.Value,
                PositionType = EnumText.Name(x.Requirement.PositionType),
                Education = x.Requirement.Education is { } e ? EnumText.Name(e) : null,
                AmountPercent = x.Requirement.Amount.Percent,
                Applies = x.Applies,
                Heads = x.Heads,
                PresentPercent = x.Present.Percent,
                ShortfallPercent = x.Shortfall.Percent,
                OverPercent = x.Over.Percent,
            })],
            Disagreements = [.. view.Disagreements.Select(d => new DisagreementDto
            {
                Person = d.Person.Value,
                Competence = d.Competence.Value,
                Statements = [.. d.Statements.Select(e => new StatementDto
                {
                    Source = EnumText.Name(e.Source),
                    Level = e.Level?.Value,
                    Counts = ReferenceEquals(e, d.Counted),
                })],
            })],
        };
    }

    /// <summary>Writes the <c>reks.wheel</c> output: the activities and the plan's reminders within the view's window.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static string WriteString(WheelView view) => Text(Dto(view), ViewJsonContext.Output.WheelOutputDto);

    private static WheelOutputDto Dto(WheelView view)
    {
        Guard.Against.Null(view, nameof(view));
        return new WheelOutputDto
        {
            Format = WheelView.FormatName,
            Version = WheelView.FormatVersion,
            Plan = view.Plan.Norwegian,
            Wheel = TextOf(view.Wheel),
            From = Date(view.Window.Start),
            To = Date(view.Window.End),
            Activities = [.. view.Occurrences.Select(o => new WheelOccurrenceDto
            {
                Date = Date(o.Date),
                Weekday = EnumText.Name(o.Date.DayOfWeek),
                Nominal = Date(o.Nominal),
                Activity = o.Activity.Id,
                Name = TextOf(o.Activity.Name),
                Period = TextOf(o.Period.Name),
                Ring = o.Ring,
                RingName = TextOf(view.Definition.RingName(o.Ring)),
                Category = EnumText.Name(o.Activity.Category),
                Owner = o.Activity.OwnerRole,
                OwnerName = TextOf(view.OwnerName(o.Activity)),
                Start = o.Activity.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
                End = o.Activity.Time is { } s && o.Activity.Duration is { } d ? s.PlusTicks(d.BclCompatibleTicks).ToString("HH:mm", CultureInfo.InvariantCulture) : null,
                Link = o.Activity.Link?.Id,
                LinkKind = o.Activity.Link is { } link ? EnumText.Name(link.Kind) : null,
            })],
            Reminders = [.. view.Reminders.Select(r => new WheelReminderDto
            {
                Date = Date(r.Occurrence.Date),
                Weekday = EnumText.Name(r.Occurrence.Date.DayOfWeek),
                Kind = EnumText.Name(r.Kind),
                Activity = r.Occurrence.Activity.Id,
                Name = TextOf(r.Occurrence.Activity.Name),
                Category = EnumText.Name(r.Occurrence.Activity.Category),
                Owner = r.Occurrence.Activity.OwnerRole,
                OwnerName = TextOf(view.OwnerName(r.Occurrence.Activity)),
            })],
        };
    }

    /// <summary>Writes the <c>reks.evaluation</c> output; in detail, every point and the moving-range chart too.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static string WriteString(EvaluationView view) => WriteString(view, []);

    /// <summary>Writes an evaluation view as <c>reks.evaluation</c> JSON, with municipalities compared with their KOSTRA
    /// groups' averages (<see cref="KostraGroupComparison"/>, from an SSB table) in <c>kostraGroupComparison</c>.</summary>
    /// <param name="view">The view.</param>
    /// <param name="kostraGroups">The comparisons; none leaves the property out.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> or <paramref name="kostraGroups"/> is <see langword="null"/>.</exception>
    public static string WriteString(EvaluationView view, IEnumerable<KostraGroupComparison> kostraGroups) => Text(Dto(view, kostraGroups), ViewJsonContext.Output.EvaluationOutputDto);

    private static EvaluationOutputDto Dto(EvaluationView view, IEnumerable<KostraGroupComparison> kostraGroups)
    {
        Guard.Against.Null(view, nameof(view));
        Guard.Against.Null(kostraGroups, nameof(kostraGroups));
        var groups = kostraGroups.ToList();
        return new EvaluationOutputDto
        {
            Format = EvaluationView.FormatName,
            Version = EvaluationView.FormatVersion,
            Plan = view.Plan.Norwegian,
            AsOf = Date(view.AsOf),
            Scope = view.Scope.Value,
            Indicators = [.. view.Indicators.Select(i => new IndicatorOutputDto
            {
                Id = i.Id.Value,
                Kind = EnumText.Name(i.Kind),
                Direction = EnumText.Name(i.Direction),
                Level = EnumText.Name(i.Level),
                Chart = EvaluationView.ChartName(i.ChartKind),
                Nodes = [.. view.EvaluationsOf(i).Select(e => Evaluation(e, view.Detail))],
            })],
            Kirkpatrick = view.Detail ? null : [.. view.Kirkpatrick.Select(Kirkpatrick)],
            HealthEducationShare = view.HealthEducation.IsEmpty ? null : [.. view.HealthEducation.Select(s => new HealthShareDto
            {
                Node = s.Node.Value,
                PersonYears = s.Total,
                UpperSecondary = s.UpperSecondary,
                Higher = s.Higher,
                Unknown = s.Unknown,
                Share = s.Share is { } share ? Math.Round(share, 4) : null,
                SpecialistNurses = s.SpecialistNurses,
                SpecialistNurseShare = s.ShareSpecialistNurses is { } nurses ? Math.Round(nurses, 4) : null,
            })],
            KostraGroupComparison = groups.Count == 0 ? null : [.. groups.Select(c => new KostraGroupDto
            {
                Node = c.Node.Value,
                Municipality = c.Municipality,
                Group = c.Group,
                Content = c.Content,
                ContentLabel = c.ContentLabel,
                Latest = c.Latest is { } latest ? c.Periods[latest].ToString() : null,
                Periods = [.. Enumerable.Range(0, c.Periods.Length).Select(i => new KostraPeriodDto
                {
                    Period = c.Periods[i].ToString(),
                    Municipality = Rounded(c.MunicipalityValues[i]),
                    Group = Rounded(c.GroupValues[i]),
                    Difference = Rounded(c.Differences[i]),
                })],
            })],
        };

        static double? Rounded(double? v) => v is { } x ? Math.Round(x, 6) : null;
    }

    /// <summary>Writes the <c>reks.plan</c> output: the needs in scope and what the measures cover, every measure's reach,
    /// budget and evaluation plan, and the budget's sums.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static string WriteString(PlanView view) => Text(Dto(view), ViewJsonContext.Output.PlanOutputDto);

    private static PlanOutputDto Dto(PlanView view)
    {
        Guard.Against.Null(view, nameof(view));
        return new PlanOutputDto
        {
            Format = PlanView.FormatName,
            Version = PlanView.FormatVersion,
            Plan = view.Plan.Norwegian,
            AsOf = Date(view.AsOf),
            Scope = view.Scope.Value,
            Unit = PercentUnit,
            Lines = [.. view.Lines.Select(x => new PlanLineDto
            {
                Node = x.Node.Value,
                Competence = x.Key.Competence.Value,
                Level = x.Key.Level.Value,
                Goals = [.. x.Before.Goals.Select(g => g.Value)],
                NeedPercent = x.Figures.Need.Percent,
                CoveredPercent = x.Figures.Covered.Percent,
                LeftPercent = x.Figures.Left.Percent,
                Measures = [.. x.Measures.Select(m => new ContributionDto
                {
                    Id = m.Measure.Id.Value,
                    CoversPercent = m.Covers.Percent,
                    Addresses = m.Addresses,
                    Late = m.Late,
                    People = [.. m.People.Select(p => p.Value)],
                })],
            })],
            Measures = [.. view.Measures.Select(m => new PlanMeasureDto
            {
                Id = m.Measure.Id.Value,
                Status = EnumText.Name(m.Measure.Status),
                Completes = m.Reach.Completes,
                Seats = m.Reach.Seats,
                OverCommitted = m.Reach.OverCommitted,
                Reaches = [.. m.Reach.People.Select(p => p.Value)],
                Budget = Money(m.Budget),
            })],
            Unaddressed = [.. view.Unaddressed.Select(x => $"{x.Node} {x.Key}")],
            AddressingNoNeed = [.. view.AddressingNoNeed.Select(m => m.Id.Value)],
            Budget = Money(view.Budget),
            Evaluation = [.. view.Measures.Select(m => new MeasureEvaluationDto
            {
                Measure = m.Measure.Id.Value,
                Levels = new KirkpatrickLevelsDto
                {
                    Reaction = Indicators(m.Evaluation, KirkpatrickLevel.Reaction),
                    Learning = Indicators(m.Evaluation, KirkpatrickLevel.Learning),
                    Behaviour = Indicators(m.Evaluation, KirkpatrickLevel.Behaviour),
                    Results = Indicators(m.Evaluation, KirkpatrickLevel.Results),
                },
                Unmeasured = [.. m.Evaluation.Unmeasured.Select(l => EnumText.Name(l))],
                EvaluationDates = [.. m.Evaluation.EvaluationDates.Select(Date)],
            })],
        };

        static List<string> Indicators(MeasureEvaluationPlan e, KirkpatrickLevel level) => [.. e.IndicatorsAt(level).Select(i => i.Value)];
    }

    private static BudgetDto Money(BudgetFigures f) => new() { Cost = f.Cost, Granted = f.Granted, Applied = f.Applied, Refused = f.Refused, Shortfall = f.Shortfall };

    private static string Text<T>(T dto, JsonTypeInfo<T> info) => JsonSerializer.Serialize(dto, info) + "\n";

    /// <summary>The bytes of <see cref="Text{T}"/>, serialized straight to UTF-8 (no UTF-16 string in between).</summary>
    private static byte[] Bytes<T>(T dto, JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(dto, info);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static TextDto TextOf(LocalizedText text) => new() { Nb = text.Norwegian, En = text.English };

    private static GapOptionsDto Options(GapOptions o) => new() { DevelopReach = o.DevelopReach, MinHeads = o.MinHeads, MinGroupSize = o.MinGroupSize };

    private static int ComponentHeads(Inventory.NodeStaffSummary s, LaiComponents component) => s.Components.Where(c => c.Component == component).Sum(c => c.Heads);

    private static GapLineDto Line(GapLine line)
    {
        var f = line.Figures;
        return new GapLineDto
        {
            Node = line.Node.Value,
            Competence = line.Competence.Value,
            MinLevel = line.MinLevel.Value,
            Amount = f.Amount.Percent,
            UsedSupply = f.UsedSupply.Percent,
            UnusedSupply = f.UnusedSupply.Percent,
            Developable = f.Developable.Percent,
            Heads = f.Heads,
            People = f.People,
            Gap = f.Gap.Percent,
            Mobilise = f.Mobilise.Percent,
            Develop = f.Develop.Percent,
            Acquire = f.Acquire.Percent,
            Surplus = f.Surplus.Percent,
            Fragile = line.Fragile,
            MinHeads = line.MinHeads,
            Goals = [.. line.Goals.Select(g => g.Value)],
            NeededBy = line.NeededBy is { } d ? Date(d) : null,
        };
    }

    private static NetLineDto Net(NetLine line)
    {
        var n = line.Figures;
        return new NetLineDto
        {
            Node = line.Node.Value,
            Competence = line.Key.Competence.Value,
            MinLevel = line.Key.Level.Value,
            Amount = n.Amount.Percent,
            Heads = n.Heads,
            Gap = n.Gap.Percent,
            Mobilise = n.Mobilise.Percent,
            Develop = n.Develop.Percent,
            Acquire = n.Acquire.Percent,
            Surplus = n.Surplus.Percent,
            Shared = n.Shared.Percent,
        };
    }

    private static SharingDto Sharing(SharingSuggestion s) => new()
    {
        From = s.From.Value,
        To = s.To.Value,
        Competence = s.Key.Competence.Value,
        MinLevel = s.Key.Level.Value,
        Amount = s.Amount.Percent,
    };

    private static RegionalCellDto Cell(RegionalCell c)
    {
        var published = c.Figures is { } f && c.Net is { } n;
        return new RegionalCellDto
        {
            Node = c.Node.Value,
            Competence = c.Key.Competence.Value,
            MinLevel = c.Key.Level.Value,
            Amount = c.Amount.Percent,
            Withheld = c.Withheld,
            Partial = published && c.Figures is { } x ? new FiguresDto
            {
                Amount = x.Amount.Percent,
                UsedSupply = x.UsedSupply.Percent,
                UnusedSupply = x.UnusedSupply.Percent,
                Developable = x.Developable.Percent,
                Heads = x.Heads,
                People = x.People,
                Gap = x.Gap.Percent,
                Mobilise = x.Mobilise.Percent,
                Develop = x.Develop.Percent,
                Acquire = x.Acquire.Percent,
                Surplus = x.Surplus.Percent,
            }
            : null,
            Net = published && c.Net is { } y ? new NetDto
            {
                Amount = y.Amount.Percent,
                Heads = y.Heads,
                Gap = y.Gap.Percent,
                Mobilise = y.Mobilise.Percent,
                Develop = y.Develop.Percent,
                Acquire = y.Acquire.Percent,
                Surplus = y.Surplus.Percent,
                Shared = y.Shared.Percent,
            }
            : null,
        };
    }

    private static double? Number(double? value) => value is { } x && double.IsFinite(x) ? Math.Round(x, 6) : null;

    private static EffectDto? Effect(EffectEstimate? e) => e is null ? null : new EffectDto
    {
        Design = EnumText.Name(e.Design),
        N = e.Count,
        BaselineMean = Number(e.BaselineMean),
        Difference = Number(e.Difference),
        Lower95 = Number(e.Interval.Lower),
        Upper95 = Number(e.Interval.Upper),
        RelativeChange = Number(e.RelativeChange),
        HedgesG = Number(e.HedgesG),
        HedgesGLower95 = Number(e.HedgesGInterval?.Lower),
        HedgesGUpper95 = Number(e.HedgesGInterval?.Upper),
        DegreesOfFreedom = Number(e.DegreesOfFreedom),
    };

    private static NodeEvaluationDto Evaluation(IndicatorEvaluation e, bool detail)
    {
        var observations = e.Series.Observations;
        return new NodeEvaluationDto
        {
            Node = e.Node.Value,
            Intervention = e.Intervention?.Id,
            InterventionDate = e.Intervention is { } iv ? Date(iv.Date) : null,
            Verdict = EnumText.Name(e.Verdict),
            Baseline = new BaselineDto { Observations = e.BaselineCount, Points = e.BaselinePoints, Useful = e.BaselineUseful, Centre = Number(e.BaselineCentre) },
            NewLevel = Number(e.NewLevel),
            Runs = e.Runs is { } r ? new RunsDto { Useful = r.UsefulCount, LongestRun = Number(r.LongestRun), LongestRunMax = Number(r.LongestRunMax), Crossings = Number(r.Crossings), CrossingsMin = Number(r.CrossingsMin) } : null,
            Signals = [.. e.Signals.Select(s => new SignalDto
            {
                Rule = EnumText.Name(s.Rule),
                From = s.FromPeriod.ToString(),
                To = s.ToPeriod.ToString(),
                Length = s.Length,
                Limit = Number(s.Limit),
                Side = s.Side is { } side ? EnumText.Name(side) : null,
                Favourable = s.IsFavourable,
                PastBaseline = s.IsPastBaseline,
            })],
            Warnings = [.. e.Warnings.Select(w => EnumText.Name(w))],
            Effect = Effect(e.Effect),
            Comparison = Effect(e.Comparison),
            ComparisonNodes = [.. e.ComparisonNodes.Select(n => n.Value)],
            Points = detail ? [.. Enumerable.Range(0, e.Values.Length).Select(i => new PointDto
            {
                Period = observations[i].Period.ToString(),
                Value = Number(e.Values[i]),
                Centre = e.Runs is not null ? new NumberOrNull(Number(e.BaselineCentre)) : null,
                Lower = e.Lower.IsEmpty ? null : new NumberOrNull(Number(e.Lower[i])),
                Upper = e.Upper.IsEmpty ? null : new NumberOrNull(Number(e.Upper[i])),
                MovingRange = e.MovingRanges is { } mr ? new NumberOrNull(Number(mr.Values[i])) : null,
                SubgroupSize = observations[i].IsSubgroup ? observations[i].Measurements.Length : null,
                StandardDeviation = e.StandardDeviations is { } sd ? new NumberOrNull(Number(sd.Values[i])) : null,
                StandardDeviationCentre = e.StandardDeviations is { } sdc ? new NumberOrNull(Number(sdc.Phases[0].Centre)) : null,
                StandardDeviationLower = e.StandardDeviations is { } sdl ? new NumberOrNull(Number(sdl.Phases[0].Lower[i])) : null,
                StandardDeviationUpper = e.StandardDeviations is { } sdu ? new NumberOrNull(Number(sdu.Phases[0].Upper[i])) : null,
                Excluded = observations[i].IsExcluded ? true : null,
            })] : null,
            MovingRangeChart = detail && e.MovingRanges is { } ranges ? new MovingRangeChartDto
            {
                Centre = Number(ranges.Phases[0].Centre),
                Lower = Number(ranges.Phases[0].Lower[0]),
                Upper = Number(ranges.Phases[0].Upper[0]),
                SigmaSignals = [.. ranges.SigmaSignals.Select(p => observations[p - 1].Period.ToString())],
            }
            : null,
            StandardDeviationChart = detail && e.StandardDeviations is { } deviations ? new StandardDeviationChartDto
            {
                Centre = Number(deviations.Phases[0].Centre),
                SigmaSignals = [.. deviations.SigmaSignals.Select(p => observations[p - 1].Period.ToString())],
            }
            : null,
        };
    }

    private static KirkpatrickDto Kirkpatrick(KirkpatrickSummary s)
    {
        KirkpatrickLevelDto? Level(KirkpatrickLevel level) => s.Levels.FirstOrDefault(l => l.Level == level) is { } l
            ? new KirkpatrickLevelDto
            {
                Indicators = [.. l.Indicators.Select(i => i.Value)],
                Evaluations = l.Evaluations.Length,
                NonParticipants = l.NonParticipantCount,
                Finding = l.Finding is { } finding ? EnumText.Name(finding) : "noIndicator",
                Verdicts = Enum.GetValues<Verdict>().Where(v => l.Count(v) > 0).ToDictionary(v => EnumText.Name(v), l.Count),
            }
            : null;

        return new KirkpatrickDto
        {
            Measure = s.Measure.Value,
            Reaction = Level(KirkpatrickLevel.Reaction),
            Learning = Level(KirkpatrickLevel.Learning),
            Behaviour = Level(KirkpatrickLevel.Behaviour),
            Results = Level(KirkpatrickLevel.Results),
        };
    }
}
