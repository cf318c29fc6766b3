#!/usr/bin/env python3
"""Writes docs/examples/bodo-hverdagsrehabilitering.evaluation.json: the evaluation of Bodø's training in everyday
rehabilitation that the plan schedules for June 2013 (seed 003, lines 702-725):

  "Evaluering av undervisningsopplegget vil bli gjennomført i juni 2013. Da vil de som har fått opplæringen ha skaffet
  seg erfaring i forhold til å arbeide med Hverdagsrehabilitering, og på bakgrunn av dette kunne gi tilbakemeldinger på
  om opplæringen i forkant var tilstrekkelig god."

Two indicators follow from it, both measuring the basic training (measure opplaering-hverdagsrehabilitering, four
two-hour sessions every other week from 26 February 2013 for the three home-care zones, seed 003 lines 583, 593, 688-690,
713-717):
- opplaering-tilstrekkelig (Kirkpatrick reaction): the June 2013 survey of those trained, "the training beforehand was
  good enough" on a 1-5 scale, top two boxes, per zone; one survey, as the seed plans, so the tool says there are too
  few points for a verdict.
- nye-brukere-hverdagsrehabilitering (Kirkpatrick behaviour): the share of new home-care users each month who were
  offered everyday rehabilitation, September 2012 to August 2013, per zone: a P chart with the training as the
  intervention. It rises after the training in every zone.
The seed gives no figures: every count here is an ASSUMPTION, made up for the example and marked so in the indicator
names. Learning and results are left unmeasured on purpose, so `reks plan` shows them as unmeasured levels.
Re-run after changing it: python3 eng/generate-bodo-evaluation.py  (same seed, same bytes)."""
import json, os, pathlib, random

rng = random.Random(int(os.environ.get("SEED", "13")))
T = lambda nb, en: {"nb": nb, "en": en}
ZONES = [("pilot-zone", 14, 0.30, 0.55), ("zone-2", 10, 0.15, 0.40), ("zone-3", 9, 0.15, 0.35)]  # new users a month, share before, after
MONTHS = [f"{y}-{m:02d}" for y, m in [(2012, m) for m in range(9, 13)] + [(2013, m) for m in range(1, 9)]]


def binomial(n, p):
    return sum(1 for _ in range(n) if rng.random() < p)


series = []
for node, users, before, after in ZONES:
    observations = []
    for month in MONTHS:
        n = max(3, users + rng.randint(-3, 3))
        p = before if month < "2013-03" else after  # the training ran from 26 February 2013
        observations.append({"period": month, "value": binomial(n, p), "denominator": n})
    series.append({"indicator": "nye-brukere-hverdagsrehabilitering", "node": node, "observations": observations})

# The June 2013 survey: answers per point 1..5 from the staff trained in each zone (assumed counts).
survey = {"pilot-zone": [0, 1, 2, 5, 4], "zone-2": [0, 1, 3, 3, 2], "zone-3": [1, 1, 2, 3, 1]}
for node, answers in survey.items():
    series.append({"indicator": "opplaering-tilstrekkelig", "node": node, "observations": [{"period": "2013-06-25", "answers": answers}]})

zones = [z for z, *_ in ZONES]
document = {
    "schemaVersion": 1,
    "indicators": [
        {"id": "opplaering-tilstrekkelig",
         "name": T("Grunnopplæringen: «Opplæringen i forkant var tilstrekkelig god» (antatte tall)", "Basic training: 'The training beforehand was good enough' (assumed figures)"),
         "unit": T("prosent svært/ganske enig (4–5)", "per cent agree or strongly agree (4–5)"), "kind": "proportion", "direction": "higher",
         "level": "reaction", "chart": "run", "multiplier": 100, "likert": {"points": 5, "topBox": 2},
         "measures": ["opplaering-hverdagsrehabilitering"], "nodes": zones},
        {"id": "nye-brukere-hverdagsrehabilitering",
         "name": T("Nye brukere som fikk tilbud om hverdagsrehabilitering (antatte tall)", "New users offered everyday rehabilitation (assumed figures)"),
         "unit": T("prosent av nye brukere i hjemmetjenesten", "per cent of new home-care users"), "kind": "proportion", "direction": "higher",
         "level": "behaviour", "multiplier": 100, "measures": ["opplaering-hverdagsrehabilitering"], "nodes": zones},
    ],
    "interventions": [
        {"id": "grunnopplaering-2013", "date": "2013-02-26", "nodes": zones,
         "label": T("Grunnopplæring i hverdagsrehabilitering, fire samlinger", "Basic training in everyday rehabilitation, four sessions"),
         "measure": "opplaering-hverdagsrehabilitering"},
    ],
    "series": series,
}
out = pathlib.Path(__file__).resolve().parent.parent / "docs" / "examples" / "bodo-hverdagsrehabilitering.evaluation.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {out.name}: {len(series)} series")
