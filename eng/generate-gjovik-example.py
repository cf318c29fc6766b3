#!/usr/bin/env python3
"""Writes docs/examples/gjovik-region.json: the five ReKs municipalities with a deterministic, realistic,
pseudonymous staff. Goals are taken from seed 000 (ReKs strategy, sections 2.3 and 5.1; appendix 6.2).
Re-run after changing it: python3 eng/generate-gjovik-example.py  (same seed, same bytes)."""
import json, random, pathlib

rng = random.Random(2026)
T = lambda nb, en: {"nb": nb, "en": en}

municipalities = [  # (id, name, staff per service area: home care, nursing home, disability services)
    ("gjovik", "Gjøvik kommune", (48, 52, 26)),
    ("ostre-toten", "Østre Toten kommune", (26, 26, 12)),
    ("vestre-toten", "Vestre Toten kommune", (24, 24, 11)),
    ("sondre-land", "Søndre Land kommune", (12, 12, 6)),
    ("nordre-land", "Nordre Land kommune", (12, 13, 6)),
]
areas = [("hjemme", "Hjemmetjenesten", "Home care"), ("sykehjem", "Sykehjem", "Nursing home"),
         ("miljo", "Tjenester til mennesker med utviklingshemming", "Services for people with intellectual disabilities")]

competences = [
    ("dementia", T("Demensomsorg", "Dementia care"), ["knowledge", "skills", "attitudes"], "professional", ["Demensplan 2025"]),
    ("medication", T("Legemiddelhåndtering", "Medication management"), ["knowledge", "skills"], "professional", ["Pasientsikkerhet"]),
    ("palliative", T("Lindrende behandling", "Palliative care"), ["knowledge", "skills", "attitudes"], "professional", ["Leve hele livet"]),
    ("welfare-tech", T("Velferdsteknologi", "Welfare technology"), ["knowledge", "skills"], "professional", ["Velferdsteknologi"]),
    ("quality-improvement", T("Pasientsikkerhet og kvalitetsforbedring", "Patient safety and quality improvement"), ["knowledge", "skills"], "professional", ["Pasientsikkerhet"]),
    ("disability-services", T("Tjenester til mennesker med utviklingshemming", "Services for people with intellectual disabilities"), ["knowledge", "skills", "attitudes"], "professional", ["Utviklingshemming"]),
    ("person-centred", T("Personsentrert omsorg og etisk refleksjon", "Person-centred care and ethical reflection"), ["attitudes", "abilities"], "social", ["Leve hele livet"]),
    ("supervision", T("Veiledning av studenter og lærlinger", "Supervising students and apprentices"), ["skills", "attitudes"], "social", ["Kompetanseløft 2025"]),
    ("leadership", T("Ledelse og kvalitetsforbedring", "Leadership and quality improvement"), ["knowledge", "abilities"], "managerial", ["Kompetanseløft 2025"]),
    ("sign-language", T("Tegn til tale", "Signs as support for speech"), ["skills"], "professional", []),
]

goals = [
    {"id": "robust-staff", "name": T("De ansatte er mer robuste faglig sett og mestrer de faglige utfordringene i kommunene", "Staff are professionally more robust and master the challenges of the municipalities"),
     "strategies": ["develop", "mobilise"], "description": T("Effektmål, ReKs 2.3", "Effect goal, ReKs 2.3")},
    {"id": "share-experts", "name": T("Utnyttelse av fagpersoner på tvers av kommuner", "Experts used across municipalities"),
     "strategies": ["mobilise"], "description": T("Resultatmål, ReKs 2.3", "Result goal, ReKs 2.3")},
    {"id": "recruit-retain", "name": T("Rekruttere, beholde og utvikle personell (Kompetanseløft 2025)", "Recruit, retain and develop staff (Kompetanseløft 2025)"),
     "strategies": ["acquire", "develop"], "description": T("ReKs 5.1", "ReKs 5.1")},
    {"id": "overview", "name": T("Oversikt over kompetansen kommunen har og trenger fremover", "An overview of the competence the municipality has and will need"),
     "strategies": ["develop", "mobilise", "acquire", "phaseOut"], "description": T("Effektmål, ReKs 2.3", "Effect goal, ReKs 2.3")},
    # Seed 000 section 2.2 (lines 71-79) and 2.3 (lines 89-115); the partners (2.6, 2.3, vedlegg 4) are the goals'
    # non-person capital: they are listed with the goal and never counted as person-years.
    {"id": "regional-training", "name": T("Regional opplæring mot satsningsområder og nasjonale føringer", "Regional training towards national focus areas and guidelines"),
     "strategies": ["develop"], "description": T("Mål for felles strategi, ReKs 2.2 (linje 77); resultatmål «Økt tilgang på opplæring» (linje 89)", "Goal of the shared strategy, ReKs 2.2 (line 77); result goal \"more access to training\" (line 89)"),
     "resources": [{"kind": "network", "name": T("Læringsnettverk og ressurser fra USHT Innlandet (Oppland)", "Learning network and resources from the development centre USHT Innlandet"),
                    "description": T("ReKs 2.6, linje 179-181: USHT bidrar med personer og økonomi", "ReKs 2.6, lines 179-181: USHT contributes people and funds")}]},
    {"id": "networks-across", "name": T("Fagnettverk på tvers", "Professional networks across municipalities"),
     "strategies": ["mobilise"], "description": T("Resultatmål, ReKs 2.3 (linje 93)", "Result goal, ReKs 2.3 (line 93)")},
    {"id": "common-challenges", "name": T("Sammen identifisere kompetanseutfordringer som grunnlag for samarbeid med utdanningsinstitusjoner og helseforetak", "Identify competence challenges together, as a basis for working with education institutions and the hospital trust"),
     "strategies": ["develop", "acquire"], "description": T("Mål for felles strategi, ReKs 2.2 (linje 79)", "Goal of the shared strategy, ReKs 2.2 (line 79)"),
     "resources": [{"kind": "agreement", "name": T("Samarbeidsavtale med Sykehuset Innlandet (tjenesteavtale 6: forskning, innovasjon, utdanning og kompetanseoverføring)", "Collaboration agreement with Innlandet Hospital Trust (service agreement 6: research, innovation, education and competence transfer)"),
                    "description": T("ReKs vedlegg 4, linje 811-829", "ReKs appendix 4, lines 811-829")}]},
    {"id": "study-programmes", "name": T("ReKs gir innspill til nye studieretninger og gode praksisplasser og læringsarenaer", "ReKs contributes to new study programmes and good placements and learning arenas"),
     "strategies": ["develop", "acquire"], "description": T("Effektmål, ReKs 2.3 (linje 109-113)", "Effect goal, ReKs 2.3 (lines 109-113)"),
     "resources": [{"kind": "partnership", "name": T("NTNU", "NTNU (Norwegian University of Science and Technology)"), "description": T("ReKs 2.3, linje 113", "ReKs 2.3, line 113")},
                   {"kind": "partnership", "name": T("Fagskolen", "The vocational college"), "description": T("ReKs 2.3, linje 113", "ReKs 2.3, line 113")}]},
]

# Which competences each service area cares about, and the typical level held.
area_focus = {
    "hjemme": ["medication", "welfare-tech", "palliative", "dementia", "quality-improvement", "person-centred", "supervision"],
    "sykehjem": ["dementia", "palliative", "medication", "person-centred", "quality-improvement", "supervision"],
    "miljo": ["disability-services", "sign-language", "medication", "person-centred", "supervision"],
}
positions = [("nurse", "higher", 0.30), ("healthWorker", "upperSecondary", 0.42), ("assistant", "none", 0.18),
             ("socialEducator", "higher", 0.06), ("occupationalTherapist", "higher", 0.02), ("physiotherapist", "higher", 0.02)]
shares = [100, 100, 100, 80, 80, 75, 60, 50, 40, 20]

organisation = [{"id": "reks", "parent": None, "name": T("ReKs – Gjøvikregionen", "ReKs – the Gjøvik region"), "kind": "region"}]
people, requirements = [], []
serial = 0
for mid, mname, sizes in municipalities:
    organisation.append({"id": mid, "parent": "reks", "name": {"nb": mname}, "kind": "municipality"})
    for (aid, anb, aen), size in zip(areas, sizes):
        area = f"{mid}-{aid}"
        organisation.append({"id": area, "parent": mid, "name": T(f"{anb}, {mname.split()[0]}", f"{aen}, {mname.split()[0]}"), "kind": "serviceArea"})
        units = [area] if size < 30 else [f"{area}-{k}" for k in ("nord", "sor")]
        if len(units) > 1:
            for u, (nb, en) in zip(units, (("nord", "north"), ("sør", "south"))):
                organisation.append({"id": u, "parent": area, "name": T(f"{anb} {nb}, {mname.split()[0]}", f"{aen} {en}, {mname.split()[0]}"), "kind": "unit"})
        leader_done = False
        for i in range(size):
            serial += 1
            unit = units[i % len(units)]
            r = rng.random(); acc = 0
            for ptype, edu, p in positions:
                acc += p
                if r <= acc:
                    break
            if not leader_done:
                ptype, edu, leader_done = "leader", "higher", True
            person = {"id": f"p{serial:04d}", "node": unit, "positionPercent": 100 if ptype == "leader" else rng.choice(shares),
                      "positionType": ptype, "education": edu}
            if rng.random() < 0.08:
                person["leaves"] = f"{rng.choice([2026, 2027, 2028])}-{rng.choice(['03', '06', '08', '12'])}-01"
            if rng.random() < 0.04:
                person["starts"] = f"2027-{rng.choice(['01', '02', '08'])}-01"
            holdings = []
            for cid in area_focus[aid] + (["leadership"] if ptype == "leader" else []):
                chance = 0.75 if ptype in ("nurse", "socialEducator", "leader") else 0.5 if ptype == "healthWorker" else 0.25
                if rng.random() > chance:
                    continue
                base = {"nurse": 3, "socialEducator": 3, "leader": 3, "healthWorker": 2}.get(ptype, 1)
                level = max(1, min(4, base + rng.choice([-1, 0, 0, 0, 1])))
                formal = ptype in ("nurse", "socialEducator", "leader") and rng.random() < 0.6
                h = {"competence": cid, "level": None if rng.random() < 0.05 else level,
                     "basis": "formal" if formal else "informal", "used": rng.random() < 0.85}
                if cid == "medication" and formal:
                    h["validUntil"] = f"{rng.choice([2026, 2027, 2028])}-{rng.choice(['03', '05', '09', '11'])}-30"
                if formal and "validUntil" not in h and rng.random() < 0.05:
                    h["validFrom"] = "2027-06-15"  # formal education still being completed
                holdings.append(h)
            person["holdings"] = holdings
            wishes = [c for c in area_focus[aid] if c not in {h["competence"] for h in holdings} and rng.random() < 0.12]
            if wishes:
                person["aspirations"] = wishes
            people.append(person)
        # Requirements: what each service area needs (amounts in percent of a full position).
        scale = sum(p["positionPercent"] for p in people if p["node"] in units) / 100
        needs = {
            "hjemme": [("medication", 3, 0.35, ["robust-staff"]), ("welfare-tech", 2, 0.25, ["overview", "recruit-retain"]),
                       ("palliative", 3, 0.12, ["robust-staff"]), ("dementia", 2, 0.3, ["robust-staff"]), ("supervision", 2, 0.1, ["recruit-retain"])],
            "sykehjem": [("dementia", 3, 0.35, ["robust-staff"]), ("palliative", 3, 0.2, ["robust-staff"]), ("medication", 3, 0.3, ["robust-staff"]),
                         ("person-centred", 2, 0.4, ["robust-staff"]), ("quality-improvement", 3, 0.08, ["share-experts"]), ("supervision", 2, 0.1, ["recruit-retain"])],
            "miljo": [("disability-services", 3, 0.4, ["robust-staff"]), ("sign-language", 2, 0.2, ["robust-staff"]), ("medication", 2, 0.25, ["robust-staff"])],
        }[aid]
        for cid, level, frac, gs in needs:
            target = units[0]
            req = {"node": target, "competence": cid, "minLevel": level, "amountPercent": max(50, round(scale * frac * 100 / 10) * 10), "goals": gs}
            if cid in ("medication", "palliative", "dementia"):
                req["minHeads"] = 2
            if cid == "welfare-tech":
                req["from"] = "2027-01-01"; req["neededBy"] = "2027-12-31"
            if cid == "quality-improvement":
                req["neededBy"] = "2026-12-31"
            requirements.append(req)
    requirements.append({"node": mid, "competence": "leadership", "minLevel": 3, "amountPercent": 200, "goals": ["overview"], "minHeads": 2})

requirements.append({"node": "reks", "competence": "quality-improvement", "minLevel": 4, "amountPercent": 100, "goals": ["share-experts"], "minHeads": 2})

# Seed 000 section 2.6 (lines 171-173): a regional coordinator at 100 % and a professional and quality developer in
# each municipality who gives 20 % of the position to ReKs. Added after the seeded draw, so no other person changes;
# their competence is not given by the seed, so they hold none here.
people.append({"id": "reks-koordinator", "node": "reks", "positionPercent": 100, "positionType": "other", "education": "higher"})
for mid, _, _ in municipalities:
    people.append({"id": f"reks-utvikler-{mid}", "node": mid, "positionPercent": 20, "positionType": "other", "education": "higher"})

# The region's measures, each tied to the goals of seed 000 sections 2.2 (lines 71-79) and 2.3 (lines 89-113) it serves;
# what each yields and when it is evaluated (the September meeting compares baselines, appendix 6.1 part 3, line 708)
# are this example's assumptions.
D = lambda c, level=2: {"strategy": "develop", "competence": c, "level": level}
measures = [
    {"id": "fagdag-demens", "name": T("Regional fagdag om demens", "Regional professional day on dementia"), "kind": "professionalDay",  # 2.2 line 77, 2.3 line 89
     "strategies": ["develop"], "targetCompetences": ["dementia", "person-centred"], "capacity": 120,
     "sessions": ["2026-03-12", "2027-03-11"], "participants": ["gjovik", "ostre-toten", "sondre-land"],
     "goals": ["regional-training", "robust-staff"], "yields": [D("dementia"), D("person-centred")]},
    {"id": "legemiddel-e-laering", "name": T("E-læring legemiddelhåndtering med sertifisering", "E-learning in medication management with certification"), "kind": "eLearning",  # 2.2 line 77, 2.3 line 103
     "strategies": ["develop"], "targetCompetences": ["medication"], "goals": ["regional-training", "robust-staff"], "yields": [D("medication")],
     "evaluationDates": ["2026-09-15"]},
    {"id": "hospitering-lindrende", "name": T("Hospitering i lindrende enhet, Sykehuset Innlandet", "Job shadowing at the palliative unit, Innlandet Hospital Trust"), "kind": "jobShadowing",  # 2.2 line 79, 2.3 line 95
     "strategies": ["develop"], "targetCompetences": ["palliative"], "capacity": 10, "goals": ["common-challenges", "share-experts"], "yields": [D("palliative")]},
    {"id": "veilederkurs", "name": T("Veilederkurs for praksisveiledere", "Course for practice supervisors"), "kind": "course",  # 2.3 lines 109-113: good practice placements
     "strategies": ["develop", "mobilise"], "targetCompetences": ["supervision"], "capacity": 24,
     "sessionRule": {"kind": "everyNWeeks", "start": "2026-09-17", "every": 2, "count": 4},
     "goals": ["study-programmes"], "yields": [D("supervision"), {"strategy": "mobilise", "competence": "supervision"}], "evaluationDates": ["2027-09-14"]},
    {"id": "nettverk-velferdsteknologi", "name": T("Regionalt fagnettverk for velferdsteknologi", "Regional network on welfare technology"), "kind": "network",  # 2.3 lines 91, 93
     "strategies": ["mobilise"], "targetCompetences": ["welfare-tech"], "participants": ["gjovik", "ostre-toten", "vestre-toten", "sondre-land", "nordre-land"],
     "goals": ["networks-across", "share-experts"], "yields": [{"strategy": "mobilise", "competence": "welfare-tech"}]},
]

document = {
    "schemaVersion": 1,
    "name": T("ReKs – regional strategi for kompetanseplanlegging i helse og omsorg", "ReKs – regional strategy for competence planning in health and care"),
    "period": {"start": "2025-01-01", "end": "2028-12-31"},
    "organisation": organisation,
    "competences": [{"id": c, "name": n, "components": comp, "form": f, **({"tags": t} if t else {})} for c, n, comp, f, t in competences],
    "goals": goals,
    "people": people,
    "requirements": requirements,
    "measures": measures,
}
out = pathlib.Path(__file__).resolve().parent.parent / "docs" / "examples" / "gjovik-region.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"{out.name}: {len(organisation)} nodes, {len(people)} people, {len(requirements)} requirements")
