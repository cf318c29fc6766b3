using System.CommandLine;
using System.Text;
using ReKs.Competence.Gaps;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli;

/// <summary><c>reks gaps PLAN</c>: what we have, what we need, and what to do about the difference.</summary>
internal static class GapsVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var o = new CommonOptions(h, h.T("JSON (reks.gaps, eller reks.gaps.regional med --regional)", "JSON (reks.gaps, or reks.gaps.regional with --regional)"), OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var regional = new Option<bool>("--regional") { Description = h.T("den personvernsikre regionale visningen: små grupper skjermes, også mot regning baklengs", "the privacy-safe regional view: small groups withheld, also against subtraction") };
        var minGroup = new Option<int?>("--min-group-size") { Description = h.T("den minste gruppen et publisert tall kan beskrive (standard: 3; minst 1)", "the smallest group a published figure may describe (default: 3; at least 1)"), HelpName = "N" };
        var command = o.Command("gaps", HelpPage.Describe(
            h.T("Gapanalyse: krav mot kapital, og behovet for å mobilisere, utvikle og anskaffe.", "Gap analysis: requirements against capital, and what to mobilise, develop and acquire."),
            "reks gaps docs/examples/gjovik-region.json --node gjovik --as-of 2026-09-01",
            "reks gaps docs/examples/gjovik-region.json --regional --format json"), regional, minGroup);
        command.SetAction(parse =>
        {
            var p = DocumentLoader.Load(parse.GetValue(plan)!, context.Error, o.Read(parse));
            var date = parse.GetValue(asOf) ?? context.Today;
            var l = parse.GetValue(lang);
            var m = parse.GetValue(minGroup);
            if (m is < 1)
            {
                throw new CliUsageException($"--min-group-size: {m} is too small; a group has at least 1 person");
            }

            GapAnalysis analysis;
            using (var bar = ProgressBar.For(context.Error, "gaps"))
            {
                bar.Phase(l.T("analyserer", "analysing"));
                analysis = GapAnalyzer.Analyse(p, date, new GapOptions(minGroupSize: m ?? GapOptions.Default.MinGroupSize));
            }

            var scopeNode = InventoryVerb.NodeOf(p, parse.GetValue(node));
            var scope = p.Organisation.SubtreeOf(scopeNode).Select(x => x.Id).ToHashSet();
            var f = parse.GetValue(format);
            string text;
            if (parse.GetValue(regional))
            {
                var export = RegionalExport.Create(analysis, scopeNode);
                text = f == OutputFormat.Json ? ViewDocument.Write(RegionalView.Create(analysis, export)) : RegionalText(p, analysis, export, l, f);
            }
            else
            {
                text = f == OutputFormat.Json ? ViewDocument.Write(GapsView.Create(analysis, scopeNode)) : Text(p, analysis, scopeNode, scope, l, f);
            }

            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }

    /// <summary>A share of positions as person-years with one decimal, in the reader's notation ("0,4" / "0.4"); a need
    /// too small to show at one decimal is written "&lt;0,1", never rounded away to zero.</summary>
    private static string Py(Lang l, PositionShare s) => Terms.PersonYears(l, s);


    private static string Text(CompetencePlan plan, GapAnalysis a, NodeId scopeNode, HashSet<NodeId> scope, Lang l, OutputFormat format)
    {
        var sb = new StringBuilder();
        var h = format == OutputFormat.Markdown ? "## " : string.Empty;
        var h3 = format == OutputFormat.Markdown ? "### " : string.Empty;
        sb.Append(h).Append(l.T($"Gapanalyse per {a.AsOf:uuuu-MM-dd} — {plan.Name.Norwegian}", $"Gap analysis as of {a.AsOf:uuuu-MM-dd} — {plan.Name.In(Language.English)}")).Append("\n\n");
        sb.Append(l.T("Alle mengder i årsverk (1,0 = én hel stilling), med én desimal.", "All amounts in person-years (1.0 = one full position), to one decimal.")).Append("\n\n");
        sb.Append(h3).Append(l.T("Linjer (krav, kapital, behov)", "Lines (requirements, capital, needs)")).Append("\n\n");
        var lines = new TextTable(l.T(Terms.Unit), l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T(Terms.Requirement), l.T(Terms.Used), l.T(Terms.Unused),
            l.T("Utviklbar", "Developable"), l.T("Kvalif.", "Qualified"), "Gap", l.T(Terms.Mobilise), l.T(Terms.Develop), l.T(Terms.Acquire),
            l.T(Terms.Surplus), l.T("Sårbar", "Fragile"), l.T("Mål", "Goals")).RightAlign(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        foreach (var line in a.Lines.Where(x => scope.Contains(x.Node)))
        {
            var x = line.Figures;
            lines.Add(l.NodeName(plan, line.Node), plan.GetCompetence(line.Competence).Name.In(l.Language()), l.Proficiency(plan.Scale, line.MinLevel), Py(l, x.Amount), Py(l, x.UsedSupply), Py(l, x.UnusedSupply), Py(l, x.Developable),
                x.Heads, Py(l, x.Gap), Py(l, x.Mobilise), Py(l, x.Develop), Py(l, x.Acquire), Py(l, x.Surplus), line.Fragile ? l.T("ja", "yes") : string.Empty, string.Join(' ', line.Goals));
        }

        sb.Append(lines.Render(format)).Append('\n');
        sb.Append(h3).Append(l.T($"Nettovisning for {l.NodeName(plan, scopeNode)} (overskudd deles i hele treet før noen rekrutteres)", $"Net view of {l.NodeName(plan, scopeNode)} (surplus is shared across the sub-tree before anyone is recruited)")).Append("\n\n");
        var net = new TextTable(l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T(Terms.Requirement), l.T("Kvalif.", "Qualified"), "Gap", l.T("Mobilisere", "Mobilise"),
            l.T("Utvikle", "Develop"), l.T("Anskaffe", "Acquire"), l.T("Overskudd", "Surplus"), l.T("Delt", "Shared")).RightAlign(1, 2, 3, 4, 5, 6, 7, 8, 9);
        foreach (var (key, v) in a.NetOf(scopeNode))
        {
            net.Add(plan.GetCompetence(key.Competence).Name.In(l.Language()), l.Proficiency(plan.Scale, key.Level), Py(l, v.Amount), v.Heads, Py(l, v.Gap), Py(l, v.Mobilise), Py(l, v.Develop), Py(l, v.Acquire), Py(l, v.Surplus), Py(l, v.Shared));
        }

        sb.Append(net.Render(format)).Append('\n');
        sb.Append(h3).Append(l.T("Forslag til deling på tvers", "Suggestions to share across")).Append("\n\n");
        AppendSharing(sb, plan, a.SharingSuggestions(scopeNode), l, format, l.T("Ingen: ingen enhet har overskudd der en annen har behov.", "None: no unit has a surplus where another has a need."));

        var unrequired = a.Unrequired().Where(u => scope.Contains(u.Node)).ToList();
        sb.Append(h3).Append(l.T("Kompetanse ingen krav etterspør (mobilisere andre steder eller avvikle)", "Competence no requirement asks for (mobilise elsewhere or phase out)")).Append("\n\n");
        var ut = new TextTable(l.T(Terms.Unit), l.T("Kompetanse", "Competence"), l.T("Personer", "People"), l.T("Årsverk", "Person-years")).RightAlign(2, 3);
        foreach (var u in unrequired)
        {
            ut.Add(l.NodeName(plan, u.Node), plan.GetCompetence(u.Competence).Name.In(l.Language()), u.Holders.Length, Py(l, u.Share));
        }

        sb.Append(unrequired.Count == 0 ? l.T("Ingen.", "None.") + "\n" : ut.Render(format));
        return sb.ToString();
    }

    /// <summary>The sharing suggestions as a table, or the sentence that says there are none.</summary>
    private static void AppendSharing(StringBuilder sb, CompetencePlan plan, IReadOnlyCollection<SharingSuggestion> sharing, Lang l, OutputFormat format, string none)
    {
        if (sharing.Count == 0)
        {
            sb.Append(none).Append("\n\n");
            return;
        }

        var t = new TextTable(l.T("Fra", "From"), l.T("Til", "To"), l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T("Mengde", "Amount")).RightAlign(3, 4);
        foreach (var s in sharing)
        {
            t.Add(l.NodeName(plan, s.From), l.NodeName(plan, s.To), plan.GetCompetence(s.Key.Competence).Name.In(l.Language()), l.Proficiency(plan.Scale, s.Key.Level), Py(l, s.Amount));
        }

        sb.Append(t.Render(format)).Append('\n');
    }

    private static string RegionalText(CompetencePlan plan, GapAnalysis a, RegionalExport export, Lang l, OutputFormat format)
    {
        var sb = new StringBuilder();
        sb.Append(format == OutputFormat.Markdown ? "## " : string.Empty)
            .Append(l.T($"Regional visning per {a.AsOf:uuuu-MM-dd} — grupper under {export.MinGroupSize} personer er skjult", $"Regional view as of {a.AsOf:uuuu-MM-dd} — groups under {export.MinGroupSize} people are withheld")).Append("\n\n");
        var t = new TextTable(l.T(Terms.Unit), l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T(Terms.Requirement), l.T("Personer", "People"), "Gap",
            l.T("Mobilisere", "Mobilise"), l.T("Utvikle", "Develop"), l.T("Anskaffe", "Acquire"), l.T("Overskudd", "Surplus"), l.T("Merknad", "Note")).RightAlign(2, 3, 4, 5, 6, 7, 8, 9);
        foreach (var c in export.Cells)
        {
            var name = plan.GetCompetence(c.Key.Competence).Name.In(l.Language());
            if (c.Figures is { } f && c.Net is { } n)
            {
                t.Add(l.NodeName(plan, c.Node), name, l.Proficiency(plan.Scale, c.Key.Level), Py(l, c.Amount), f.People, Py(l, f.Gap), Py(l, n.Mobilise), Py(l, n.Develop), Py(l, n.Acquire), Py(l, n.Surplus), string.Empty);
            }
            else
            {
                t.Add(l.NodeName(plan, c.Node), name, l.Proficiency(plan.Scale, c.Key.Level), Py(l, c.Amount), "–", "–", "–", "–", "–", "–", l.Withheld());
            }
        }

        sb.Append(t.Render(format)).Append('\n');
        sb.Append(format == OutputFormat.Markdown ? "### " : string.Empty).Append(l.T("Forslag til deling på tvers (bare publiserte tall)", "Suggestions to share across (published figures only)")).Append("\n\n");
        AppendSharing(sb, plan, export.SharingSuggestions(export.Root), l, format, l.T("Ingen: ingen publisert enhet har overskudd der en annen publisert enhet har behov.", "None: no published unit has a surplus where another published unit has a need."));

        sb.Append(l.T(
            "Mobilisere/utvikle/anskaffe/overskudd er nettotall: overskudd i treet deles før rekruttering. Kjente begrensninger: et skjermet tall kan avgrenses (men ikke regnes ut), og differanser mellom nivåer av samme kompetanse eller mellom uttrekk for ulike datoer beskyttes ikke; publiser den regionale visningen én gang per rapporteringsperiode.",
            "Mobilise/develop/acquire/surplus are net: surplus in the sub-tree is shared before recruiting. Known limits: a withheld figure can be bounded (not worked out), and differences across levels of one competence or between exports of different dates are not protected; publish the regional view once per reporting period.")).Append('\n');
        return sb.ToString();
    }
}
