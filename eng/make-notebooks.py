#!/usr/bin/env python3
"""Writes docs/notebooks/*.ipynb from the cells below (one source of truth, reviewed as code; outputs are not
committed: CI executes every notebook from a clean kernel and keeps the executed copies in artifacts/notebooks/).
Usage: python3 eng/make-notebooks.py"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETUP = """// The ReKs.Competence package and its notebook formatters (CI runs this notebook against the packages it has just
// packed, by adding that folder as a package source in front of this cell; see eng/run-notebooks.sh). Loading
// ReKs.Competence.Interactive registers the formatters: a plan, an analysis, an explanation and every view display as
// the report's HTML tables and SVG charts.
#r "nuget: ReKs.Competence, 0.1.0"
#r "nuget: ReKs.Competence.Interactive, 0.1.0-beta\""""

def loaded(value, kind):
    """A line that fails the cell (and CI) unless the package's kernel extension registered its HTML formatter."""
    return f"""if (!Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString({value}, "text/html").StartsWith("<div class=\\"reks-fragment reks-{kind}\\""))
    throw new InvalidOperationException("the ReKs.Competence.Interactive formatters did not load with the package");"""

NOTEBOOKS = {
    "regional-gaps": [
        ("markdown", """# Regional gap analysis: the Gjøvik region to 2030

The five municipalities of the ReKs region (seed 000) share one competence plan. This notebook reads the bundled
example, computes what each municipality must **mobilise, develop and acquire** (person-years), projects the need
to 2030 as certificates expire and people leave, shows the effect of the plan's measures on that need, and what may
leave the municipality: the regional view with small groups withheld for privacy. Results display through the
`ReKs.Competence.Interactive` formatters: the report's own tables."""),
        ("code", SETUP),
        ("code", """using System.IO;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

var plan = PlanDocument.Read(File.OpenRead("../examples/gjovik-region.json")).GetValueOrThrow();
var asOf = new LocalDate(2026, 9, 1);
var analysis = GapAnalyzer.Analyse(plan, asOf);
var root = plan.Organisation.Root;
analysis.ToString()"""),
        ("markdown", """## The analysis as the report shows it

Displaying the analysis renders the report's gap tables for the whole region (the formatter builds the library's
`GapsView` and renders it with the report's fragments)."""),
        ("code", loaded("analysis", "gaps") + """
analysis"""),
        ("markdown", "## Per municipality (person-years)"),
        ("code", """decimal Sum(NodeId node, Func<NetFigures, PositionShare> pick) =>
    analysis.NetOf(node).Values.Sum(n => pick(n).FullTimeEquivalents);

var table = plan.Organisation.ChildrenOf(root.Id)
    .Select(m => new { Municipality = m.Name.Norwegian, Mobilise = Sum(m.Id, n => n.Mobilise), Develop = Sum(m.Id, n => n.Develop), Acquire = Sum(m.Id, n => n.Acquire) })
    .ToList();
table"""),
        ("markdown", """## Why must Gjøvik acquire?

Every figure is explainable: who counted, who could be developed, and why the rest must be recruited."""),
        ("code", """var line = analysis.LinesWith(NeedKind.Acquire).First();
analysis.Explain(line)"""),
        ("markdown", "## The need to 2030"),
        ("code", """var dates = Enumerable.Range(2026, 5).Select(y => new LocalDate(y, 9, 1)).ToList();
var projection = GapAnalyzer.Project(plan, dates);
var curve = dates.Select((d, i) => new
{
    Date = d.ToString("yyyy-MM-dd", null),
    Develop = projection[i].NetOf(root.Id).Values.Sum(n => n.Develop.FullTimeEquivalents),
    Acquire = projection[i].NetOf(root.Id).Values.Sum(n => n.Acquire.FullTimeEquivalents),
}).ToList();

// The law the projection rests on: its first date is the analysis at that date.
if (!projection[0].Lines.SequenceEqual(analysis.Lines)) throw new InvalidOperationException("projection differs from the analysis");
curve"""),
        ("markdown", """## The effect of the planned measures

The plan's measures (courses, sessions, recruitments) applied to the plan: how much of today's need they cover, and
the region's gap to 2030 without and with them. Coverage is never negative (see [planning](../planning.md)), so the
gap with the measures is never larger."""),
        ("code", """using ReKs.Competence.Planning;

var coverage = PlanCoverage.Of(plan, asOf);
coverage.ToString()"""),
        ("code", """decimal RegionGap(GapAnalysis a) => a.NetOf(root.Id).Values.Sum(n => n.Gap.FullTimeEquivalents);

var effect = PlanCoverage.Project(plan, dates).Select(p => new
{
    Date = p.Key.AsOf.ToString("yyyy-MM-dd", null),
    WithoutMeasures = RegionGap(p.Key),
    WithMeasures = RegionGap(p.Value),
}).ToList();
if (effect.Any(e => e.WithMeasures > e.WithoutMeasures)) throw new InvalidOperationException("the measures add to the gap");
effect"""),
        ("markdown", """## What leaves the municipality

Cells covering fewer people than the minimum group size are withheld, with enough others that no withheld figure can
be recomputed from the published ones."""),
        ("code", """using ReKs.Competence.Views;

var regional = RegionalExport.Create(analysis, root.Id);
regional.ToString()"""),
        ("markdown", """The export displayed on its own is its regional view as the report shows it (`RegionalView.Create(regional)`):
only what the export publishes; withheld cells show no figure."""),
        ("code", loaded("regional", "regional") + """
regional"""),
    ],
    "training-effect": [
        ("markdown", """# Did the training work?

The Gjøvik region's evaluation data (shaped like the ReKs plan's indicators; the numbers are made up). For each
indicator with an intervention: the run-chart verdict per nursing home, the change after the intervention with its
95 % interval, and the **difference in differences** against the homes that did not take part. See
[the evaluation guide](../evaluation-guide.md) for when a change is real."""),
        ("code", SETUP),
        ("code", """using System.IO;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;

var plan = PlanDocument.Read(File.OpenRead("../examples/gjovik-region.json")).GetValueOrThrow();
var data = EvaluationDocument.Read(File.OpenRead("../examples/gjovik-region.evaluation.json"), plan).GetValueOrThrow();
data.Indicators.Select(i => new { Id = i.Id.ToString(), Name = i.Name.English, Chart = i.ChartKind.ToString() }).ToList()"""),
        ("code", """var rows = data.Indicators
    .SelectMany(i => Evaluator.EvaluateAll(data, i.Id, plan.Organisation))
    .Where(e => e.Intervention is not null)
    .Select(e => new
    {
        Indicator = e.Indicator.Id.ToString(),
        Node = plan.Organisation[e.Node].Name.Norwegian,
        Verdict = e.Verdict.ToString(),
        ChangeAfter = e.Effect is null ? "–" : $"{e.Effect.Difference:0.00} [{e.Effect.Interval.Lower:0.00}; {e.Effect.Interval.Upper:0.00}]",
        AgainstNonParticipants = e.Comparison is null ? "–" : $"{e.Comparison.Difference:0.00} [{e.Comparison.Interval.Lower:0.00}; {e.Comparison.Interval.Upper:0.00}]",
    })
    .ToList();
if (rows.Count == 0) throw new InvalidOperationException("no indicator with an intervention");
rows"""),
        ("markdown", """## The chart behind a verdict

The values, the centre line (frozen on the baseline) and the limits of the first evaluation with a signal."""),
        ("code", """var shown = data.Indicators
    .SelectMany(i => Evaluator.EvaluateAll(data, i.Id, plan.Organisation))
    .First(e => e.Verdict == Verdict.Improvement);
shown.Values.Select((v, k) => new { Point = k + 1, Value = v, Baseline = k < shown.BaselinePoints }).ToList()"""),
        ("markdown", "The same evaluation displayed on its own: its chart in detail, as `EvaluationView.Create(shown)` gives it."),
        ("code", loaded("shown", "evaluation") + """
shown"""),
        ("markdown", """## Every indicator as the report shows it

The evaluation view of the whole region on 1 November 2026, rendered by the report: run and control charts with their
verdicts, and the Kirkpatrick summary."""),
        ("code", """using NodaTime;
using ReKs.Competence.Views;

var all = data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, plan.Organisation)).ToList();
var view = EvaluationView.Create(plan, new LocalDate(2026, 11, 1), plan.Organisation.Root.Id, data.Indicators, all, detail: false, []);
""" + loaded("view", "evaluation") + """
view"""),
    ],
    "wheel-to-ical": [
        ("markdown", """# Next year's annual wheel to iCalendar

The ReKs wheel (årshjul, seed 000 appendix 6.1) dated for 2027 on Norwegian working days — public holidays, the
July common holiday and Christmas closed — and written as iCalendar for Outlook, Google and Apple calendars. See
[the annual-wheel guide](../wheel-guide.md)."""),
        ("code", SETUP.replace('#r "nuget: ReKs.Competence, 0.1.0"', '#r "nuget: ReKs.Competence, 0.1.0"\n#r "nuget: ReKs.Competence.ICalendar, 0.1.0"')),
        ("code", """using System.IO;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.ICalendar;
using ReKs.Competence.Wheel;

var wheel = WheelDocument.Read(File.OpenRead("../examples/reks-wheel.json")).GetValueOrThrow();
var year = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
var occurrences = wheel.Occurrences(year);
occurrences.Select(o => new { Date = o.Date.ToString("yyyy-MM-dd", null), Activity = o.Activity.Name.Norwegian, Ring = o.Ring }).ToList()"""),
        ("markdown", """## The year as the report draws it

The wheel with the Gjøvik region's plan: its activities and the plan's reminders (certificate renewals, deadlines,
measure sessions) for 2027."""),
        ("code", """using ReKs.Competence.Views;

var plan = PlanDocument.Read(File.OpenRead("../examples/gjovik-region.json")).GetValueOrThrow();
var wheelView = WheelView.Create(plan, wheel, year);
""" + loaded("wheelView", "wheel") + """
wheelView"""),
        ("markdown", """A wheel that names its own year displays on its own as that year (`WheelView.Create(wheel)`): Bodø's training
scheme of 2013 (seed 003). The ReKs wheel recurs every year and names none, so it displays as its summary until a
year is given (`WheelView.Create(wheel, 2027)`); no year is guessed."""),
        ("code", """var bodo = WheelDocument.Read(File.OpenRead("../examples/bodo-training-wheel.json")).GetValueOrThrow();
""" + loaded("bodo", "wheel") + """
bodo"""),
        ("code", """// Every occurrence lands on a working day: the law the wheel promises.
var closed = occurrences.Where(o => NorwegianCalendar.IsPublicHoliday(o.Date) || o.Date.DayOfWeek >= IsoDayOfWeek.Saturday).ToList();
if (closed.Count > 0) throw new InvalidOperationException($"{closed.Count} occurrences on a day off");

var ics = WheelCalendar.Export(wheel, year, "ReKs 2027", CalendarMode.Recurring);
File.WriteAllText("reks-2027.ics", ics);
ics.Split('\\n').Take(12)"""),
    ],
}

def cell(kind, text):
    lines = text.split("\n")
    source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
    c = {"cell_type": kind, "metadata": {}, "source": source}
    if kind == "code":
        c.update({"execution_count": None, "outputs": []})
        c["metadata"] = {"dotnet_interactive": {"language": "csharp"}, "polyglot_notebook": {"kernelName": "csharp"}}
    return c

for name, cells in NOTEBOOKS.items():
    nb = {
        "cells": [cell(k, t) for k, t in cells],
        "metadata": {
            "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
            "language_info": {"name": "C#", "file_extension": ".cs", "pygments_lexer": "csharp", "mimetype": "text/x-csharp"},
            "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"name": "csharp", "aliases": []}]}},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    for i, c in enumerate(nb["cells"]):
        c["id"] = f"{name}-{i}"
    path = os.path.join(ROOT, "docs", "notebooks", name + ".ipynb")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(nb, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(path)
