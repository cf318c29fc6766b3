#!/usr/bin/env python3
"""Writes docs/examples/bodo-hverdagsrehabilitering.json: Bodø's strategic competence plan for everyday
rehabilitation (seed 003) in the plan-document format. The five goals are the seed's Mål 1-5 (lines 308-479); every
requirement under "Våre kompetansekrav" (lines 244-269) is a competence with a requirement; the capital
("Vår totale kompetansebeholdning", lines 273-302, and each goal's "Kapital") is people's holdings plus the goals'
non-person resources; the staffing requirements are KS step 5 beside them. The people and amounts of the fixture
that encodes the same seed are kept (pseudonyms); every amount, level and person the seed does not give is an
assumption, and each goal's description says so (ASSUME below).
Re-run: python3 eng/generate-bodo-example.py"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
fixture = json.loads((root / "tests" / "fixtures" / "gap-analysis" / "bodo-hverdagsrehabilitering.json").read_text(encoding="utf-8"))
T = lambda nb, en: {"nb": nb, "en": en}

organisation = [
    {"id": "bodo", "parent": None, "name": T("Bodø kommune", "Bodø municipality"), "kind": "municipality"},
    {"id": "ho", "parent": "bodo", "name": T("Helse- og omsorgsavdelingen", "Health and care department"), "kind": "serviceArea"},
    {"id": "pilot-zone", "parent": "ho", "name": T("Hjemmetjenesten, pilotsone", "Home care, pilot zone"), "kind": "unit"},  # 003:50
    {"id": "zone-2", "parent": "ho", "name": T("Hjemmetjenesten, sone 2", "Home care, zone 2"), "kind": "unit"},
    {"id": "zone-3", "parent": "ho", "name": T("Hjemmetjenesten, sone 3", "Home care, zone 3"), "kind": "unit"},  # 003:690 "de tre hjemmetjenestesonene"
    {"id": "team", "parent": "ho", "name": T("Tverrfaglig team", "Interdisciplinary team"), "kind": "unit"},
    {"id": "allocation", "parent": "ho", "name": T("Tildelingskontoret", "Allocation office"), "kind": "unit"},
]
competences = [
    {"id": "planning-anchoring", "name": T("Rehabilitering og forebygging forankret i kommunens planarbeid", "Rehabilitation and prevention anchored in municipal planning"), "components": ["knowledge", "skills"], "form": "managerial"},  # 003:247
    {"id": "work-model", "name": T("Arbeidsmodellen for hverdagsrehabilitering", "The everyday-rehabilitation work model"), "components": ["knowledge", "skills"], "form": "professional", "tags": ["Leve hele livet"]},  # 003:249, 257
    {"id": "rehabilitation", "name": T("Kunnskap om rehabilitering", "Knowledge of rehabilitation"), "components": ["knowledge", "skills"], "form": "professional"},  # 003:251
    {"id": "assessment-tools", "name": T("Kartleggingsverktøy", "Assessment tools"), "components": ["skills"], "form": "professional"},  # 003:253
    {"id": "relevant-measures", "name": T("Relevante tiltak", "Relevant measures"), "components": ["knowledge", "skills"], "form": "professional"},  # 003:255
    {"id": "interdisciplinary", "name": T("Tverrfaglig kompetanse og teamarbeid", "Interdisciplinary competence and teamwork"), "components": ["knowledge", "skills", "attitudes"], "form": "social"},  # 003:259
    {"id": "team-roles", "name": T("Teamarbeid og de ulikes roller", "Teamwork and each profession's role"), "components": ["knowledge", "skills"], "form": "social"},  # 003:261
    {"id": "supervision", "name": T("Veiledningskompetanse", "Supervision competence"), "components": ["skills", "attitudes"], "form": "social"},  # 003:263
    {"id": "holistic-goals", "name": T("Definisjon av mål, helhetlig menneskesyn", "Defining goals, a holistic view of the person"), "components": ["knowledge", "attitudes"], "form": "personal"},  # 003:265
    {"id": "motivational-interviewing", "name": T("Motiverende samtale", "Motivational interviewing"), "components": ["skills", "attitudes"], "form": "social"},  # 003:267
    {"id": "milieu-therapy", "name": T("Individuelt, helhetlig målrettet miljøterapeutisk arbeid, med borger i fokus", "Individual, holistic, goal-directed milieu-therapeutic work centred on the citizen"), "components": ["knowledge", "skills", "attitudes"], "form": "professional"},  # 003:269
    {"id": "active-participant", "name": T("Holdning: det rehabiliterende fokus, fra passiv mottaker til aktiv deltaker", "Attitude: the rehabilitating focus, from passive recipient to active participant"), "components": ["attitudes"], "form": "personal", "tags": ["Leve hele livet"]},  # 003:56 "en holdningsendring"
]
R = lambda kind, nb, en, line: {"kind": kind, "name": T(nb, en), "description": T(f"Seed 003, linje {line}", f"Seed 003, line {line}")}
ASSUME = "Antakelse: mengder, nivåer og personer som planen ikke oppgir, er illustrerende."
ASSUME_EN = "Assumption: amounts, levels and people the plan does not give are illustrative."
ASSUME_MEASURES = "Opplæringen (linje 571-597, 686-719): kostnader, søkte beløp, søknadsfrister, datoer på dagen, plasser og ansvarlig rolle er antakelser; planen gir KS' 100 000 til planarbeidet (linje 658) og at skjønnsmidler er søkt og samhandlingsmidler skal søkes (linje 662-663)."
ASSUME_MEASURES_EN = "The training (lines 571-597, 686-719): costs, amounts applied for, application deadlines, day-exact dates, seats and the responsible role are assumptions; the plan gives KS's 100 000 for the planning work (line 658) and that discretionary grants are applied for and collaboration funds to be applied for (lines 662-663)."
goals = [
    {"id": "goal-1", "name": T("Satsingsområde i HO-avdelingen: ny kommuneplan (samfunnsdel), HO-avdelingen og den enkelte virksomhet, sett som en helhet", "A priority of the department: the new municipal plan, the department and each unit, seen as a whole"),
     "strategies": ["mobilise", "develop", "acquire"], "description": T(f"Mål 1, linje 308. Behov: mobilisere en lederavtale som sikrer forankring; lære intern og ekstern informasjon; anskaffe: frigjøre folk til planarbeid. {ASSUME}", f"Goal 1, line 308. Needs: mobilise a leader agreement that anchors it; learn internal and external information; acquire: free people for planning. {ASSUME_EN}"),
     "resources": [R("agreement", "Lederavtale som sikrer forankring (skal mobiliseres)", "Leader agreement that anchors the priority (to be mobilised)", 332),
                   R("funds", "Prosjektmidler fra KS, kr 100 000, til utarbeidelse av planen", "KS project funds, NOK 100 000, for making the plan", 658)]},
    {"id": "goal-2", "name": T("Ny arbeids-/velferdsmodell: forebyggings- og rehabiliteringsperspektivet i omsorgstjenesten", "A new work and welfare model: prevention and rehabilitation in care"),
     "strategies": ["mobilise", "develop", "acquire"], "description": T(f"Mål 2, linje 346. Anskaffelse: «se på dimensjoneringen» (linje 399). Motiverende samtale (linje 267) er knyttet hit. {ASSUME} {ASSUME_MEASURES}", f"Goal 2, line 346. Acquisition: \"review the dimensioning\" (line 399). Motivational interviewing (line 267) is placed here. {ASSUME_EN} {ASSUME_MEASURES_EN}"),
     "resources": [
         R("competenceEnvironment", "Kompetansemiljø: Rehabiliteringssenteret og Rehabiliteringsavdelingen", "Competence environment: the rehabilitation centre and the rehabilitation ward", 372),
         R("other", "Arbeidsmodellen er nasjonalt forankret", "The work model is anchored nationally", 374),
         R("funds", "Følgeforskning – midler", "Follow-up research – funds", 288),
         R("network", "Nasjonalt nettverk av norske kommuner (åpen Facebook-gruppe)", "National network of Norwegian municipalities (open Facebook group)", 290),
         R("other", "Faglig enighet i arbeidstakerorganisasjonene (Ergoterapeutene, NFF, NSF)", "Professional agreement among the unions (occupational therapists, physiotherapists, nurses)", 380),
     ]},
    {"id": "goal-3", "name": T("Tverrfaglig tilnærming, hvor ulik fagkompetanse brukes i forhold til felles mål", "An interdisciplinary approach towards shared goals"),
     "strategies": ["mobilise", "develop", "acquire"], "description": T(f"Mål 3, linje 407. Anskaffelse: «Flere årsverk tverrfagligteam» (linje 439) — også et bemanningskrav. {ASSUME}", f"Goal 3, line 407. Acquisition: \"more person-years in the interdisciplinary team\" (line 439) — also a staffing requirement. {ASSUME_EN}"),
     "resources": [R("competenceEnvironment", "Etablert tverrfaglig team med erfaringer (personene telles i teamets beholdning)", "Established interdisciplinary team with experience (its people are counted in the team's holdings)", 423)]},
    {"id": "goal-4", "name": T("Refleksjon over egen praksis: lærende organisasjon", "Reflection on one's own practice: a learning organisation"),
     "strategies": ["mobilise", "develop", "acquire"], "description": T(f"Mål 4, linje 445. {ASSUME}", f"Goal 4, line 445. {ASSUME_EN}"),
     "resources": [R("other", "KS-etikkprosjekt", "The KS ethics project", 455)]},
    {"id": "goal-5", "name": T("God kvalitet på hjemmebaserte helse- og omsorgstjenester", "Good quality in home-based health and care services"),
     "strategies": ["mobilise", "develop", "acquire"], "description": T(f"Mål 5, linje 479. Anskaffelse: «Flere ansatte med kompetanse i forhold til helhetlig, målrettet miljøterapeutisk arbeid» (linje 524). {ASSUME}", f"Goal 5, line 479. Acquisition: \"more staff competent in holistic, goal-directed milieu-therapeutic work\" (line 524). {ASSUME_EN}")},
]
people = []
types = {"ht": "healthWorker", "hs": "nurse", "z2": "healthWorker", "ot": "occupationalTherapist", "pt": "physiotherapist", "sn": "specialistNurse", "ak": "other"}
for p in fixture["people"]:
    person = {k: v for k, v in p.items()}
    kind = next(t for prefix, t in types.items() if p["id"].startswith(prefix))
    person["positionType"] = kind
    person["education"] = "upperSecondary" if kind == "healthWorker" else "higher"
    people.append(person)
H = lambda c, level, used=True: {"competence": c, "level": level, "basis": "informal", "used": used}
extra = {  # holdings of the seed's other requirements (assumed levels): the home trainers are "2 årsverk med erfaring" (003:282)
    "ht1": [H("relevant-measures", 2), H("motivational-interviewing", 1), H("active-participant", 2)],
    "ht2": [H("relevant-measures", 1), H("active-participant", 2)],
    "hs1": [H("active-participant", 1)],
    "hs2": [H("active-participant", 1), H("holistic-goals", 2)],
    "z2a": [H("active-participant", 1)],
    "z2b": [H("active-participant", 1)],
    "ot": [H("team-roles", 3), H("holistic-goals", 2)],
    "pt": [H("team-roles", 2)],
    "sn": [H("team-roles", 1), H("milieu-therapy", 2, used=False)],
}
for person in people:
    person["holdings"] = person.get("holdings", []) + extra.get(person["id"], [])
# Goal 5's attitude: staff asked to develop it in the appraisal interview (kept from the fixture's example).
people[2].setdefault("aspirations", []).append("motivational-interviewing")
people += [
    {"id": "z3a", "node": "zone-3", "positionPercent": 100, "positionType": "healthWorker", "education": "upperSecondary", "holdings": [H("work-model", 1), H("active-participant", 1)]},
    {"id": "z3b", "node": "zone-3", "positionPercent": 80, "positionType": "nurse", "education": "higher", "holdings": [H("rehabilitation", 2), H("active-participant", 1)]},
    {"id": "le1", "node": "ho", "positionPercent": 100, "positionType": "leader", "education": "higher", "holdings": [H("planning-anchoring", 2, used=False)]},
]
requirements = [dict(r) for r in fixture["requirements"]]
requirements += [
    {"node": "ho", "competence": "planning-anchoring", "minLevel": 2, "amountPercent": 150, "goals": ["goal-1"]},  # 003:247, 316
    {"node": "zone-3", "competence": "work-model", "minLevel": 2, "amountPercent": 100, "goals": ["goal-2"]},  # 003:249
    {"node": "zone-3", "competence": "rehabilitation", "minLevel": 2, "amountPercent": 100, "goals": ["goal-2"]},  # 003:251
    {"node": "pilot-zone", "competence": "relevant-measures", "minLevel": 2, "amountPercent": 200, "goals": ["goal-2"]},  # 003:255, 360
    {"node": "team", "competence": "team-roles", "minLevel": 2, "amountPercent": 200, "goals": ["goal-3"]},  # 003:261, 415
    {"node": "team", "competence": "holistic-goals", "minLevel": 2, "amountPercent": 100, "goals": ["goal-5"]},  # 003:265, 485
    {"node": "pilot-zone", "competence": "holistic-goals", "minLevel": 2, "amountPercent": 100, "goals": ["goal-5"]},
    {"node": "pilot-zone", "competence": "motivational-interviewing", "minLevel": 2, "amountPercent": 200, "goals": ["goal-2"]},  # 003:267
    {"node": "zone-2", "competence": "milieu-therapy", "minLevel": 2, "amountPercent": 150, "goals": ["goal-5"]},  # 003:269, 524
]
# The attitude change (003:56) is asked of the whole staff of every home-care zone (their person-years in 2013), where they work: it is developed in
# people, never recruited (an attitude requirement on the department, where nobody works, would read "acquire 200").
for node, amount in [("pilot-zone", 280), ("zone-2", 175), ("zone-3", 180)]:
    requirements.append({"node": node, "competence": "active-participant", "minLevel": 2, "amountPercent": amount, "goals": ["goal-2", "goal-5"], "neededBy": "2013-12-31"})
staffing = [
    {"node": "pilot-zone", "positionType": "healthWorker", "amountPercent": 200},  # 003:282 "Hjemmetrenere – 2 årsverk"
    {"node": "team", "positionType": "occupationalTherapist", "amountPercent": 100, "education": "higher"},  # 003:368
    {"node": "team", "positionType": "physiotherapist", "amountPercent": 200, "education": "higher"},  # 003:439 "Flere årsverk" (amount assumed)
    {"node": "team", "positionType": "specialistNurse", "amountPercent": 100, "education": "higher"},
]
# The training scheme (003:571-597, 686-719) and the budget (003:654-663). Costs, amounts applied for, application deadlines,
# day-exact dates, seats and the responsible role are not in the seed: they are assumptions (ASSUME_MEASURES, in goal 2's description).
ROLE = T("Prosjektleder (antatt)", "Project lead (assumed)")
EVERY_OTHER_WEEK = lambda start: {"kind": "everyNWeeks", "start": start, "every": 2, "count": 4}  # 003:593, 717: every other week, four times, about two hours
measures = [
    # Basic training first (003:583), for the staff of the three home-care zones (003:688-690), the home trainers first (003:694);
    # mandatory, the leader takes part (003:595); started in February/March 2013 (003:713); evaluated in June 2013 (003:719).
    {"id": "opplaering-hverdagsrehabilitering", "name": T("Grunnopplæring i hverdagsrehabilitering: fire samlinger à to timer hver 14. dag, obligatorisk, leder deltar", "Basic training in everyday rehabilitation: four two-hour sessions every other week, mandatory, leader takes part"),
     "kind": "course", "strategies": ["develop"], "targetCompetences": ["work-model", "rehabilitation", "active-participant"], "capacity": 30,
     "sessionRule": EVERY_OTHER_WEEK("2013-02-26"), "participants": ["pilot-zone", "zone-2", "zone-3"], "goals": ["goal-2", "goal-5"],
     "yields": [{"strategy": "develop", "competence": "work-model", "level": 2}, {"strategy": "develop", "competence": "rehabilitation", "level": 2},
                {"strategy": "develop", "competence": "active-participant", "level": 2}],
     "hoursPerParticipant": 8, "mandatory": True, "leaderTakesPart": True, "responsibleRole": ROLE, "status": "planned",
     "evaluationDates": ["2013-06-25"],  # 003:719 "i juni 2013" (the last Tuesday, as in bodo-training-wheel.json)
     "costs": [{"year": 2013, "description": T("Kursholder og materiell (antatt beløp)", "Course leader and material (assumed amount)"), "fee": 30000}],
     "funding": [  # 003:660-663: carried out through the municipality's own priorities, discretionary grants applied for, collaboration funds to apply for
         {"source": "skjonnsmidler-fylkesmannen", "year": 2013, "amount": 50000, "status": "applied"},
         {"source": "samhandlingsmidler-helsedirektoratet", "year": 2013, "amount": 40000, "status": "applied", "applicationDeadline": "2013-04-15"},
     ]},
    # Then the professional and unit leaders of the zones (003:696-698), the same scheme after the home trainers.
    {"id": "opplaering-ledere", "name": T("Grunnopplæring for fagledere og avdelingsledere i sonene", "Basic training for the zones' professional and unit leaders"),
     "kind": "course", "strategies": ["develop"], "targetCompetences": ["work-model"], "sessionRule": EVERY_OTHER_WEEK("2013-04-23"),
     "participants": ["ho"], "targetPositionTypes": ["leader"], "goals": ["goal-1", "goal-2"],
     "yields": [{"strategy": "develop", "competence": "work-model", "level": 2}],
     "hoursPerParticipant": 8, "mandatory": True, "responsibleRole": ROLE, "evaluationDates": ["2013-06-25"]},
    # The resource persons' programme, for those who have had the basic training (003:579-583).
    {"id": "ressurspersoner", "name": T("Opplæring av ressurspersoner i hverdagsrehabilitering", "Training of resource persons in everyday rehabilitation"),
     "kind": "education", "strategies": ["develop"], "targetCompetences": ["rehabilitation"], "targetPeople": ["ht1", "ht2"],
     "prerequisites": ["opplaering-hverdagsrehabilitering"], "goals": ["goal-2"],
     "sessionRule": {"kind": "everyNWeeks", "start": "2013-09-10", "every": 4, "count": 3},
     "yields": [{"strategy": "develop", "competence": "rehabilitation", "level": 3}], "responsibleRole": ROLE},
    {"id": "veiledning-i-system", "name": T("Sette veiledning inn i system", "Put supervision into system"), "kind": "supervision", "strategies": ["mobilise"], "targetCompetences": ["supervision"], "participants": ["pilot-zone", "zone-2"],  # 003:465
     "goals": ["goal-4"], "yields": [{"strategy": "mobilise", "competence": "supervision"}]},
]
document = {
    "schemaVersion": 1,
    "name": T("Strategisk kompetanseplan for hverdagsrehabilitering i hjemmetjenesten, Bodø kommune", "Strategic competence plan for everyday rehabilitation in home care, Bodø"),
    "period": {"start": "2012-01-01", "end": "2015-12-31"},
    "organisation": organisation, "competences": competences, "goals": goals,
    "people": people, "requirements": requirements, "measures": measures, "staffing": staffing,
}
out = root / "docs" / "examples" / "bodo-hverdagsrehabilitering.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"{out.name}: {len(people)} people, {len(requirements)} requirements")
