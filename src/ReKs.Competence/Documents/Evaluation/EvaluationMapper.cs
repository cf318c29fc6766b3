using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>Maps the evaluation document to the model and back, reporting every value and reference problem at its JSON path.</summary>
internal static class EvaluationMapper
{
    public static EvaluationData? ToModel(EvaluationDocumentDto dto, CompetencePlan? plan, List<Problem> problems, Func<string, byte[]?>? openFile = null)
    {
        var before = problems.Count;
        bool Node(string text, ProblemPath at, out NodeId id) => PlanMapper.Id(text, at, problems, NodeId.TryCreate, out id);
        bool Measure(string text, ProblemPath at, out MeasureId id) => PlanMapper.Id(text, at, problems, MeasureId.TryCreate, out id);

        var indicators = dto.Indicators.Select((d, i) => MapIndicator(d, ProblemPath.Root.Then("indicators", i), Node, Measure, problems)).ToList();
        var indicatorAt = new Dictionary<IndicatorId, Indicator>();
        foreach (var indicator in indicators.OfType<Indicator>())
        {
            indicatorAt.TryAdd(indicator.Id, indicator);
        }

        var interventions = new List<Intervention>();
        for (var i = 0; i < (dto.Interventions?.Count ?? 0); i++)
        {
            var d = dto.Interventions![i];
            var at = ProblemPath.Root.Then("interventions", i);
            var ok = true;
            if (IdText.Problem(d.Id) is { } idProblem)
            {
                problems.Add(new Problem(at.Then("id"), ProblemKind.InvalidValue, idProblem));
                ok = false;
            }

            var label = PlanMapper.Text(d.Label, at.Then("label"), problems);
            MeasureId? measure = null;
            if (d.Measure is not null)
            {
                ok &= Measure(d.Measure, at.Then("measure"), out var m);
                measure = m;
            }

            var list = new List<NodeId>();
            if (d.Nodes is null)
            {
                // The plan says which units take part in a measure: without its own list, the intervention takes those.
                var participants = ok && measure is { } mid && plan?.Measures.FirstOrDefault(x => x.Id == mid) is { } planned ? planned.Participants : [];
                if (participants.IsEmpty)
                {
                    problems.Add(new Problem(at.Then("nodes"), ProblemKind.Missing, "list the nodes that took part, or name a plan measure whose participants are listed"));
                    ok = false;
                }

                list.AddRange(participants);
            }
            else if (d.Nodes.Count == 0)
            {
                problems.Add(new Problem(at.Then("nodes"), ProblemKind.InvalidValue, "an intervention takes place at one node at least"));
                ok = false;
            }

            for (var j = 0; j < (d.Nodes?.Count ?? 0); j++)
            {
                ok &= Node(d.Nodes![j], at.Then("nodes", j), out var n);
                list.Add(n);
            }

            if (ok && label is not null)
            {
                interventions.Add(new Intervention(d.Id, d.Date, list, label, measure));
            }
        }

        var series = new List<Series>();
        var read = new List<IReadOnlyList<(int Position, Observation Observation)>>();
        for (var s = 0; s < dto.Series.Count; s++)
        {
            var d = dto.Series[s];
            var at = ProblemPath.Root.Then("series", s);
            var ok = Node(d.Node, at.Then("node"), out var node);
            Indicator? indicator = null;
            ok &= PlanMapper.Id<IndicatorId>(d.Indicator, at.Then("indicator"), problems, IndicatorId.TryCreate, out var iid) && indicatorAt.TryGetValue(iid, out indicator);
            var clean = problems.Count;
            var observations = Observations(d.Observations, at.Then("observations"), indicator, problems);
            read.Add(observations);
            if (ok && problems.Count == clean)
            {
                series.Add(new Series(iid, node, observations.Select(o => o.Observation)));
            }
        }

        // SSB tables (JSON-stat) become series too; the mapper checks their codes, values and clashes with the document's
        // own series, since the rules below see only the series written out in the document.
        var declared = dto.Indicators.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        bool PlanNode(string text, ProblemPath at, out NodeId id) => Node(text, at, out id) && (plan is null || EvaluationRules.NodeInPlan(plan, id, at, problems));
        for (var t = 0; t < (dto.Statistics?.Count ?? 0); t++)
        {
            StatisticsMapper.Series(dto.Statistics![t], ProblemPath.Root.Then("statistics", t), indicatorAt, declared, series, PlanNode, openFile, problems);
        }

        // The evaluation rules (and, with a plan, the references into it) run on the document's own identifiers and on
        // the observations that could be read, so an element with a problem of its own still counts and is still checked.
        var outline = Outline(dto, indicators, read);
        problems.AddRange(EvaluationRules.Validate(outline));
        if (plan is not null)
        {
            problems.AddRange(EvaluationRules.AgainstPlan(outline, plan));
        }

        return problems.Count > before ? null : new EvaluationData(indicators!, series, interventions);
    }

    private static EvaluationOutline Outline(EvaluationDocumentDto dto, List<Indicator?> indicators, List<IReadOnlyList<(int, Observation)>> observations) => new(
        [.. dto.Indicators.Select((d, i) => new IndicatorOutline(
            Parse<IndicatorId>(d.Id, IndicatorId.TryCreate),
            indicators[i],
            [.. (d.Measures ?? []).Select(m => Parse<MeasureId>(m, MeasureId.TryCreate))],
            [.. (d.Nodes ?? []).Select(n => Parse<NodeId>(n, NodeId.TryCreate))]))],
        [.. (dto.Interventions ?? []).Select(d => new InterventionOutline(
            IdText.Problem(d.Id) is null ? d.Id : null,
            d.Measure is null ? null : Parse<MeasureId>(d.Measure, MeasureId.TryCreate),
            [.. (d.Nodes ?? []).Select(n => Parse<NodeId>(n, NodeId.TryCreate))]))],
        [.. dto.Series.Select((d, s) => new SeriesOutline(Parse<IndicatorId>(d.Indicator, IndicatorId.TryCreate), Parse<NodeId>(d.Node, NodeId.TryCreate), observations[s]))]);

    private static T Parse<T>(string? text, PlanMapper.TryCreate<T> create) => create(text, out var id) ? id : default!;

    public static EvaluationDocumentDto ToDto(EvaluationData data) => new()
    {
        SchemaVersion = EvaluationDocument.CurrentSchemaVersion,
        Indicators = [.. data.Indicators.Select(i => new IndicatorDto
        {
            Id = i.Id.Value,
            Name = PlanMapper.Text(i.Name),
            Unit = PlanMapper.Text(i.Unit),
            Kind = EnumText.Name(i.Kind),
            Direction = EnumText.Name(i.Direction),
            Level = EnumText.Name(i.Level),
            Chart = i.Chart == IndicatorChart.Control ? null : EnumText.Name(i.Chart),
            Multiplier = i.Multiplier == 1 ? null : i.Multiplier,
            Likert = i.Likert is { } l ? new LikertDto { Points = l.Points, TopBox = l.TopBox } : null,
            Measures = i.Measures.IsEmpty ? null : [.. i.Measures.Select(m => m.Value)],
            Nodes = i.Nodes.IsEmpty ? null : [.. i.Nodes.Select(n => n.Value)],
        })],
        Interventions = data.Interventions.IsEmpty ? null : [.. data.Interventions.Select(i => new InterventionDto
        {
            Id = i.Id,
            Date = i.Date,
            Nodes = [.. i.Nodes.Select(n => n.Value)],
            Label = PlanMapper.Text(i.Label),
            Measure = i.Measure?.Value,
        })],
        Series = [.. data.Series.Select(s => new SeriesDto
        {
            Indicator = s.Indicator.Value,
            Node = s.Node.Value,
            Observations = [.. s.Observations.Select(o => new ObservationDto { Period = o.Period.ToString(), Value = o.IsSubgroup ? null : o.Value, Values = o.IsSubgroup ? [.. o.Measurements] : null, Denominator = o.Denominator, Status = o.Status, Exclude = o.IsExcluded ? true : null })],
        })],
    };

    private static Indicator? MapIndicator(IndicatorDto d, ProblemPath at, NodeRef node, MeasureRef measure, List<Problem> problems)
    {
        var before = problems.Count;
        PlanMapper.Id<IndicatorId>(d.Id, at.Then("id"), problems, IndicatorId.TryCreate, out var id);
        var name = PlanMapper.Text(d.Name, at.Then("name"), problems);
        var unit = PlanMapper.Text(d.Unit, at.Then("unit"), problems);
        var kindRead = EnumText.TryParse<IndicatorKind>(d.Kind, at.Then("kind"), problems, out var kind);
        EnumText.TryParse<DesiredDirection>(d.Direction, at.Then("direction"), problems, out var direction);
        EnumText.TryParse<KirkpatrickLevel>(d.Level, at.Then("level"), problems, out var level);
        var chart = IndicatorChart.Control;
        if (d.Chart is not null)
        {
            EnumText.TryParse(d.Chart, at.Then("chart"), problems, out chart);
        }

        LikertScale? likert = null;
        if (d.Likert is { } l && Fault.Report(LikertScale.Check(l.Points, l.TopBox), at.Then("likert"), problems))
        {
            likert = new LikertScale(l.Points, l.TopBox);
        }

        // An unreadable kind is reported where it was read; the Likert scale is checked against a kind that was read.
        Fault.Report(Indicator.Check(kindRead ? kind : IndicatorKind.Proportion, d.Multiplier ?? 1, d.Likert is not null), at, problems);

        var fatal = problems.Count > before;
        var measures = new List<MeasureId>();
        for (var j = 0; j < (d.Measures?.Count ?? 0); j++)
        {
            if (measure(d.Measures![j], at.Then("measures", j), out var mid))
            {
                measures.Add(mid);
            }
        }

        var nodes = new List<NodeId>();
        for (var j = 0; j < (d.Nodes?.Count ?? 0); j++)
        {
            if (node(d.Nodes![j], at.Then("nodes", j), out var nid))
            {
                nodes.Add(nid);
            }
        }

        // An indicator whose own fields are sound is built even when an identifier in its lists is malformed, so its
        // series' values are still checked; the document as a whole is rejected by that problem.
        return fatal ? null : new Indicator(id, name!, unit!, kind, direction, level, measures, nodes, chart, d.Multiplier ?? 1, likert);
    }

    /// <summary>Reads the observations that can be read, with their positions; whether each value fits the indicator is
    /// the evaluation rules' to say.</summary>
    private static List<(int Position, Observation Observation)> Observations(List<ObservationDto> list, ProblemPath path, Indicator? indicator, List<Problem> problems)
    {
        var result = new List<(int, Observation)>();
        MeasurementPeriod? previous = null;
        for (var j = 0; j < list.Count; j++)
        {
            var d = list[j];
            var at = path.Then(j);
            if (!MeasurementPeriod.TryParse(d.Period, out var period))
            {
                problems.Add(new Problem(at.Then("period"), ProblemKind.InvalidValue, $"'{d.Period}' is not a period: write 2025-03-14, 2025-03, 2025-Q1 or 2025"));
                continue;
            }

            if (previous is { } p)
            {
                if (p.Granularity != period.Granularity)
                {
                    problems.Add(new Problem(at.Then("period"), ProblemKind.InvalidValue, $"{period} is a {Name(period.Granularity)} and the series so far has {Name(p.Granularity)}s"));
                }
                else if (period <= p)
                {
                    problems.Add(new Problem(at.Then("period"), ProblemKind.DateOrder, $"{period} does not come after {p}: periods are in increasing order, each once"));
                }
                else if (period.Granularity != PeriodGranularity.Day && period != p.Next())
                {
                    problems.Add(new Problem(at.Then("period"), ProblemKind.InvalidValue, $"{period} does not follow {p}: list {p.Next()} with \"value\": null so the gap is explicit"));
                }
            }

            previous = period;
            var value = d.Value;
            var denominator = d.Denominator;
            if (d.Answers is { } answers)
            {
                if (indicator is not null && indicator.Likert is not { } scale)
                {
                    problems.Add(new Problem(at.Then("answers"), ProblemKind.InvalidValue, $"indicator '{indicator.Id}' has no Likert scale, so its observations have no answers"));
                    continue;
                }

                if (value is not null || denominator is not null)
                {
                    problems.Add(new Problem(at.Then("answers"), ProblemKind.InvalidValue, "give either answers or a value and denominator, not both"));
                    continue;
                }

                if (indicator?.Likert is { } likert)
                {
                    if (answers.Count != likert.Points || answers.Any(a => a < 0) || answers.Sum() == 0)
                    {
                        problems.Add(new Problem(at.Then("answers"), ProblemKind.InvalidValue, $"answers are {likert.Points} non-negative counts, one per category from 1 to {likert.Points}, at least one answer in all"));
                        continue;
                    }

                    var summary = LikertSummary.FromCounts(likert, answers);
                    (value, denominator) = (summary.TopBoxCount, summary.Total);
                }
            }

            if (d.Values is { } measurements)
            {
                if (value is not null || denominator is not null || d.Answers is not null)
                {
                    problems.Add(new Problem(at.Then("values"), ProblemKind.InvalidValue, "give either the subgroup's values or a value (with its denominator, or answers), not both"));
                    continue;
                }

                // Whether the indicator takes subgroups is the evaluation rules' to say, at this same path.
                result.Add((j, Observation.Subgroup(period, measurements, d.Status, d.Exclude == true)));
                continue;
            }

            if (denominator is { } den && !(den > 0))
            {
                problems.Add(new Problem(at.Then("denominator"), ProblemKind.InvalidValue, $"a denominator is positive; found {den}"));
                continue;
            }

            result.Add((j, new Observation(period, value, denominator, d.Status, d.Exclude == true)));
        }

        return result;
    }

    private static string Name(PeriodGranularity g) => EnumText.Name(g);

    internal delegate bool NodeRef(string text, ProblemPath at, out NodeId id);

    private delegate bool MeasureRef(string text, ProblemPath at, out MeasureId id);
}
