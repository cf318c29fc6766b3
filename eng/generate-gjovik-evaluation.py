#!/usr/bin/env python3
"""Writes docs/examples/gjovik-region.evaluation.json: monthly series for the Gjøvik-region example plan, so that
`reks evaluate` has something real to judge. Seed 000 (ReKs, 4.3) asks for a baseline and regular measurement per
unit and municipality of the effect of competence measures; the autumn wheel compares baselines.

What the data says, on purpose (the tests and the README rely on it):
- legemiddelavvik-per-1000 (medication incidents per 1 000 care days, nursing homes, a U chart): the e-learning
  course on medication management ran from 1 September 2025 in Gjøvik, Østre Toten and Vestre Toten. Gjøvik's
  nursing homes shift down by about a third (a real change); the others do not change; Søndre Land and Nordre Land
  did not take part and are the comparison.
- demens-tiltaksplan (share of residents with dementia who have a person-centred plan, a P chart): the dementia
  professional day on 12 March 2026 (Gjøvik, Østre Toten, Søndre Land). No real change: common-cause variation only.
- kursevaluering-veilederkurs (course evaluation of the supervision course, Likert 1-5, top two boxes): one survey
  after each of the four sessions in autumn 2026 - too few points for a verdict, which the tool says.
- kunnskapstest-legemiddel (the medication-management knowledge test, 0-20 points, taken each month by the 3-7 staff
  due for it at Gjovik's nursing homes: subgroups, an Xbar chart with its S chart): the mean score rises by about
  three points after the e-learning of 1 September 2025 (Kirkpatrick learning).
- dager-mellom-fall-med-skade (days between falls with injury, one point per fall, a T chart for rare events): fall
  sensors from the welfare-technology network came to Vestre Toten's nursing home on 1 October 2025 and the falls
  with injury grow rarer (about one in 20 days before, one in 45 after); Nordre Land did not take part.
New series are appended after the older ones, so the older ones keep their bytes.
Re-run after changing it: python3 eng/generate-gjovik-evaluation.py  (same seed, same bytes)."""
import datetime, json, math, pathlib, random

import os
rng = random.Random(int(os.environ.get("SEED", "18")))
T = lambda nb, en: {"nb": nb, "en": en}


def poisson(lam):
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def binomial(n, p):
    return sum(1 for _ in range(n) if rng.random() < p)


months = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 10)]
DAYS = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}

nursing = [  # (node, beds, incidents per 1 000 care days before, after 1 Sep 2025)
    ("gjovik-sykehjem", 118, 5.6, 3.7),
    ("ostre-toten-sykehjem", 64, 5.1, 5.1),
    ("vestre-toten-sykehjem", 58, 4.8, 4.8),
    ("sondre-land-sykehjem", 30, 5.3, 5.3),
    ("nordre-land-sykehjem", 32, 4.9, 4.9),
]
series = []
for node, beds, before, after in nursing:
    obs = []
    for ym in months:
        y, m = map(int, ym.split("-"))
        days = beds * DAYS[m] - rng.randint(0, beds)  # a few empty beds
        rate = before if ym < "2025-09" else after
        obs.append({"period": ym, "value": poisson(rate * days / 1000), "denominator": days})
    if node == "vestre-toten-sykehjem":  # the reporting system was down: a real, explicit gap
        obs[13] = {"period": obs[13]["period"], "value": None, "status": ".."}
    series.append({"indicator": "legemiddelavvik-per-1000", "node": node, "observations": obs})

dementia = [("gjovik-sykehjem", 70), ("ostre-toten-sykehjem", 38), ("sondre-land-sykehjem", 18), ("nordre-land-sykehjem", 19)]
for node, residents in dementia:
    obs = []
    for ym in months:
        n = residents + rng.randint(-3, 3)
        obs.append({"period": ym, "value": binomial(n, 0.62), "denominator": n})
    series.append({"indicator": "demens-tiltaksplan", "node": node, "observations": obs})

answers = []
for day in ("2026-09-17", "2026-10-01", "2026-10-15", "2026-10-29"):
    counts = [0, 0, 0, 0, 0]
    for _ in range(rng.randint(14, 22)):
        counts[min(4, max(0, int(rng.gauss(3.3, 0.9))))] += 1
    answers.append({"period": day, "answers": counts})
series.append({"indicator": "kursevaluering-veilederkurs", "node": "reks", "observations": answers})

scores = []
for ym in months:
    mean = 13.2 if ym < "2025-09" else 16.1
    scores.append({"period": ym, "values": [min(20, max(0, round(rng.gauss(mean, 2.3) * 2) / 2)) for _ in range(rng.randint(3, 7))]})
series.append({"indicator": "kunnskapstest-legemiddel", "node": "gjovik-sykehjem", "observations": scores})

start, end, sensors = datetime.date(2024, 1, 1), datetime.date(2026, 10, 31), datetime.date(2025, 10, 1)
for node, fewer in (("vestre-toten-sykehjem", True), ("nordre-land-sykehjem", False)):
    falls, day = [], start
    while True:
        gap = max(1, round(rng.expovariate(1 / (45 if fewer and day >= sensors else 20))))
        day += datetime.timedelta(days=gap)
        if day > end:
            break
        falls.append({"period": day.isoformat(), "value": gap})
    series.append({"indicator": "dager-mellom-fall-med-skade", "node": node, "observations": falls})

document = {
    "schemaVersion": 1,
    "indicators": [
        {"id": "legemiddelavvik-per-1000", "name": T("Legemiddelavvik per 1 000 liggedøgn", "Medication incidents per 1,000 care days"),
         "unit": T("avvik per 1 000 liggedøgn", "incidents per 1,000 care days"), "kind": "rate", "direction": "lower",
         "level": "results", "multiplier": 1000, "measures": ["legemiddel-e-laering"], "nodes": [n for n, *_ in nursing]},
        {"id": "demens-tiltaksplan", "name": T("Beboere med demens som har personsentrert tiltaksplan", "Residents with dementia who have a person-centred plan"),
         "unit": T("prosent av beboere med demens", "per cent of residents with dementia"), "kind": "proportion", "direction": "higher",
         "level": "behaviour", "multiplier": 100, "measures": ["fagdag-demens"], "nodes": [n for n, _ in dementia]},
        {"id": "kursevaluering-veilederkurs", "name": T("Veilederkurset: «Jeg kan bruke det jeg lærte i arbeidet»", "Supervision course: 'I can use what I learned at work'"),
         "unit": T("prosent svært/ganske enig (4–5)", "per cent agree or strongly agree (4–5)"), "kind": "proportion", "direction": "higher",
         "level": "reaction", "chart": "run", "multiplier": 100, "likert": {"points": 5, "topBox": 2}, "measures": ["veilederkurs"], "nodes": ["reks"]},
        {"id": "kunnskapstest-legemiddel", "name": T("Kunnskapstest i legemiddelhåndtering", "Knowledge test in medication management"),
         "unit": T("poeng av 20, per ansatt som tok testen", "points out of 20, per employee who took the test"), "kind": "subgrouped", "direction": "higher",
         "level": "learning", "measures": ["legemiddel-e-laering"], "nodes": ["gjovik-sykehjem"]},
        {"id": "dager-mellom-fall-med-skade", "name": T("Dager mellom fall med skade", "Days between falls with injury"),
         "unit": T("dager siden forrige fall med skade", "days since the previous fall with injury"), "kind": "timeBetweenEvents", "direction": "higher",
         "level": "results", "measures": ["nettverk-velferdsteknologi"], "nodes": ["vestre-toten-sykehjem", "nordre-land-sykehjem"]},
    ],
    "interventions": [
        {"id": "legemiddel-e-laering-2025", "date": "2025-09-01", "nodes": ["gjovik", "ostre-toten", "vestre-toten"],
         "label": T("E-læring i legemiddelhåndtering for alle med delegert ansvar", "E-learning in medication management for everyone with delegated responsibility"),
         "measure": "legemiddel-e-laering"},
        # no "nodes": the plan's measure lists its participants (Gjøvik, Østre Toten, Søndre Land)
        {"id": "fagdag-demens-2026", "date": "2026-03-12",
         "label": T("Fagdag demens: personsentrert omsorg", "Dementia professional day: person-centred care"), "measure": "fagdag-demens"},
        {"id": "veilederkurs-2026", "date": "2026-09-17", "nodes": ["reks"],
         "label": T("Veilederkurs, fire samlinger", "Supervision course, four sessions"), "measure": "veilederkurs"},
        {"id": "fallsensorer-2025", "date": "2025-10-01", "nodes": ["vestre-toten"],
         "label": T("Fallsensorer fra velferdsteknologinettverket tatt i bruk", "Fall sensors from the welfare-technology network taken into use"),
         "measure": "nettverk-velferdsteknologi"},
    ],
    "series": series,
}
out = pathlib.Path(__file__).resolve().parent.parent / "docs" / "examples" / "gjovik-region.evaluation.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {out.name}: {len(series)} series")
