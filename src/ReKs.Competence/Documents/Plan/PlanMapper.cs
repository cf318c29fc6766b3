using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>Maps the document's wire shape to the model and back. Reading reports every problem with its JSON path.</summary>
internal static partial class PlanMapper
{
    public static CompetencePlan? ToModel(PlanDocumentDto dto, List<Problem> problems) => ToModel(dto, problems, rulesOnce: true);

    /// <summary>Maps a document to its plan, or adds every problem.</summary>
    /// <param name="dto">The document.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="rulesOnce">Whether the plan's rules run once, in the plan's constructor, when every element mapped
    /// without a problem (the rules run on the document's outline only when they find one there); otherwise they run on
    /// the outline first, as the reader did before, and again in the constructor (tests compare the two).</param>
    internal static CompetencePlan? ToModel(PlanDocumentDto dto, List<Problem> problems, bool rulesOnce)
    {
        var before = problems.Count;
        var name = Text(dto.Name, ProblemPath.Root.Then("name"), problems);
        var scale = Scale(dto.Scale, problems);
        var precedence = Precedence(dto.Precedence, problems);
        DateInterval? period = null;
        if (dto.Period is { } pd)
        {
            if (pd.End < pd.Start)
            {
                problems.Add(new Problem(ProblemPath.Root.Then("period", "end"), ProblemKind.DateOrder, $"the period ends ({pd.End:uuuu-MM-dd}) before it starts ({pd.Start:uuuu-MM-dd})"));
            }
            else
            {
                period = new DateInterval(pd.Start, pd.End);
            }
        }

        var nodes = Collect(dto.Organisation, ProblemPath.Root.Then("organisation"), problems, MapNode);
        Organisation? organisation = null;
        var orgProblems = Organisation.Validate(nodes.Items, ProblemPath.Root.Then("organisation"), nodes.Index);
        problems.AddRange(orgProblems);
        if (orgProblems.Count == 0 && nodes.Items.Count == dto.Organisation.Count)
        {
            organisation = new Organisation(nodes.Items);
        }

        var competences = Collect(dto.Competences, ProblemPath.Root.Then("competences"), problems, MapCompetence);
        var goals = Collect(dto.Goals ?? [], ProblemPath.Root.Then("goals"), problems, MapGoal);
        var ids = new IdPool();
        var people = Collect(dto.People, ProblemPath.Root.Then("people"), problems, (p, at, pr) => MapPerson(p, at, scale, precedence, ids, pr), static p => p?.Read);
        var requirements = Collect(dto.Requirements, ProblemPath.Root.Then("requirements"), problems, (r, at, pr) => MapRequirement(r, at, scale, pr), r => r is null ? null : Ready(r, scale, ids));
        var measures = Collect(dto.Measures ?? [], ProblemPath.Root.Then("measures"), problems, MapMeasure);
        var staffing = Collect(dto.Staffing ?? [], ProblemPath.Root.Then("staffing"), problems, MapStaffing);

        // A document whose every element mapped without a problem is the plan's own outline: its rules run once, in the
        // constructor, and find the same problems as on the document's outline below (they are read there, with their
        // paths, should the constructor refuse the plan).
        if (rulesOnce && problems.Count == before && organisation is not null && name is not null
            && competences.Items.Count == dto.Competences.Count && goals.Items.Count == (dto.Goals?.Count ?? 0)
            && people.Items.Count == dto.People.Count && requirements.Items.Count == dto.Requirements.Count
            && measures.Items.Count == (dto.Measures?.Count ?? 0) && staffing.Items.Count == (dto.Staffing?.Count ?? 0))
        {
            try
            {
                return new CompetencePlan(name, organisation, competences.Items, people.Items, requirements.Items, goals.Items, measures.Items, scale, precedence, period, staffing.Items, Extensions(dto.Extensions));
            }
            catch (ValidationException)
            {
                // The rules found a problem: they run again below on the document's outline, which names it at its path.
            }
        }

        // The plan's rules run on the document's own identifiers and references, so that an element with a problem of
        // its own still counts as defined (no cascade of "unknown" references), still collides with a second definition,
        // and its references are still checked.
        problems.AddRange(PlanRules.Validate(Outline(dto, scale, ids)));

        if (problems.Count > before || organisation is null || name is null)
        {
            return null;
        }

        return new CompetencePlan(name, organisation, competences.Items, people.Items, requirements.Items, goals.Items, measures.Items, scale, precedence, period, staffing.Items, Extensions(dto.Extensions));
    }

    /// <summary>Maps each element with its path; <paramref name="ready"/> gives an element already read into the model,
    /// which needs no path.</summary>
    private static (List<T> Items, List<int> Index) Collect<TDto, T>(List<TDto> items, ProblemPath path, List<Problem> problems, Func<TDto, ProblemPath, List<Problem>, T?> map, Func<TDto, T?>? ready = null)
        where T : class
    {
        var result = new List<T>(items.Count);
        var index = new List<int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if ((ready?.Invoke(items[i]) ?? map(items[i], path.Then(i), problems)) is { } item)
            {
                result.Add(item);
                index.Add(i);
            }
        }

        return (result, index);
    }

    /// <summary>The document's identifiers and references by position, for the plan's rules; an invalid identifier is
    /// <c>default</c>, which the rules skip (it is reported where it was read).</summary>
    private static PlanOutline Outline(PlanDocumentDto dto, ProficiencyScale scale, IdPool ids)
    {
        var nodes = dto.Organisation.Select(n => Parse<NodeId>(n.Id, NodeId.TryCreate)).Where(id => id != default).ToHashSet();
        return new PlanOutline(
            scale,
            nodes.Contains,
            [.. dto.Competences.Select(c => (CompetenceId?)Parse<CompetenceId>(c.Id, CompetenceId.TryCreate))],
            [.. (dto.Goals ?? []).Select(g => (GoalId?)Parse<GoalId>(g.Id, GoalId.TryCreate))],
            [.. dto.People.Select(p => p.Read is { } read ? PersonOutline.Of(read) : new PersonOutline(
                Parse<PersonId>(p.Id, PersonId.TryCreate),
                ids.Node(p.Node, out var node) ? node : default,
                [.. (p.Holdings ?? []).Select(h => (ids.Competence(h.Competence, out var c) ? c : default, h.Level))],
                [.. (p.Aspirations ?? []).Select(a => Parse<CompetenceId>(a, CompetenceId.TryCreate))],
                [.. (p.Evidence ?? []).Select(e => (Parse<CompetenceId>(e.Competence, CompetenceId.TryCreate), e.Level))]))],
            [.. dto.Requirements.Select(r => new RequirementOutline(
                Parse<NodeId>(r.Node, NodeId.TryCreate),
                Parse<CompetenceId>(r.Competence, CompetenceId.TryCreate),
                r.MinLevel,
                [.. (r.Goals ?? []).Select(g => Parse<GoalId>(g, GoalId.TryCreate))]))],
            [.. (dto.Measures ?? []).Select(m => new MeasureOutline(
                Parse<MeasureId>(m.Id, MeasureId.TryCreate),
                [.. (m.TargetCompetences ?? []).Select(c => Parse<CompetenceId>(c, CompetenceId.TryCreate))],
                [.. (m.Participants ?? []).Select(n => Parse<NodeId>(n, NodeId.TryCreate))],
                LinksOf(m)))])
        {
            Staffing = [.. (dto.Staffing ?? []).Select(s => (NodeId?)Parse<NodeId>(s.Node, NodeId.TryCreate))],
        };
    }

    private static T Parse<T>(string? text, TryCreate<T> create) => create(text, out var id) ? id : default!;

    internal static LocalizedText? Text(TextDto? dto, ProblemPath path, List<Problem> problems, bool multiline = false)
    {
        if (dto is null)
        {
            return null;
        }

        var ok = true;
        if (string.IsNullOrWhiteSpace(dto.Nb))
        {
            problems.Add(new Problem(path.Then("nb"), ProblemKind.InvalidValue, "the Norwegian text must not be empty"));
            ok = false;
        }
        else if (!multiline && ShapeCheck.TextProblem(dto.Nb, multiline: false) is { } why)
        {
            problems.Add(new Problem(path.Then("nb"), ProblemKind.InvalidValue, why));
            ok = false;
        }

        if (dto.En is not null && string.IsNullOrWhiteSpace(dto.En))
        {
            problems.Add(new Problem(path.Then("en"), ProblemKind.InvalidValue, "the English text, when given, must not be empty"));
            ok = false;
        }
        else if (dto.En is not null && !multiline && ShapeCheck.TextProblem(dto.En, multiline: false) is { } why)
        {
            problems.Add(new Problem(path.Then("en"), ProblemKind.InvalidValue, why));
            ok = false;
        }

        return ok ? new LocalizedText(dto.Nb, dto.En) : null;
    }

    internal static bool Id<T>(string? text, ProblemPath path, List<Problem> problems, TryCreate<T> create, out T id)
    {
        if (create(text, out id))
        {
            return true;
        }

        problems.Add(new Problem(path, ProblemKind.InvalidValue, $"{IdText.Problem(text)}"));
        return false;
    }

    internal delegate bool TryCreate<T>(string? text, out T id);

    private static ProficiencyScale Scale(List<TextDto>? labels, List<Problem> problems)
    {
        if (labels is null)
        {
            return ProficiencyScale.Default;
        }

        if (labels.Count == 0 || labels.Count > ProficiencyLevel.MaxValue)
        {
            problems.Add(new Problem(ProblemPath.Root.Then("scale"), ProblemKind.InvalidValue, $"a scale has 1 to {ProficiencyLevel.MaxValue} levels (got {labels.Count})"));
            return ProficiencyScale.Default;
        }

        var texts = labels.Select((l, i) => Text(l, ProblemPath.Root.Then("scale", i), problems)).ToList();
        return texts.Any(t => t is null) ? ProficiencyScale.Default : new ProficiencyScale(texts!);
    }

    private static EvidencePrecedence Precedence(List<string>? order, List<Problem> problems)
    {
        if (order is null)
        {
            return EvidencePrecedence.Default;
        }

        var sources = new List<EvidenceSource>();
        for (var i = 0; i < order.Count; i++)
        {
            if (EnumText.TryParse<EvidenceSource>(order[i], ProblemPath.Root.Then("precedence", i), problems, out var s))
            {
                sources.Add(s);
            }
        }

        if (sources.Count != order.Count)
        {
            return EvidencePrecedence.Default;
        }

        if (sources.Count != Enum.GetValues<EvidenceSource>().Length || sources.Distinct().Count() != sources.Count)
        {
            problems.Add(new Problem(ProblemPath.Root.Then("precedence"), ProblemKind.InvalidValue, "the precedence names every source (documented, leaderAssessed, selfDeclared) exactly once"));
            return EvidencePrecedence.Default;
        }

        return new EvidencePrecedence(sources);
    }

    private static OrganisationNode? MapNode(NodeDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = Id<NodeId>(dto.Id, at.Then("id"), problems, NodeId.TryCreate, out var id);
        NodeId? parent = null;
        if (dto.Parent is not null)
        {
            ok &= Id<NodeId>(dto.Parent, at.Then("parent"), problems, NodeId.TryCreate, out var p);
            if (ok && p == id)
            {
                problems.Add(new Problem(at.Then("parent"), ProblemKind.Structure, $"node '{id}' is its own parent"));
                ok = false;
            }

            parent = p;
        }

        var kind = NodeKind.Unit;
        ok &= dto.Kind is null || EnumText.TryParse(dto.Kind, at.Then("kind"), problems, out kind);
        var name = Text(dto.Name, at.Then("name"), problems);
        ok &= dto.Name is null || name is not null;
        return ok ? new OrganisationNode(id, parent, name, kind, Extensions(dto.Extensions)) : null;
    }

    private static Model.Competence? MapCompetence(CompetenceDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = Id<CompetenceId>(dto.Id, at.Then("id"), problems, CompetenceId.TryCreate, out var id);
        var name = Text(dto.Name, at.Then("name"), problems);
        ok &= name is not null;
        ok &= EnumText.TryParseFlags<LaiComponents>(dto.Components, at.Then("components"), allowEmpty: false, problems, out var components);
        var form = LaiForm.Professional;
        ok &= dto.Form is null || EnumText.TryParse(dto.Form, at.Then("form"), problems, out form);
        Uri? reference = null;
        if (dto.ExternalReference is not null && !Uri.TryCreate(dto.ExternalReference, UriKind.Absolute, out reference))
        {
            problems.Add(new Problem(at.Then("externalReference"), ProblemKind.InvalidValue, $"'{dto.ExternalReference}' is not an absolute URI"));
            ok = false;
        }

        var tags = dto.Tags ?? [];
        var tagFaults = Model.Competence.CheckTags(tags).ToList();
        ok &= Fault.Report(tagFaults, at, problems);
        for (var i = 0; i < tags.Count; i++)
        {
            if (!tagFaults.Any(f => f.Field == ProblemPath.Root.Then("tags", i)) && ShapeCheck.TextProblem(tags[i], multiline: false) is { } why)
            {
                problems.Add(new Problem(at.Then("tags", i), ProblemKind.InvalidValue, why));
                ok = false;
            }
        }

        return ok ? new Model.Competence(id, name!, components, form, reference, tags, Extensions(dto.Extensions)) : null;
    }

    private static Goal? MapGoal(GoalDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = Id<GoalId>(dto.Id, at.Then("id"), problems, GoalId.TryCreate, out var id);
        var name = Text(dto.Name, at.Then("name"), problems);
        var description = Text(dto.Description, at.Then("description"), problems, multiline: true);
        ok &= name is not null && (dto.Description is null || description is not null);
        ok &= EnumText.TryParseFlags<CompetenceStrategies>(dto.Strategies, at.Then("strategies"), allowEmpty: true, problems, out var strategies);
        var resources = new List<GoalResource>();
        for (var i = 0; i < (dto.Resources?.Count ?? 0); i++)
        {
            var r = dto.Resources![i];
            var rAt = at.Then("resources", i);
            var rOk = EnumText.TryParse<ResourceKind>(r.Kind, rAt.Then("kind"), problems, out var kind);
            var rName = Text(r.Name, rAt.Then("name"), problems);
            var rDescription = Text(r.Description, rAt.Then("description"), problems, multiline: true);
            if (rOk && rName is not null && (r.Description is null || rDescription is not null))
            {
                resources.Add(new GoalResource(kind, rName, rDescription));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new Goal(id, name!, strategies, description, resources) : null;
    }

    private static StaffingRequirement? MapStaffing(StaffingDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = Id<NodeId>(dto.Node, at.Then("node"), problems, NodeId.TryCreate, out var node);
        ok &= EnumText.TryParse<PositionType>(dto.PositionType, at.Then("positionType"), problems, out var positionType);
        HealthEducation? education = null;
        if (dto.Education is not null)
        {
            ok &= EnumText.TryParse<HealthEducation>(dto.Education, at.Then("education"), problems, out var e);
            education = e;
        }

        if (!PositionShare.TryFromPercent(dto.AmountPercent, out var amount, out var amountProblem) || (amount == PositionShare.Zero && (amountProblem = "a staffing requirement's amount is more than zero") is not null))
        {
            problems.Add(new Problem(at.Then("amountPercent"), ProblemKind.InvalidValue, amountProblem));
            ok = false;
        }

        return ok ? new StaffingRequirement(node, positionType, amount, education, dto.From) : null;
    }

    private static Person? MapPerson(PersonDto dto, ProblemPath at, ProficiencyScale scale, EvidencePrecedence precedence, IdPool ids, List<Problem> problems)
    {
        if (dto.Read is { } read)
        {
            return read; // read straight into the model, only when mapping it here would have found nothing
        }

        var ok = Id<PersonId>(dto.Id, at.Then("id"), problems, PersonId.TryCreate, out var id);
        ok &= ids.Node(dto.Node, out var node) || Id<NodeId>(dto.Node, at.Then("node"), problems, NodeId.TryCreate, out node);
        var share = PositionShare.Zero;
        if (!PositionShare.TryFromPercent(dto.PositionPercent, out share, out var shareProblem) || Model.Person.ShareProblem(share) is { } p2 && (shareProblem = p2) is not null)
        {
            problems.Add(new Problem(at.Then("positionPercent"), ProblemKind.InvalidValue, shareProblem!));
            ok = false;
        }

        var positionType = PositionType.Other;
        ok &= dto.PositionType is null || EnumText.TryParse(dto.PositionType, at.Then("positionType"), problems, out positionType);
        var education = HealthEducation.Unknown;
        ok &= dto.Education is null || EnumText.TryParse(dto.Education, at.Then("education"), problems, out education);
        ok &= Fault.Report(Person.Check(id, dto.Starts, dto.Leaves), at, problems);

        var holdings = new List<Holding>(dto.Holdings?.Count ?? 0);
        for (var i = 0; i < (dto.Holdings?.Count ?? 0); i++)
        {
            if (MapHolding(dto.Holdings![i], at, i, scale, ids, problems) is { } h)
            {
                holdings.Add(h);
            }
            else
            {
                ok = false;
            }
        }

        var aspirations = IdList<CompetenceId>(dto.Aspirations, at.Then("aspirations"), "aspiration", problems, CompetenceId.TryCreate, ref ok);
        var evidence = new List<Evidence>();
        for (var i = 0; i < (dto.Evidence?.Count ?? 0); i++)
        {
            if (MapEvidence(dto.Evidence![i], at.Then("evidence", i), scale, problems) is { } e)
            {
                evidence.Add(e);
            }
            else
            {
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        var effective = dto.Holdings is null && evidence.Count > 0 ? EvidenceResolver.Resolve(evidence, precedence) : [.. holdings];
        return new Person(id, node, share, effective, aspirations, dto.Starts, dto.Leaves, positionType, education, evidence, Extensions(dto.Extensions));
    }

    private static bool Level(int? level, ProficiencyScale scale, out ProficiencyLevel? result)
    {
        result = null;
        if (level is not { } l)
        {
            return true;
        }

        if (!scale.Contains(l))
        {
            return false; // the plan's rules report it (OutOfScale), for a document as for a plan built in code
        }

        result = new ProficiencyLevel(l);
        return true;
    }

    private static bool DateOrder(LocalDate? from, LocalDate? until, ProblemPath path, List<Problem> problems)
    {
        if (from is { } f && until is { } u && u < f)
        {
            problems.Add(new Problem(path, ProblemKind.DateOrder, $"valid until {u:uuuu-MM-dd} is before valid from {f:uuuu-MM-dd}"));
            return false;
        }

        return true;
    }

    /// <summary>Maps a holding; its path is made only when it has a problem to report (a plan has millions of holdings).</summary>
    private static Holding? MapHolding(HoldingDto dto, ProblemPath person, int i, ProficiencyScale scale, IdPool ids, List<Problem> problems)
    {
        if (ids.Competence(dto.Competence, out var competence) && Level(dto.Level, scale, out var level) && EnumText.TryParse<CompetenceBasis>(dto.Basis, out var basis))
        {
            return new Holding(competence, level, basis, dto.Used, dto.ValidFrom, dto.ValidUntil);
        }

        return MapHolding(dto, person.Then("holdings", i), scale, problems);
    }

    private static Holding? MapHolding(HoldingDto dto, ProblemPath at, ProficiencyScale scale, List<Problem> problems)
    {
        var ok = Id<CompetenceId>(dto.Competence, at.Then("competence"), problems, CompetenceId.TryCreate, out var competence);
        ok &= Level(dto.Level, scale, out var level);
        ok &= EnumText.TryParse<CompetenceBasis>(dto.Basis, at.Then("basis"), problems, out var basis);

        // validUntil before validFrom is accepted: such a holding is valid on no date (as the gap-analysis specification allows).
        return ok ? new Holding(competence, level, basis, dto.Used, dto.ValidFrom, dto.ValidUntil) : null;
    }

    private static Evidence? MapEvidence(EvidenceDto dto, ProblemPath at, ProficiencyScale scale, List<Problem> problems)
    {
        var ok = Id<CompetenceId>(dto.Competence, at.Then("competence"), problems, CompetenceId.TryCreate, out var competence);
        ok &= Level(dto.Level, scale, out var level);
        ok &= EnumText.TryParse<EvidenceKind>(dto.Kind, at.Then("kind"), problems, out var kind);
        ok &= EnumText.TryParse<EvidenceSource>(dto.Source, at.Then("source"), problems, out var source);
        ok &= DateOrder(dto.ValidFrom, dto.ValidUntil, at.Then("validUntil"), problems);
        if (dto.Years is < 0)
        {
            problems.Add(new Problem(at.Then("years"), ProblemKind.InvalidValue, "years of experience must not be negative"));
            ok = false;
        }

        return ok ? new Evidence(competence, level, kind, source, dto.Recorded, dto.Used ?? true, dto.Issuer, dto.ValidFrom, dto.ValidUntil, dto.Years) : null;
    }

    private static Requirement? MapRequirement(RequirementDto dto, ProblemPath at, ProficiencyScale scale, List<Problem> problems)
    {
        var ok = Id<NodeId>(dto.Node, at.Then("node"), problems, NodeId.TryCreate, out var node);
        ok &= Id<CompetenceId>(dto.Competence, at.Then("competence"), problems, CompetenceId.TryCreate, out var competence);
        ok &= Level(dto.MinLevel, scale, out var level);
        if (!PositionShare.TryFromPercent(dto.AmountPercent, out var amount, out var amountProblem))
        {
            problems.Add(new Problem(at.Then("amountPercent"), ProblemKind.InvalidValue, amountProblem));
            ok = false;
        }
        else
        {
            ok &= Fault.Report(Requirement.CheckAmount(amount), at, problems);
        }

        ok &= Fault.Report(Requirement.CheckMinHeads(dto.MinHeads), at, problems);

        var goals = IdList<GoalId>(dto.Goals, at.Then("goals"), "goal", problems, GoalId.TryCreate, ref ok);
        return ok ? new Requirement(node, competence, level!.Value, amount, goals, dto.MinHeads, dto.From, dto.NeededBy) : null;
    }

    /// <summary>A requirement without goals whose values <see cref="MapRequirement"/> would take without a problem, mapped
    /// without making its paths (a national plan has hundreds of thousands); <see langword="null"/> for any other, which
    /// <see cref="MapRequirement"/> maps.</summary>
    private static Requirement? Ready(RequirementDto dto, ProficiencyScale scale, IdPool ids) =>
        dto.Goals is not { Count: > 0 } && dto.MinHeads is not < 1 && scale.Contains(dto.MinLevel)
        && ids.Node(dto.Node, out var node) && ids.Competence(dto.Competence, out var competence)
        && PositionShare.TryFromPercent(dto.AmountPercent, out var amount, out _) && amount > PositionShare.Zero && amount <= Requirement.MaxAmount
            ? new Requirement(node, competence, new ProficiencyLevel(dto.MinLevel), amount, null, dto.MinHeads, dto.From, dto.NeededBy)
            : null;

    private static Measure? MapMeasure(MeasureDto dto, ProblemPath at, List<Problem> problems)
    {
        var ok = Id<MeasureId>(dto.Id, at.Then("id"), problems, MeasureId.TryCreate, out var id);
        var name = Text(dto.Name, at.Then("name"), problems);
        ok &= name is not null;
        ok &= EnumText.TryParse<MeasureKind>(dto.Kind, at.Then("kind"), problems, out var kind);
        ok &= EnumText.TryParseFlags<CompetenceStrategies>(dto.Strategies, at.Then("strategies"), allowEmpty: true, problems, out var strategies);
        ok &= Fault.Report(Measure.CheckCapacity(dto.Capacity), at, problems);

        var targets = IdList<CompetenceId>(dto.TargetCompetences, at.Then("targetCompetences"), "competence", problems, CompetenceId.TryCreate, ref ok);
        var participants = IdList<NodeId>(dto.Participants, at.Then("participants"), "node", problems, NodeId.TryCreate, ref ok);
        var sessions = dto.Sessions ?? [];
        ok &= Fault.Report(Measure.CheckSessions(sessions), at, problems);
        ok &= Fault.Report(Measure.CheckEvaluationDates(dto.EvaluationDates ?? []), at, problems);

        return MapMeasureWithParts(dto, at, problems, ok, id, name, kind, strategies, targets, sessions, participants);
    }

    /// <summary>The identifiers of one read, each text made an identifier once: the holdings of a plan name a few hundred
    /// competences millions of times, and every holding then shares its competence's one string rather than keeping the
    /// copy the document gave it.</summary>
    private sealed class IdPool
    {
        private readonly Dictionary<string, CompetenceId> _competences = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NodeId> _nodes = new(StringComparer.Ordinal);

        /// <summary>The competence identifier of a text, or <see langword="false"/> when the text is none (the caller
        /// reports it with its path).</summary>
        public bool Competence(string? text, out CompetenceId id) => Of(_competences, text, CompetenceId.TryCreate, out id);

        /// <summary>The node identifier of a text, or <see langword="false"/> when the text is none.</summary>
        public bool Node(string? text, out NodeId id) => Of(_nodes, text, NodeId.TryCreate, out id);

        private static bool Of<T>(Dictionary<string, T> pool, string? text, TryCreate<T> create, out T id)
        {
            if (text is null)
            {
                id = default!;
                return false;
            }

            if (pool.TryGetValue(text, out id!))
            {
                return true;
            }

            if (!create(text, out id))
            {
                return false;
            }

            pool.Add(text, id);
            return true;
        }
    }

    /// <summary>Reads a list of identifiers, each once.</summary>
    private static List<T> IdList<T>(List<string>? items, ProblemPath path, string what, List<Problem> problems, TryCreate<T> create, ref bool ok)
    {
        var result = new List<T>();
        var seen = new HashSet<T>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (!Id(items![i], path.Then(i), problems, create, out var id))
            {
                ok = false;
            }
            else if (!seen.Add(id))
            {
                problems.Add(new Problem(path.Then(i), ProblemKind.Duplicate, $"{what} '{id}' is listed twice"));
                ok = false;
            }
            else
            {
                result.Add(id);
            }
        }

        return result;
    }

    public static PlanDocumentDto ToDto(CompetencePlan plan) => new()
    {
        SchemaVersion = PlanDocument.CurrentSchemaVersion,
        Name = Text(plan.Name),
        Period = plan.Period is { } p ? new PeriodDto { Start = p.Start, End = p.End } : null,
        Scale = plan.Scale == ProficiencyScale.Default ? null : [.. plan.Scale.Labels.Select(Text)],
        Precedence = plan.Precedence == EvidencePrecedence.Default ? null : [.. plan.Precedence.Order.Select(EnumText.Name)],
        Organisation = [.. plan.Organisation.Nodes.Select(n => new NodeDto
        {
            Id = n.Id.Value,
            Parent = n.Parent?.Value,
            Name = n.Name == new LocalizedText(n.Id.Value) ? null : Text(n.Name),
            Kind = EnumText.Name(n.Kind),
            Extensions = Verbatim(n.Extensions),
        })],
        Competences = [.. plan.Competences.Select(c => new CompetenceDto
        {
            Id = c.Id.Value,
            Name = Text(c.Name),
            Components = EnumText.Flags(c.Components),
            Form = EnumText.Name(c.Form),
            ExternalReference = c.ExternalReference?.OriginalString,
            Tags = c.Tags.IsEmpty ? null : [.. c.Tags],
            Extensions = Verbatim(c.Extensions),
        })],
        Goals = plan.Goals.IsEmpty ? null : [.. plan.Goals.Select(g => new GoalDto
        {
            Id = g.Id.Value,
            Name = Text(g.Name),
            Strategies = EnumText.Flags(g.Strategies),
            Description = g.Description is null ? null : Text(g.Description),
            Resources = g.Resources.IsEmpty ? null : [.. g.Resources.Select(r => new ResourceDto
            {
                Kind = EnumText.Name(r.Kind),
                Name = Text(r.Name),
                Description = r.Description is null ? null : Text(r.Description),
            })],
        })],
        People = [.. plan.People.Select(p => new PersonDto
        {
            Id = p.Id.Value,
            Node = p.Node.Value,
            PositionPercent = Normal(p.Share.Percent),
            PositionType = EnumText.Name(p.PositionType),
            Education = EnumText.Name(p.Education),
            Starts = p.Starts,
            Leaves = p.Leaves,
            // Write what was read: holdings that are exactly what the evidence resolves to under the plan's precedence are
            // left out, so the reader resolves them again (and a later change of the precedence still applies).
            Holdings = FromEvidence(p, plan.Precedence) ? null : [.. p.Holdings.Select(h => new HoldingDto
            {
                Competence = h.Competence.Value,
                Level = h.Level?.Value,
                Basis = EnumText.Name(h.Basis),
                Used = h.Used,
                ValidFrom = h.ValidFrom,
                ValidUntil = h.ValidUntil,
            })],
            Aspirations = p.Aspirations.IsEmpty ? null : [.. p.Aspirations.Select(a => a.Value)],
            Evidence = p.Evidence.IsEmpty ? null : [.. p.Evidence.Select(e => new EvidenceDto
            {
                Competence = e.Competence.Value,
                Level = e.Level?.Value,
                Kind = EnumText.Name(e.Kind),
                Source = EnumText.Name(e.Source),
                Recorded = e.Recorded,
                Used = e.Used,
                Issuer = e.Issuer,
                ValidFrom = e.ValidFrom,
                ValidUntil = e.ValidUntil,
                Years = e.Years is { } y ? Normal(y) : null,
            })],
            Extensions = Verbatim(p.Extensions),
        })],
        Requirements = [.. plan.Requirements.Select(r => new RequirementDto
        {
            Node = r.Node.Value,
            Competence = r.Competence.Value,
            MinLevel = r.MinLevel.Value,
            AmountPercent = Normal(r.Amount.Percent),
            Goals = r.Goals.IsEmpty ? null : [.. r.Goals.Select(g => g.Value)],
            MinHeads = r.MinHeads,
            From = r.From,
            NeededBy = r.NeededBy,
        })],
        Measures = plan.Measures.IsEmpty ? null : [.. plan.Measures.Select(ToDto)],
        Staffing = plan.Staffing.IsEmpty ? null : [.. plan.Staffing.Select(s => new StaffingDto
        {
            Node = s.Node.Value,
            PositionType = EnumText.Name(s.PositionType),
            AmountPercent = Normal(s.Amount.Percent),
            Education = s.Education is { } e ? EnumText.Name(e) : null,
            From = s.From,
        })],
        Extensions = Verbatim(plan.Extensions),
    };

    private static Model.ExtensionData? Extensions(VerbatimObject? dto) => dto is null ? null : new Model.ExtensionData(dto.Json);

    private static VerbatimObject? Verbatim(Model.ExtensionData? extensions) => extensions is null ? null : new VerbatimObject(extensions.Json);

    private static bool FromEvidence(Person person, EvidencePrecedence precedence) =>
        !person.Evidence.IsEmpty && person.Holdings.SequenceEqual(EvidenceResolver.Resolve(person.Evidence, precedence));

    internal static TextDto Text(LocalizedText text) => new() { Nb = text.Norwegian, En = text.English };

    /// <summary>Removes trailing zeros so that equal amounts are written as equal text.</summary>
    private static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;
}
