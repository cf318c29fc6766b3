using System.CommandLine;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Cli;

/// <summary><c>reks validate DOCUMENT</c>: every problem of a plan, wheel or evaluation document, with its JSON path, sorted by path.</summary>
internal static class ValidateVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var document = new Argument<FileInfo>("DOCUMENT") { Description = h.T("plan-, årshjul- eller evalueringsdokumentet (JSON)", "the plan, wheel or evaluation document (JSON)"), HelpName = h.T("DOKUMENT", "DOCUMENT") };
        var kind = new Option<DocumentKind?>("--kind")
        {
            Description = h.T("dokumenttypen, når den ikke kan leses av egenskapene på øverste nivå (standard: lest av dokumentet)", "the kind of document, when it cannot be told from its top-level properties (default: told from the document)"),
            HelpName = "plan|wheel|evaluation",
            CustomParser = r =>
            {
                var text = r.Tokens.Single().Value;
                foreach (var k in Enum.GetValues<DocumentKind>())
                {
                    if (string.Equals(k.ToString(), text, StringComparison.OrdinalIgnoreCase))
                    {
                        return k;
                    }
                }

                r.AddError($"--kind {Terminal.Safe(text)}: ukjent / unknown; bruk / use one of plan, wheel, evaluation");
                return null;
            },
        };
        var planOption = new Option<FileInfo?>("--plan") { Description = h.T("for et evalueringsdokument: planen nodene slås opp i (standard: X.json ved siden av X.evaluation.json); for et årshjul: planen lenkene (mål, tiltak, indikatorer) kontrolleres mot (indikatorlenker mot PLAN.evaluation.json når den finnes)", "for an evaluation document: the plan its nodes are looked up in (default: X.json beside X.evaluation.json); for a wheel: the plan its links (goals, measures, indicators) are checked against (indicator links against PLAN.evaluation.json when it exists)"), HelpName = "PLAN" };
        var lang = Options.Language(h, h.T("språket i meldingene: nb (bokmål, standard) eller en (engelsk)", "the language of the messages: nb (Norwegian bokmål, the default) or en (English)"));
        var maxBytes = Options.MaxBytes(h);
        var command = new Command("validate", HelpPage.Describe(
            h.T("Kontroller et plan-, årshjul- eller evalueringsdokument og list alle problemer i én omgang, med JSON-sti, sortert etter sti.", "Check a plan, wheel or evaluation document and list every problem in one pass, with its JSON path, sorted by path."),
            "reks validate docs/examples/gjovik-region.json",
            "reks validate docs/examples/reks-wheel.json",
            "reks validate docs/examples/gjovik-region.evaluation.json --plan docs/examples/gjovik-region.json"))
        {
            document,
            kind,
            planOption,
            lang,
            maxBytes,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(document)!;
            var l = parse.GetValue(lang);
            if (!file.Exists)
            {
                throw new CliInputException($"{file.FullName}: the file does not exist / filen finnes ikke");
            }

            var what = parse.GetValue(kind) ?? DocumentKinds.Detect(Head(file));
            if (parse.GetValue(planOption) is not null && what == DocumentKind.Plan)
            {
                throw new CliUsageException("--plan: bare med et evalueringsdokument eller et årshjul / only with an evaluation document or a wheel");
            }

            var limits = new ReadOptions(parse.GetValue(maxBytes));
            var (problems, summary) = what switch
            {
                DocumentKind.Wheel => Wheel(file, parse.GetValue(planOption), l, context, limits),
                DocumentKind.Evaluation => Evaluation(file, parse.GetValue(planOption), l, context, limits),
                _ => Plan(file, l, context, limits),
            };
            if (problems.Count > 0)
            {
                context.Error.WriteLine(DocumentLoader.Describe(file, [.. problems.OrderBy(p => p.Location, PathOrder.Instance)]));
                return ReksCli.InvalidInput;
            }

            context.Output.WriteLine(summary);
            return ReksCli.Ok;
        });
        return command;
    }

    private static (IReadOnlyCollection<Problem> Problems, string Summary) Plan(FileInfo file, Lang l, CliContext context, ReadOptions limits)
    {
        var result = DocumentLoader.Read(file, context.Error, limits);
        if (result.Value is not { } p)
        {
            return (result.Problems, string.Empty);
        }

        var summary = new System.Text.StringBuilder(l.T(
            $"{file.Name}: gyldig plan «{p.Name.Norwegian}» — {p.Organisation.Nodes.Length} noder, {p.People.Length} personer, {p.Competences.Length} kompetanser, {p.Requirements.Length} krav, {p.Goals.Length} mål.",
            $"{file.Name}: valid plan \"{p.Name.In(Language.English)}\" — {p.Organisation.Nodes.Length} nodes, {p.People.Length} people, {p.Competences.Length} competences, {p.Requirements.Length} requirements, {p.Goals.Length} goals."));
        var disagreements = p.People.SelectMany(person => EvidenceResolver.Disagreements(person, p.Precedence)).ToList();
        if (disagreements.Count > 0)
        {
            // Notes, not errors: the plan is valid and the precedence rule decides; the appraisal interview settles the rest.
            summary.Append('\n').Append(l.T(
                $"Merknad: kildene er uenige om nivået på {disagreements.Count} kompetanse(r); nivået som teller følger planens rangering av kilder. Tema for medarbeidersamtalen:",
                $"Note: the sources disagree about the level of {disagreements.Count} competence(s); the level that counts follows the plan's precedence of sources. Topics for the appraisal interview:"));
            foreach (var d in disagreements)
            {
                summary.Append('\n').Append("  ").Append(l.Disagreement(p, d));
            }
        }

        return ([], summary.ToString());
    }

    /// <summary>The first mebibyte of a file: enough to tell a document's kind from its root properties.</summary>
    private static byte[] Head(FileInfo file)
    {
        using var stream = file.OpenRead();
        var buffer = new byte[(int)Math.Min(file.Length, 1 << 20)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static (IReadOnlyCollection<Problem> Problems, string Summary) Wheel(FileInfo file, FileInfo? planFile, Lang l, CliContext context, ReadOptions limits)
    {
        ReadResult<AnnualWheel> result;
        using (var stream = file.OpenRead())
        {
            result = WheelDocument.Read(stream);
        }

        if (result.Value is not { } w)
        {
            return (result.Problems, string.Empty);
        }

        // With --plan, the links are checked against the plan, and indicator links against its evaluation document when it has one beside it.
        var checkedAgainst = string.Empty;
        if (planFile is not null)
        {
            var plan = DocumentLoader.Load(planFile, context.Error, limits);
            var evaluationFile = EvaluationLoader.Locate(planFile, null);
            var evaluation = EvaluationLoader.Optional(planFile, null, plan);
            var problems = w.ProblemsWith(plan, evaluation);
            if (!problems.IsEmpty)
            {
                return (problems, string.Empty);
            }

            checkedAgainst = evaluation is null
                ? l.T($"; lenkene stemmer med planen {planFile.Name} (indikatorlenker ikke sjekket: ingen {evaluationFile.Name})", $"; the links agree with the plan {planFile.Name} (indicator links not checked: no {evaluationFile.Name})")
                : l.T($"; lenkene stemmer med planen {planFile.Name} og {evaluationFile.Name}", $"; the links agree with the plan {planFile.Name} and {evaluationFile.Name}");
        }

        return ([], l.T(
            $"{file.Name}: gyldig årshjul «{w.Name.Norwegian}» — {w.Periods.Length} perioder, {w.Rings.Length} ringer, {w.Activities.Length} aktiviteter{checkedAgainst}.",
            $"{file.Name}: valid wheel \"{w.Name.In(Language.English)}\" — {w.Periods.Length} periods, {w.Rings.Length} rings, {w.Activities.Length} activities{checkedAgainst}."));
    }

    private static (IReadOnlyCollection<Problem> Problems, string Summary) Evaluation(FileInfo file, FileInfo? planFile, Lang l, CliContext context, ReadOptions limits)
    {
        // The plan of region.evaluation.json is region.json beside it, as reks evaluate finds the evaluation document.
        const string suffix = ".evaluation.json";
        var beside = file.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            ? new FileInfo(Path.Combine(file.DirectoryName ?? ".", file.Name[..^suffix.Length] + ".json"))
            : null;
        planFile ??= beside is { Exists: true } ? beside : null;
        var plan = planFile is null ? null : DocumentLoader.Load(planFile, context.Error, limits);
        var result = EvaluationLoader.Read(file, plan);
        if (result.Value is not { } e)
        {
            return (result.Problems, string.Empty);
        }

        var checkedAgainst = plan is null
            ? l.T(" (nodene er ikke slått opp: oppgi planen med --plan)", " (nodes not looked up: name the plan with --plan)")
            : l.T($" mot planen {planFile!.Name}", $" against the plan {planFile!.Name}");
        return ([], l.T(
            $"{file.Name}: gyldig evalueringsdokument — {e.Indicators.Length} indikatorer, {e.Series.Length} serier{checkedAgainst}.",
            $"{file.Name}: valid evaluation document — {e.Indicators.Length} indicators, {e.Series.Length} series{checkedAgainst}."));
    }

    /// <summary>Orders locations segment by segment: names in ordinal order, indices by number (so [2] comes before
    /// [10]), a name before an index, and a path before the paths below it.</summary>
    private sealed class PathOrder : IComparer<ProblemPath>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(ProblemPath? x, ProblemPath? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var origin = string.CompareOrdinal(x.Origin, y.Origin);
            if (origin != 0)
            {
                return origin;
            }

            for (var i = 0; i < Math.Min(x.Segments.Length, y.Segments.Length); i++)
            {
                var (a, b) = (x.Segments[i], y.Segments[i]);
                var c = (a.Index, b.Index) switch
                {
                    ({ } ia, { } ib) => ia.CompareTo(ib),
                    (null, null) => string.CompareOrdinal(a.Name, b.Name),
                    (null, _) => -1,
                    _ => 1,
                };
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Segments.Length.CompareTo(y.Segments.Length);
        }
    }
}
