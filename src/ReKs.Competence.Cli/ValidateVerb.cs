using System.CommandLine;
using ReKs.Competence.Model;

namespace ReKs.Competence.Cli;

/// <summary><c>reks validate PLAN</c>: every problem of a plan document, with its JSON path.</summary>
internal static class ValidateVerb
{
    public static Command Create(CliContext context)
    {
        var plan = Options.Plan();
        var lang = Options.Language();
        var command = new Command("validate", "Kontroller et plandokument og list alle feil med JSON-sti / check a plan document and list every problem with its JSON path.\n\nEksempel / example:\n  reks validate docs/examples/gjovik-region.json")
        {
            plan,
            lang,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(plan)!;
            var l = parse.GetValue(lang);
            var result = DocumentLoader.Read(file, context.Error);
            if (!result.IsValid)
            {
                context.Error.WriteLine(DocumentLoader.Describe(file, result));
                return ReksCli.InvalidInput;
            }

            var p = result.Value;
            context.Output.WriteLine(l.T(
                $"{file.Name}: gyldig plan «{p.Name.Norwegian}» — {p.Organisation.Nodes.Length} noder, {p.People.Length} personer, {p.Competences.Length} kompetanser, {p.Requirements.Length} krav, {p.Goals.Length} mål.",
                $"{file.Name}: valid plan \"{p.Name.In(Model.Language.English)}\" — {p.Organisation.Nodes.Length} nodes, {p.People.Length} people, {p.Competences.Length} competences, {p.Requirements.Length} requirements, {p.Goals.Length} goals."));
            var disagreements = p.People.SelectMany(person => EvidenceResolver.Disagreements(person, p.Precedence)).ToList();
            if (disagreements.Count > 0)
            {
                // Notes, not errors: the plan is valid and the precedence rule decides; the appraisal interview settles the rest.
                context.Output.WriteLine(l.T(
                    $"Merknad: kildene er uenige om nivået på {disagreements.Count} kompetanse(r); nivået som teller følger planens rangering av kilder. Tema for medarbeidersamtalen:",
                    $"Note: the sources disagree about the level of {disagreements.Count} competence(s); the level that counts follows the plan's precedence of sources. Topics for the appraisal interview:"));
                foreach (var d in disagreements)
                {
                    context.Output.WriteLine("  " + l.Disagreement(p, d));
                }
            }

            return ReksCli.Ok;
        });
        return command;
    }
}
