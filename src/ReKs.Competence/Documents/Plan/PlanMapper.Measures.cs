using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Documents;

/// <summary>The measure's planning fields (goals, yields, target group, seats, prerequisites, status, completions, costs,
/// funding): read with every problem at its JSON path, and written back so that a read plan writes what was read.</summary>
internal static partial class PlanMapper
{
    private static Measure? MapMeasureWithParts(MeasureDto dto, ProblemPath at, List<Problem> problems, bool ok, MeasureId id, LocalizedText? name, MeasureKind kind, CompetenceStrategies strategies, List<CompetenceId> targets, List<LocalDate> sessions, List<NodeId> participants)
    {
        var goals = IdList<GoalId>(dto.Goals, at.Then("goals"), "goal", problems, GoalId.TryCreate, ref ok);
        var yields = new List<MeasureYield>();
        var yieldIndex = new List<int>();
        for (var i = 0; i < (dto.Yields?.Count ?? 0); i++)
        {
            if (MapYield(dto.Yields![i], at.Then("yields", i), problems) is { } y)
            {
                yields.Add(y);
                yieldIndex.Add(i);
            }
            else
            {
                ok = false;
            }
        }

        // Without "strategies", a measure follows the strategies of its yields (develop when it names none).
        var strategy = dto.Strategies is not null ? strategies
            : yields.Count > 0 ? yields.Aggregate(CompetenceStrategies.None, (s, y) => s | y.Strategy)
            : CompetenceStrategies.Develop;
        for (var i = 0; i < yields.Count && dto.Strategies is not null; i++)
        {
            if (Measure.YieldProblem(strategy, yields[i]) is { } why)
            {
                problems.Add(new Problem(at.Then("yields", yieldIndex[i], "strategy"), ProblemKind.InvalidValue, why));
                ok = false;
            }
        }

        var positionTypes = new List<PositionType>();
        var seenTypes = new HashSet<PositionType>();
        for (var i = 0; i < (dto.TargetPositionTypes?.Count ?? 0); i++)
        {
            if (!EnumText.TryParse<PositionType>(dto.TargetPositionTypes![i], at.Then("targetPositionTypes", i), problems, out var type))
            {
                ok = false;
            }
            else if (!seenTypes.Add(type))
            {
                problems.Add(new Problem(at.Then("targetPositionTypes", i), ProblemKind.Duplicate, $"position type '{dto.TargetPositionTypes[i]}' is listed twice"));
                ok = false;
            }
            else
            {
                positionTypes.Add(type);
            }
        }

        var people = IdList<PersonId>(dto.TargetPeople, at.Then("targetPeople"), "person", problems, PersonId.TryCreate, ref ok);
        if (dto.Runs is { } runs && Measure.RunsProblem(runs) is { } runsProblem)
        {
            problems.Add(new Problem(at.Then("runs"), ProblemKind.InvalidValue, runsProblem));
            ok = false;
        }

        if (dto.HoursPerParticipant is { } hours && Nok.HoursProblem(hours, "hours per participant") is { } hoursProblem)
        {
            problems.Add(new Problem(at.Then("hoursPerParticipant"), ProblemKind.InvalidValue, hoursProblem));
            ok = false;
        }

        var prerequisites = IdList<MeasureId>(dto.Prerequisites, at.Then("prerequisites"), "measure", problems, MeasureId.TryCreate, ref ok);
        if (ok && prerequisites.IndexOf(id) is var self and >= 0)
        {
            problems.Add(new Problem(at.Then("prerequisites", self), ProblemKind.InvalidValue, "a measure is not its own prerequisite"));
            ok = false;
        }

        var role = Text(dto.ResponsibleRole, at.Then("responsibleRole"), problems);
        ok &= dto.ResponsibleRole is null || role is not null;
        var status = MeasureStatus.Planned;
        ok &= dto.Status is null || EnumText.TryParse(dto.Status, at.Then("status"), problems, out status);
        var completions = new List<MeasureCompletion>();
        var finished = new HashSet<PersonId>();
        for (var i = 0; i < (dto.Completions?.Count ?? 0); i++)
        {
            var c = dto.Completions![i];
            if (!Id<PersonId>(c.Person, at.Then("completions", i, "person"), problems, PersonId.TryCreate, out var person))
            {
                ok = false;
            }
            else if (!finished.Add(person))
            {
                problems.Add(new Problem(at.Then("completions", i, "person"), ProblemKind.Duplicate, $"person '{person}' completes twice"));
                ok = false;
            }
            else
            {
                completions.Add(new MeasureCompletion(person, c.Date));
            }
        }

        var costs = new List<CostItem>();
        for (var i = 0; i < (dto.Costs?.Count ?? 0); i++)
        {
            if (MapCost(dto.Costs![i], at.Then("costs", i), problems) is { } c)
            {
                costs.Add(c);
            }
            else
            {
                ok = false;
            }
        }

        var funding = new List<Funding>();
        for (var i = 0; i < (dto.Funding?.Count ?? 0); i++)
        {
            if (MapFunding(dto.Funding![i], at.Then("funding", i), problems) is { } f)
            {
                funding.Add(f);
            }
            else
            {
                ok = false;
            }
        }

        RecurrenceRule? sessionRule = null;
        if (dto.SessionRule is { } ruleDto)
        {
            if (dto.Sessions is { Count: > 0 })
            {
                problems.Add(new Problem(at.Then("sessionRule"), ProblemKind.InvalidValue, "a measure's sessions are given as dates ('sessions') or as a rule ('sessionRule'), not both"));
                ok = false;
            }

            sessionRule = WheelMapper.Rule(ruleDto, at.Then("sessionRule"), problems);
            ok &= sessionRule is not null && Fault.Report(Measure.CheckSessionRule(sessionRule), at, problems);
        }

        return ok
            ? new Measure(
                id, name!, kind, strategy, targets, dto.Capacity, sessions, participants, goals, yields, positionTypes, people, dto.Runs ?? 1,
                dto.HoursPerParticipant, prerequisites, dto.Mandatory ?? false, dto.LeaderTakesPart ?? false, role, status, completions, costs, funding,
                sessionRule, dto.EvaluationDates)
            : null;
    }

    private static MeasureYield? MapYield(YieldDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = Id<CompetenceId>(dto.Competence, at.Then("competence"), problems, CompetenceId.TryCreate, out var competence);
        if (!EnumText.TryParse<CompetenceStrategies>(dto.Strategy, at.Then("strategy"), problems, out var strategy) || strategy == CompetenceStrategies.None)
        {
            if (strategy == CompetenceStrategies.None && dto.Strategy is not null && EnumText.Name(CompetenceStrategies.None) == dto.Strategy)
            {
                problems.Add(new Problem(at.Then("strategy"), ProblemKind.InvalidValue, "'none' is not a strategy a measure yields by; use develop, acquire, mobilise or phaseOut"));
            }

            return null;
        }

        // Each strategy names what it needs and nothing else, so that a field the reader would ignore is reported instead.
        var (needsLevel, needsNode, allowsNode, acquire) = strategy switch
        {
            CompetenceStrategies.Develop => (true, false, false, false),
            CompetenceStrategies.Acquire => (true, true, true, true),
            CompetenceStrategies.Mobilise => (false, false, true, false),
            _ => (true, true, true, false),
        };
        var what = EnumText.Name(strategy);
        void Require(bool present, bool wanted, string field)
        {
            if (wanted && !present)
            {
                problems.Add(new Problem(at.Then(field), ProblemKind.Missing, $"a {what} yield needs '{field}'"));
                ok = false;
            }
            else if (!wanted && present)
            {
                problems.Add(new Problem(at.Then(field), ProblemKind.InvalidValue, $"a {what} yield has no '{field}'"));
                ok = false;
            }
        }

        Require(dto.Level is not null, needsLevel, "level");
        Require(dto.Node is not null, needsNode || (allowsNode && dto.Node is not null), "node");
        Require(dto.AmountPercent is not null, acquire, "amountPercent");
        Require(dto.By is not null, acquire, "by");
        if (!acquire && dto.PositionType is not null)
        {
            Require(true, false, "positionType");
        }

        if (dto.Level is < 1)
        {
            problems.Add(new Problem(at.Then("level"), ProblemKind.OutOfScale, $"level {dto.Level} is outside the plan's scale"));
            ok = false;
        }

        var node = default(NodeId);
        ok &= dto.Node is null || Id<NodeId>(dto.Node, at.Then("node"), problems, NodeId.TryCreate, out node);
        var amount = PositionShare.Zero;
        if (dto.AmountPercent is { } percent)
        {
            if (!PositionShare.TryFromPercent(percent, out amount, out var why) || MeasureYield.AmountProblem(amount) is { } w2 && (why = w2) is not null)
            {
                problems.Add(new Problem(at.Then("amountPercent"), ProblemKind.InvalidValue, why));
                ok = false;
            }
        }

        PositionType? positionType = null;
        if (dto.PositionType is not null)
        {
            ok &= EnumText.TryParse<PositionType>(dto.PositionType, at.Then("positionType"), problems, out var p);
            positionType = p;
        }

        if (!ok)
        {
            return null;
        }

        return strategy switch
        {
            CompetenceStrategies.Develop => MeasureYield.Develop(competence, new ProficiencyLevel(dto.Level!.Value)),
            CompetenceStrategies.Acquire => MeasureYield.Acquire(node, competence, new ProficiencyLevel(dto.Level!.Value), amount, dto.By!.Value, positionType),
            CompetenceStrategies.Mobilise => MeasureYield.Mobilise(competence, dto.Node is null ? null : node),
            _ => MeasureYield.PhaseOut(node, competence, new ProficiencyLevel(dto.Level!.Value)),
        };
    }

    private static CostItem? MapCost(CostDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = true;
        if (Nok.YearProblem(dto.Year) is { } year)
        {
            problems.Add(new Problem(at.Then("year"), ProblemKind.InvalidValue, year));
            ok = false;
        }

        var description = Text(dto.Description, at.Then("description"), problems);
        ok &= description is not null;
        if ((dto.Fee is not null) == (dto.Hours is not null || dto.Rate is not null))
        {
            problems.Add(new Problem(at, ProblemKind.InvalidValue, "a cost item is either a 'fee' or 'hours' at a 'rate'"));
            return null;
        }

        if (dto.Fee is null && (dto.Hours is null || dto.Rate is null))
        {
            problems.Add(new Problem(at.Then(dto.Hours is null ? "hours" : "rate"), ProblemKind.Missing, "a cost of hours needs both 'hours' and 'rate'"));
            return null;
        }

        void Check(string? why, string field)
        {
            if (why is not null)
            {
                problems.Add(new Problem(at.Then(field), ProblemKind.InvalidValue, why));
                ok = false;
            }
        }

        if (dto.Fee is { } f)
        {
            Check(Nok.AmountProblem(f, "a fee"), "fee");
            return ok ? CostItem.ForFee(dto.Year, description!, f) : null;
        }

        Check(Nok.HoursProblem(dto.Hours!.Value, "hours"), "hours");
        Check(Nok.AmountProblem(dto.Rate!.Value, "a rate"), "rate");
        return ok ? CostItem.ForHours(dto.Year, description!, dto.Hours.Value, dto.Rate.Value) : null;
    }

    private static Funding? MapFunding(FundingDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = true;
        if (IdText.Problem(dto.Source) is { } source)
        {
            problems.Add(new Problem(at.Then("source"), ProblemKind.InvalidValue, source));
            ok = false;
        }

        if (Nok.YearProblem(dto.Year) is { } year)
        {
            problems.Add(new Problem(at.Then("year"), ProblemKind.InvalidValue, year));
            ok = false;
        }

        if (Nok.AmountProblem(dto.Amount, "a funding amount") is { } amount)
        {
            problems.Add(new Problem(at.Then("amount"), ProblemKind.InvalidValue, amount));
            ok = false;
        }

        ok &= EnumText.TryParse<FundingStatus>(dto.Status, at.Then("status"), problems, out var status);
        return ok ? new Funding(dto.Source, dto.Year, dto.Amount, status, dto.ApplicationDeadline) : null;
    }

    private static MeasureLinks LinksOf(MeasureDto m) => new(
        [.. (m.Goals ?? []).Select(g => Parse<GoalId>(g, GoalId.TryCreate))],
        [.. (m.Yields ?? []).Select(y => (
            Parse<CompetenceId>(y.Competence, CompetenceId.TryCreate),
            y.Node is null ? (NodeId?)null : Parse<NodeId>(y.Node, NodeId.TryCreate),
            y.Level))],
        [.. (m.TargetPeople ?? []).Select(p => Parse<PersonId>(p, PersonId.TryCreate))],
        [.. (m.Prerequisites ?? []).Select(p => Parse<MeasureId>(p, MeasureId.TryCreate))],
        [.. (m.Completions ?? []).Select(c => Parse<PersonId>(c.Person, PersonId.TryCreate))]);

    private static MeasureDto ToDto(Measure m) => new()
    {
        Id = m.Id.Value,
        Name = Text(m.Name),
        Kind = EnumText.Name(m.Kind),
        Strategies = EnumText.Flags(m.Strategy),
        TargetCompetences = m.TargetCompetences.IsEmpty ? null : [.. m.TargetCompetences.Select(c => c.Value)],
        Capacity = m.Capacity,
        Sessions = m.Sessions.IsEmpty || m.SessionRule is not null ? null : [.. m.Sessions],
        SessionRule = m.SessionRule is { } rule ? WheelMapper.Rule(rule) : null,
        EvaluationDates = m.EvaluationDates.IsEmpty ? null : [.. m.EvaluationDates],
        Participants = m.Participants.IsEmpty ? null : [.. m.Participants.Select(n => n.Value)],
        Goals = m.Goals.IsEmpty ? null : [.. m.Goals.Select(g => g.Value)],
        Yields = m.Yields.IsEmpty ? null : [.. m.Yields.Select(y => new YieldDto
        {
            Strategy = EnumText.Name(y.Strategy),
            Competence = y.Competence.Value,
            Level = y.Level?.Value,
            Node = y.Node?.Value,
            AmountPercent = y.Strategy == CompetenceStrategies.Acquire ? Normal(y.Amount.Percent) : null,
            PositionType = y.PositionType is { } p ? EnumText.Name(p) : null,
            By = y.By,
        })],
        TargetPositionTypes = m.TargetPositionTypes.IsEmpty ? null : [.. m.TargetPositionTypes.Select(EnumText.Name)],
        TargetPeople = m.TargetPeople.IsEmpty ? null : [.. m.TargetPeople.Select(p => p.Value)],
        Runs = m.Runs == 1 ? null : m.Runs,
        HoursPerParticipant = m.HoursPerParticipant is { } h ? Normal(h) : null,
        Prerequisites = m.Prerequisites.IsEmpty ? null : [.. m.Prerequisites.Select(p => p.Value)],
        Mandatory = m.Mandatory ? true : null,
        LeaderTakesPart = m.LeaderTakesPart ? true : null,
        ResponsibleRole = m.ResponsibleRole is null ? null : Text(m.ResponsibleRole),
        Status = m.Status == MeasureStatus.Planned ? null : EnumText.Name(m.Status),
        Completions = m.Completions.IsEmpty ? null : [.. m.Completions.Select(c => new CompletionDto { Person = c.Person.Value, Date = c.Date })],
        Costs = m.Costs.IsEmpty ? null : [.. m.Costs.Select(c => new CostDto
        {
            Year = c.Year,
            Description = Text(c.Description),
            Fee = c.Fee is { } f ? Normal(f) : null,
            Hours = c.Hours is { } hh ? Normal(hh) : null,
            Rate = c.Rate is { } r ? Normal(r) : null,
        })],
        Funding = m.Funding.IsEmpty ? null : [.. m.Funding.Select(f => new FundingDto { Source = f.Source, Year = f.Year, Amount = Normal(f.Amount), Status = EnumText.Name(f.Status), ApplicationDeadline = f.ApplicationDeadline })],
    };
}
