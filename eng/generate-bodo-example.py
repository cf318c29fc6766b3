#!/usr/bin/env python3
"""Writes docs/examples/bodo-hverdagsrehabilitering.json: Bodø's strategic competence plan for everyday
rehabilitation (seed 003) in the plan-document format. The people and amounts of goals 2-5 are those of the
shared gap-analysis fixture that encodes the same seed (pseudonyms; amounts illustrative); names, goal 1, the
attitudes competence and the training scheme come from the seed text (line numbers in comments).
Re-run: python3 eng/generate-bodo-example.py"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
fixture = json.loads((root.parent / "shared" / "fixtures" / "gap-analysis" / "bodo-hverdagsrehabilitering.json").read_text(encoding="utf-8"))
T = lambda nb, en: {"nb": nb, "en": en}

organisation = [
    {"id": "bodo", "parent": None, "name": T("Bodø kommune", "Bodø municipality"), "kind": "municipality"},
    {"id": "ho", "parent": "bodo", "name": T("Helse- og omsorgsavdelingen", "Health and care department"), "kind": "serviceArea"},
    {"id": "pilot-zone", "parent": "ho", "name": T("Hjemmetjenesten, pilotsone", "Home care, pilot zone"), "kind": "unit"},
    {"id": "zone-2", "parent": "ho", "name": T("Hjemmetjenesten, sone 2", "Home care, zone 2"), "kind": "unit"},
    {"id": "team", "parent": "ho", "name": T("Tverrfaglig team", "Interdisciplinary team"), "kind": "unit"},
    {"id": "allocation", "parent": "ho", "name": T("Tildelingskontoret", "Allocation office"), "kind": "unit"},
]
competences = [
    {"id": "work-model", "name": T("Arbeidsmodellen for hverdagsrehabilitering", "The everyday-rehabilitation work model"), "components": ["knowledge", "skills"], "form": "professional", "tags": ["Leve hele livet"]},  # 003:352
    {"id": "rehabilitation", "name": T("Kunnskap om rehabilitering", "Knowledge of rehabilitation"), "components": ["knowledge", "skills"], "form": "professional"},  # 003:354
    {"id": "assessment-tools", "name": T("Kartleggingsverktøy", "Assessment tools"), "components": ["skills"], "form": "professional"},  # 003:356
    {"id": "interdisciplinary", "name": T("Tverrfaglig kompetanse og teamarbeid", "Interdisciplinary competence and teamwork"), "components": ["knowledge", "skills", "attitudes"], "form": "social"},  # 003:413-421
    {"id": "supervision", "name": T("Veiledningskompetanse", "Supervision competence"), "components": ["skills", "attitudes"], "form": "social"},  # 003:449
    {"id": "active-participant", "name": T("Holdning: fra passiv mottaker til aktiv deltaker", "Attitude: from passive recipient to active participant"), "components": ["attitudes"], "form": "personal", "tags": ["Leve hele livet"]},
]
goals = [
    {"id": "goal-1", "name": T("Hverdagsrehabilitering er satsingsområde i HO-avdelingen og i kommunens planverk", "Everyday rehabilitation is a priority of the department and in the municipal plans"), "strategies": ["mobilise", "develop", "acquire"], "description": T("Mål 1, linje 308", "Goal 1, line 308")},
    {"id": "goal-2", "name": T("Ny arbeids-/velferdsmodell: forebyggings- og rehabiliteringsperspektivet i omsorgstjenesten", "A new work and welfare model: prevention and rehabilitation in care"), "strategies": ["mobilise", "develop"], "description": T("Mål 2, linje 346", "Goal 2, line 346")},
    {"id": "goal-3", "name": T("Tverrfaglig tilnærming, hvor ulik fagkompetanse brukes i forhold til felles mål", "An interdisciplinary approach towards shared goals"), "strategies": ["mobilise", "develop", "acquire"], "description": T("Mål 3, linje 407", "Goal 3, line 407")},
    {"id": "goal-4", "name": T("Refleksjon over egen praksis: lærende organisasjon", "Reflection on one's own practice: a learning organisation"), "strategies": ["mobilise", "develop"], "description": T("Mål 4, linje 445", "Goal 4, line 445")},
    {"id": "goal-5", "name": T("God kvalitet på hjemmebaserte helse- og omsorgstjenester", "Good quality in home-based health and care services"), "strategies": ["develop"], "description": T("Mål 5, linje 479", "Goal 5, line 479")},
]
people = []
types = {"ht": "healthWorker", "hs": "nurse", "z2": "healthWorker", "ot": "occupationalTherapist", "pt": "physiotherapist", "sn": "specialistNurse", "ak": "other"}
for p in fixture["people"]:
    person = {k: v for k, v in p.items()}
    kind = next(t for prefix, t in types.items() if p["id"].startswith(prefix))
    person["positionType"] = kind
    person["education"] = "upperSecondary" if kind == "healthWorker" else "higher"
    people.append(person)
# Goal 5's attitude (seed 003, Mål 5): staff asked to develop it in the appraisal interview.
people[2].setdefault("aspirations", []).append("active-participant")
requirements = [dict(r) for r in fixture["requirements"]]
requirements.append({"node": "ho", "competence": "active-participant", "minLevel": 2, "amountPercent": 200, "goals": ["goal-1", "goal-5"], "neededBy": "2013-12-31"})
measures = [
    {"id": "opplaering-hverdagsrehabilitering", "name": T("Opplæring i hverdagsrehabilitering: fire samlinger à to timer hver 14. dag, obligatorisk, leder deltar", "Everyday-rehabilitation training: four two-hour sessions every other week, mandatory, leader takes part"),  # 003:595
     "kind": "course", "strategies": ["develop"], "targetCompetences": ["work-model", "rehabilitation", "active-participant"], "capacity": 30,
     "sessions": ["2013-02-26", "2013-03-12", "2013-03-26", "2013-04-09"], "participants": ["pilot-zone", "zone-2", "allocation"]},
    {"id": "veiledning-i-system", "name": T("Sette veiledning inn i system", "Put supervision into system"), "kind": "supervision", "strategies": ["mobilise"], "targetCompetences": ["supervision"], "participants": ["pilot-zone", "zone-2"]},  # 003:465
]
document = {
    "schemaVersion": 1,
    "name": T("Strategisk kompetanseplan for hverdagsrehabilitering i hjemmetjenesten, Bodø kommune", "Strategic competence plan for everyday rehabilitation in home care, Bodø"),
    "period": {"start": "2012-01-01", "end": "2015-12-31"},
    "organisation": organisation, "competences": competences, "goals": goals,
    "people": people, "requirements": requirements, "measures": measures,
}
out = root / "docs" / "examples" / "bodo-hverdagsrehabilitering.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"{out.name}: {len(people)} people, {len(requirements)} requirements")
