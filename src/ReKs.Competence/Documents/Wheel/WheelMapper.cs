using NodaTime;
using NodaTime.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Documents;

/// <summary>Maps the wheel document's wire shape to the model and back. Reading reports every problem with its JSON path.</summary>
internal static class WheelMapper
{
    private static readonly Dictionary<RecurrenceKind, (string[] Required, string[] Optional)> Fields = new()
    {
        [RecurrenceKind.FixedDate] = (["month", "day"], []),
        [RecurrenceKind.NthWeekdayOfMonth] = (["month", "weekday", "n"], []),
        [RecurrenceKind.IsoWeekday] = (["week", "weekday"], []),
        [RecurrenceKind.EveryNWeeks] = (["start", "every", "count"], []),
        [RecurrenceKind.EveryNMonths] = (["start", "every", "count"], []),
        [RecurrenceKind.RelativeToActivity] = (["activity", "offset", "unit"], []),
        [RecurrenceKind.RelativeToPeriod] = (["period", "boundary"], ["offset"]),
    };

    public static AnnualWheel? ToModel(WheelDocumentDto dto, List<Problem> problems)
    {
        var before = problems.Count;
        var name = PlanMapper.Text(dto.Name, ProblemPath.Root.Then("name"), problems);
        var periods = dto.Periods.Select((p, i) => Period(p, ProblemPath.Root.Then("periods", i), problems)).ToList();
        var closed = (dto.ClosedPeriods ?? []).Select((c, i) => Closed(c, ProblemPath.Root.Then("closedPeriods", i), problems)).ToList();
        var activities = dto.Activities.Select((a, i) => Activity(a, ProblemPath.Root.Then("activities", i), problems)).ToList();
        var rings = dto.Rings.Select((r, i) => Term(r, ProblemPath.Root.Then("rings", i), problems)).ToList();
        var owners = (dto.Owners ?? []).Select((o, i) => Term(o, ProblemPath.Root.Then("owners", i), problems)).ToList();

        // The wheel's rules run on the document's own periods, rings and activities, so an element with a problem of its
        // own still counts as defined and its references are still checked.
        problems.AddRange(WheelRules.Validate(Outline(dto, [.. closed.OfType<ClosedPeriod>()])));
        return problems.Count > before || name is null ? null : new AnnualWheel(name, periods!, rings!, activities!, closed.Select(c => c!.Value), owners!);
    }

    private static WheelOutline Outline(WheelDocumentDto dto, IReadOnlyList<ClosedPeriod> closedPeriods) => new(
        [.. dto.Periods.Select(p => new PeriodOutline(AnnualDatePattern.Iso.Parse(p.Start) is { Success: true } r ? r.Value : null, p.Name.Nb, p.Name.En))],
        [.. dto.Rings.Select(r => r.Id)],
        [.. dto.Activities.Select(a => new ActivityOutline(
            a.Id,
            a.Ring,
            Is(a.Rule, RecurrenceKind.RelativeToActivity) ? a.Rule.Activity : null,
            Is(a.Rule, RecurrenceKind.RelativeToPeriod) ? a.Rule.Period : null,
            a.Owner))],
        closedPeriods,
        [.. (dto.Owners ?? []).Select(o => o.Id)]);

    /// <summary>Reads a ring or an owner role: its id, and its name when the document gives one.</summary>
    private static WheelTerm? Term(WheelTermDto dto, ProblemPath path, List<Problem> problems)
    {
        var name = PlanMapper.Text(dto.Name, path.Then("name"), problems);
        return dto.Name is not null && name is null ? null : new WheelTerm(dto.Id, name);
    }

    private static WheelTermDto Term(WheelTerm term) => new() { Id = term.Id, Name = term.Name is { } n ? PlanMapper.Text(n) : null };

    private static bool Is(RuleDto rule, RecurrenceKind kind) => string.Equals(rule.Kind, EnumText.Name(kind), StringComparison.Ordinal);

    public static WheelDocumentDto ToDto(AnnualWheel wheel) => new()
    {
        SchemaVersion = WheelDocument.CurrentSchemaVersion,
        Name = PlanMapper.Text(wheel.Name),
        Periods = [.. wheel.Periods.Select(p => new WheelPeriodDto { Name = PlanMapper.Text(p.Name), Colour = p.Colour, Start = AnnualDatePattern.Iso.Format(p.Start) })],
        Rings = [.. wheel.RingTerms.Select(Term)],
        Owners = wheel.OwnerTerms.IsEmpty ? null : [.. wheel.OwnerTerms.Select(Term)],
        ClosedPeriods = [.. wheel.WorkingDays.ClosedPeriods.Select(c => new ClosedPeriodDto
        {
            Start = AnnualDatePattern.Iso.Format(c.Start),
            End = AnnualDatePattern.Iso.Format(c.End),
            Name = c.Name is { } n ? PlanMapper.Text(n) : null,
        })],
        Activities = [.. wheel.Activities.Select(a => new ActivityDto
        {
            Id = a.Id,
            Name = PlanMapper.Text(a.Name),
            Ring = a.Ring,
            Category = EnumText.Name(a.Category),
            Owner = a.OwnerRole,
            Rule = Rule(a.Rule),
            Adjust = a.Adjustment == Adjustment.None ? null : EnumText.Name(a.Adjustment),
            Time = a.Time,
            DurationMinutes = a.Duration is { } d ? checked((int)d.TotalMinutes) : null,
            Link = a.Link?.Id,
            LinkKind = a.Link is { Kind: not WheelLinkKind.Untyped } l ? EnumText.Name(l.Kind) : null,
        })],
    };

    /// <summary>Reads an activity's link: <c>link</c> is the id, <c>linkKind</c> (<c>goal</c>, <c>measure</c>,
    /// <c>indicator</c>) what it names; without <c>linkKind</c> the link is untyped, as documents wrote it before.</summary>
    private static WheelLink? Link(ActivityDto dto, ProblemPath path, List<Problem> problems)
    {
        if (dto.Link is null)
        {
            if (dto.LinkKind is not null)
            {
                problems.Add(new Problem(path.Then("link"), ProblemKind.Missing, "a 'linkKind' needs the 'link' it types"));
            }

            return null;
        }

        if (IdText.Problem(dto.Link) is { } why)
        {
            problems.Add(new Problem(path.Then("link"), ProblemKind.InvalidValue, why));
            return null;
        }

        var kind = WheelLinkKind.Untyped;
        if (dto.LinkKind is not null)
        {
            if (!EnumText.TryParse(dto.LinkKind, path.Then("linkKind"), problems, out kind))
            {
                return null;
            }

            if (kind == WheelLinkKind.Untyped)
            {
                problems.Add(new Problem(path.Then("linkKind"), ProblemKind.InvalidValue, "a link is untyped when it has no 'linkKind'; give goal, measure or indicator, or leave it out"));
                return null;
            }
        }

        return WheelLink.Of(kind, dto.Link);
    }

    /// <summary>Writes a rule in its document form (also a measure's session rule in the plan document).</summary>
    internal static RuleDto Rule(RecurrenceRule rule)
    {
        var dto = new RuleDto
        {
            Kind = EnumText.Name(rule.Kind),
            FirstYear = rule.FirstYear,
            LastYear = rule.LastYear,
            Skip = rule.Skipped.IsEmpty ? null : [.. rule.Skipped],
            Moves = rule.Moves.IsEmpty ? null : [.. rule.Moves.Select(m => new MoveDto { From = m.Key, To = m.Value })],
        };
        switch (rule)
        {
            case FixedDateRule r:
                (dto.Month, dto.Day) = (r.Month, r.Day);
                break;
            case NthWeekdayOfMonthRule r:
                (dto.Month, dto.Weekday, dto.N) = (r.Month, EnumText.Name(r.Weekday), r.Ordinal);
                break;
            case IsoWeekdayRule r:
                (dto.Week, dto.Weekday) = (r.Week, EnumText.Name(r.Weekday));
                break;
            case EveryNWeeksRule r:
                (dto.Start, dto.Every, dto.Count) = (r.Start, r.Weeks, r.Count);
                break;
            case EveryNMonthsRule r:
                (dto.Start, dto.Every, dto.Count) = (r.Start, r.Months, r.Count);
                break;
            case RelativeToActivityRule r:
                (dto.Activity, dto.Offset, dto.Unit) = (r.ActivityId, r.Offset, EnumText.Name(r.Unit));
                break;
            case RelativeToPeriodRule r:
                (dto.Period, dto.Boundary, dto.Offset) = (r.Period, EnumText.Name(r.Boundary), r.OffsetDays == 0 ? null : r.OffsetDays);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Recurrence kind {rule.Kind} has no document form.");
        }

        return dto;
    }

    private static AnnualDate? Day(string text, ProblemPath path, List<Problem> problems)
    {
        var result = AnnualDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            problems.Add(new Problem(path, ProblemKind.InvalidValue, $"'{text}' is not a month and day (MM-dd)"));
            return null;
        }

        return result.Value;
    }

    private static WheelPeriod? Period(WheelPeriodDto dto, ProblemPath path, List<Problem> problems)
    {
        var name = PlanMapper.Text(dto.Name, path.Then("name"), problems);
        var start = Day(dto.Start, path.Then("start"), problems);
        if (!Fault.Report(WheelPeriod.Check(dto.Colour), path, problems))
        {
            return null;
        }

        return name is null || start is null ? null : new WheelPeriod(name, dto.Colour, start.Value);
    }

    private static ClosedPeriod? Closed(ClosedPeriodDto dto, ProblemPath path, List<Problem> problems)
    {
        var start = Day(dto.Start, path.Then("start"), problems);
        var end = Day(dto.End, path.Then("end"), problems);
        var name = dto.Name is { } n ? PlanMapper.Text(n, path.Then("name"), problems) : null;
        return start is null || end is null ? null : new ClosedPeriod(start.Value, end.Value, name);
    }

    private static WheelActivity? Activity(ActivityDto dto, ProblemPath path, List<Problem> problems)
    {
        var before = problems.Count;
        var duration = dto.DurationMinutes is { } m ? NodaTime.Duration.FromMinutes(m) : (Duration?)null;
        Fault.Report(WheelActivity.Check(dto.Id, dto.Owner, dto.Time, duration), path, problems);
        var name = PlanMapper.Text(dto.Name, path.Then("name"), problems);
        EnumText.TryParse<ActivityCategory>(dto.Category, path.Then("category"), problems, out var category);
        var adjustment = Adjustment.None;
        if (dto.Adjust is not null)
        {
            EnumText.TryParse(dto.Adjust, path.Then("adjust"), problems, out adjustment);
        }

        var rule = Rule(dto.Rule, path.Then("rule"), problems);
        var link = Link(dto, path, problems);
        // A blank ring is not one of the wheel's: the wheel's rules report it as unknown.
        if (problems.Count > before || name is null || rule is null || string.IsNullOrWhiteSpace(dto.Ring))
        {
            return null;
        }

        return new WheelActivity(dto.Id, name, dto.Ring, category, dto.Owner, rule, adjustment, dto.Time, duration, link);
    }

    /// <summary>Reads a rule, every problem at its path (also a measure's session rule in the plan document).</summary>
    internal static RecurrenceRule? Rule(RuleDto dto, ProblemPath path, List<Problem> problems)
    {
        if (!EnumText.TryParse<RecurrenceKind>(dto.Kind, path.Then("kind"), problems, out var kind))
        {
            return null;
        }

        var before = problems.Count;
        var present = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["month"] = dto.Month is not null,
            ["day"] = dto.Day is not null,
            ["weekday"] = dto.Weekday is not null,
            ["n"] = dto.N is not null,
            ["week"] = dto.Week is not null,
            ["start"] = dto.Start is not null,
            ["every"] = dto.Every is not null,
            ["count"] = dto.Count is not null,
            ["activity"] = dto.Activity is not null,
            ["period"] = dto.Period is not null,
            ["boundary"] = dto.Boundary is not null,
            ["offset"] = dto.Offset is not null,
            ["unit"] = dto.Unit is not null,
        };
        var (required, optional) = Fields[kind];
        foreach (var field in present.Where(p => p.Value && !required.Contains(p.Key) && !optional.Contains(p.Key)))
        {
            problems.Add(new Problem(path.Then(field.Key), ProblemKind.UnknownProperty, $"'{field.Key}' does not belong to a rule of kind '{dto.Kind}'; it takes {string.Join(", ", required.Concat(optional))}"));
        }

        foreach (var field in required.Where(f => !present[f]))
        {
            problems.Add(new Problem(path.Then(field), ProblemKind.Missing, $"a rule of kind '{dto.Kind}' needs '{field}'"));
        }

        var shaped = problems.Count;
        var weekday = IsoDayOfWeek.None;
        var unit = OffsetUnit.Days;
        var boundary = PeriodBoundary.FirstDay;
        if (dto.Weekday is not null)
        {
            EnumText.TryParse(dto.Weekday, path.Then("weekday"), problems, out weekday);
        }

        if (dto.Unit is not null)
        {
            EnumText.TryParse(dto.Unit, path.Then("unit"), problems, out unit);
        }

        if (dto.Boundary is not null)
        {
            EnumText.TryParse(dto.Boundary, path.Then("boundary"), problems, out boundary);
        }

        // The kind's own checks are the factory's: reported here at the field, thrown there for the parameter.
        if (shaped == before && problems.Count == shaped)
        {
            Fault.Report(
                kind switch
                {
                    RecurrenceKind.FixedDate => FixedDateRule.Check(dto.Month!.Value, dto.Day!.Value),
                    RecurrenceKind.NthWeekdayOfMonth => NthWeekdayOfMonthRule.Check(dto.Month!.Value, weekday, dto.N!.Value),
                    RecurrenceKind.IsoWeekday => IsoWeekdayRule.Check(dto.Week!.Value, weekday),
                    RecurrenceKind.EveryNWeeks => EveryNWeeksRule.Check(dto.Every!.Value, dto.Count!.Value),
                    RecurrenceKind.EveryNMonths => EveryNMonthsRule.Check(dto.Every!.Value, dto.Count!.Value),
                    RecurrenceKind.RelativeToActivity => RelativeToActivityRule.Check(dto.Activity!, dto.Offset!.Value, unit),
                    RecurrenceKind.RelativeToPeriod => RelativeToPeriodRule.Check(dto.Period!, dto.Offset ?? 0),
                    _ => throw new System.Diagnostics.UnreachableException($"Recurrence kind {kind} has no document form."),
                },
                path,
                problems);
        }

        Fault.Report(RecurrenceRule.CheckYears(dto.FirstYear, dto.LastYear), path, problems);
        Rules.Unique(dto.Skip ?? [], d => LocalDatePattern.Iso.Format(d), path.Then("skip"), "skipped date", problems, string.Empty);
        Rules.Unique(dto.Moves ?? [], m => LocalDatePattern.Iso.Format(m.From), path.Then("moves"), "moved date", problems, "from");
        if (problems.Count > before)
        {
            return null;
        }

        RecurrenceRule rule = kind switch
        {
            RecurrenceKind.FixedDate => RecurrenceRule.FixedDate(dto.Month!.Value, dto.Day!.Value),
            RecurrenceKind.NthWeekdayOfMonth => RecurrenceRule.NthWeekdayOfMonth(dto.Month!.Value, weekday, dto.N!.Value),
            RecurrenceKind.IsoWeekday => RecurrenceRule.IsoWeekday(dto.Week!.Value, weekday),
            RecurrenceKind.EveryNWeeks => RecurrenceRule.EveryNWeeks(dto.Start!.Value, dto.Every!.Value, dto.Count!.Value),
            RecurrenceKind.EveryNMonths => RecurrenceRule.EveryNMonths(dto.Start!.Value, dto.Every!.Value, dto.Count!.Value),
            RecurrenceKind.RelativeToActivity => RecurrenceRule.RelativeToActivity(dto.Activity!, dto.Offset!.Value, unit),
            RecurrenceKind.RelativeToPeriod => RecurrenceRule.RelativeToPeriod(dto.Period!, boundary, dto.Offset ?? 0),
            _ => throw new System.Diagnostics.UnreachableException($"Recurrence kind {kind} has no document form."),
        };
        rule = rule.WithYears(dto.FirstYear, dto.LastYear);
        foreach (var skip in dto.Skip ?? [])
        {
            rule = rule.WithSkip(skip);
        }

        foreach (var move in dto.Moves ?? [])
        {
            rule = rule.WithMove(move.From, move.To);
        }

        return rule;
    }
}
