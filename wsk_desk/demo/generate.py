"""Writes a deterministic demo championship: same seed, same content.

The demo shows a championship in progress: some competencies signed off,
some provisional, some still being marked, one or two still in setup.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..domain.people import Category, Competency, Competitor, Expert, ExpertRole
from ..domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from ..storage.championship import Championship
from . import data

SIZES = {
    # size: (main competencies, junior competencies, competitors min, max)
    "small": (3, 0, 8, 10),
    "national": (42, 8, 8, 20),
    "worlds": (54, 8, 22, 27),
}
SMALL_CODES = ["17", "10", "04"]
CHAMPIONSHIP_NAMES = {
    "small": "WorldSkills Kazakhstan 2025 — демо",
    "national": "WorldSkills Kazakhstan 2025",
    "worlds": "WorldSkills Demo Worlds",
}
# fixed actor, so that the same seed gives the same file content
DEMO_ACTOR = "demo"


@dataclass
class Plan:
    competency: Competency
    stage: str  # setup | marking | provisional | final


def write_demo(path: str | Path, size: str = "national", seed: int = 2025) -> Championship:
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; choose small, national or worlds")
    rng = random.Random(seed)
    champ = Championship.create(path, CHAMPIONSHIP_NAMES[size], regions=data.REGIONS, actor=DEMO_ACTOR)
    # A demo is written to a temporary name and renamed when whole, so it needs no fsync per action.
    champ.db.execute("PRAGMA synchronous=OFF")
    for plan in _plans(size, rng):
        _write_competency(champ, plan, size, rng)
    champ.db.execute("PRAGMA synchronous=FULL")
    return champ


def _plans(size: str, rng: random.Random) -> list[Plan]:
    n_main, n_junior, _, _ = SIZES[size]
    by_code = {c[0]: c for c in data.COMPETENCIES}
    if size == "small":
        chosen = [by_code[c] for c in SMALL_CODES]
    else:
        chosen = data.COMPETENCIES[:n_main]
    comps = [Competency(num, ru, kk, en, Category.MAIN, team) for num, ru, kk, en, team in chosen]
    for num in data.JUNIOR_OF[:n_junior]:
        _, ru, kk, en, team = by_code[num]
        comps.append(Competency(f"{num}J", f"{ru} (юниоры)", f"{kk} (юниорлар)", f"{en} (Juniors)",
                                Category.JUNIORS, team))
    if size == "small":
        stages = ["marking", "final", "provisional"]
    else:
        cycle = ["final", "provisional", "marking", "final", "marking", "provisional", "final", "marking",
                 "final", "setup"]
        stages = [cycle[i % len(cycle)] for i in range(len(comps))]
    return [Plan(c, s) for c, s in zip(comps, stages)]


# ---- people ---------------------------------------------------------------------------------

def _person(rng: random.Random) -> tuple[str, str, str]:
    female = rng.random() < 0.45
    kazakh = rng.random() < 0.7
    if kazakh:
        if rng.random() < 0.15:
            surname = rng.choice(data.KZ_SURNAMES_INVARIANT)
        else:
            surname = rng.choice(data.KZ_SURNAMES) + ("а" if female else "")
        given = rng.choice(data.KZ_FEMALE if female else data.KZ_MALE)
        father = rng.choice(data.KZ_FATHERS)
        patronymic = "" if rng.random() < 0.2 else father + ("қызы" if female else "ұлы")
    else:
        base = rng.choice(data.RU_SURNAMES)
        surname = base if base in data.INVARIANT_RU else base + ("а" if female else "")
        given = rng.choice(data.RU_FEMALE if female else data.RU_MALE)
        son, daughter = rng.choice(data.RU_PATRONYMICS)
        patronymic = "" if rng.random() < 0.1 else (daughter if female else son)
    return surname, given, patronymic


def _people(comp: Competency, size: str, rng: random.Random) -> tuple[list[Competitor], list[Expert]]:
    _, _, lo, hi = SIZES[size]
    n_entrants = rng.randint(lo, hi)
    regions = [r.code for r in data.REGIONS]
    rng.shuffle(regions)
    entrant_regions = [regions[i % len(regions)] for i in range(n_entrants)]
    competitors: list[Competitor] = []
    for i, region in enumerate(entrant_regions, start=1):
        team = f"T{i:02d}" if comp.is_team else None
        for m in range(comp.team_size):
            s, g, p = _person(rng)
            cid = f"P{len(competitors) + 1:02d}"
            competitors.append(Competitor(id=cid, surname=s, given_name=g, patronymic=p, region=region,
                                          competency=comp.code, team=team,
                                          birth_date=f"{rng.randint(1999, 2008)}-{rng.randint(1, 12):02d}-"
                                                     f"{rng.randint(1, 28):02d}"))
    experts: list[Expert] = []
    staff_regions = [r.code for r in data.REGIONS if r.code not in entrant_regions] or regions
    for role in (ExpertRole.CHIEF, ExpertRole.DEPUTY):
        s, g, p = _person(rng)
        experts.append(Expert(id=f"E{len(experts) + 1:02d}", surname=s, given_name=g, patronymic=p,
                              region=rng.choice(staff_regions), competency=comp.code, role=role))
    for region in dict.fromkeys(entrant_regions):
        s, g, p = _person(rng)
        experts.append(Expert(id=f"E{len(experts) + 1:02d}", surname=s, given_name=g, patronymic=p,
                              region=region, competency=comp.code, role=ExpertRole.EXPERT))
    return competitors, experts


# ---- marking scheme -------------------------------------------------------------------------

def _scheme(rng: random.Random) -> MarkingScheme:
    n_crit = rng.randint(4, 6)
    n_aspects = rng.randint(30, 120)
    weights = [rng.randint(10, 30) for _ in range(n_crit)]
    totals = [w * 100 // sum(weights) for w in weights]
    totals[0] += 100 - sum(totals)
    criteria = []
    names = rng.sample(data.CRITERION_NAMES, n_crit)
    per_crit = _split(n_aspects, n_crit, rng, minimum=4)
    for ci, (total, count, (name_ru, name_en)) in enumerate(zip(totals, per_crit, names)):
        name_kk = data.CRITERION_KK[name_ru]
        letter = "ABCDEFG"[ci]
        n_forms = 1 if count < 10 else rng.randint(1, 3)
        form_counts = _split(count, n_forms, rng, minimum=3)
        maxes = _maxes(Decimal(total), count, rng)
        subs, k = [], 0
        for fi, fc in enumerate(form_counts, start=1):
            form_id = f"{letter}{fi}"
            aspects = []
            for n in range(1, fc + 1):
                mx = maxes[k]
                k += 1
                judgement = mx >= 1 and rng.random() < 0.25
                if judgement:
                    desc = rng.choice(data.JUDGEMENT_ASPECTS)
                    aspects.append(Aspect(f"{form_id}.{n}", AspectType.JUDGEMENT, desc, mx,
                                          descriptors=dict(data.DESCRIPTORS), texts={"kk": data.ASPECTS_KK[desc]},
                                          descriptor_texts={"kk": dict(data.DESCRIPTORS_KK)}))
                else:
                    template = rng.choice(data.MEASUREMENT_ASPECTS)
                    aspects.append(Aspect(f"{form_id}.{n}", AspectType.MEASUREMENT, template.format(n=n), mx,
                                          requirement="по заданию" if rng.random() < 0.3 else "",
                                          texts={"kk": data.ASPECTS_KK[template].format(n=n)}))
            day = f"C{min(3, ci // 2 + 1)}"
            subs.append(SubCriterion(form_id, f"{name_ru}: часть {fi}", day, tuple(aspects),
                                     texts={"kk": f"{name_kk}: {fi}-бөлім", "en": f"{name_en}: part {fi}"}))
        criteria.append(Criterion(letter, name_ru, tuple(subs), texts={"kk": name_kk, "en": name_en}))
    return MarkingScheme(tuple(criteria), lang="ru")  # imported in Russian, with Kazakh and English texts


def _split(total: int, parts: int, rng: random.Random, minimum: int) -> list[int]:
    parts = max(1, min(parts, total // minimum))
    out = [minimum] * parts
    for _ in range(total - minimum * parts):
        out[rng.randrange(parts)] += 1
    return out


def _maxes(total: Decimal, count: int, rng: random.Random) -> list[Decimal]:
    """`count` max marks in quarter points that add up exactly to `total`."""
    quarters = int(total * 4)
    cuts = [1] * count
    for _ in range(quarters - count):
        cuts[rng.randrange(count)] += 1
    return [Decimal(q) / 4 for q in cuts]


# ---- marks ----------------------------------------------------------------------------------

def _write_competency(champ: Championship, plan: Plan, size: str, rng: random.Random) -> None:
    comp = plan.competency
    champ.save_competency(comp)
    competitors, experts = _people(comp, size, rng)
    champ.save_people(competitors, experts, source="demo")
    scheme = _scheme(rng)
    champ.replace_scheme(comp.code, scheme, source="demo")
    code = comp.code
    judges = [e for e in experts if e.role is ExpertRole.EXPERT]
    entrants = champ.entrants(code)
    forms = list(scheme.forms())
    for fi, form in enumerate(forms):
        team = [judges[(fi + j) % len(judges)] for j in range(min(3, len(judges)))]
        champ.set_marking_team(code, form.id, [e.id for e in team])
        subs = []
        for ent in entrants:
            for e in team:
                if e.region == ent.region:
                    spare = [x for x in judges if x.region != ent.region and x not in team]
                    if spare:
                        subs.append((form.id, ent.id, e.id, rng.choice(spare).id))
        if subs:
            champ.substitute_many(code, subs)
    if plan.stage == "setup":
        return
    level = {ent.id: min(0.97, max(0.3, rng.gauss(0.68, 0.13))) for ent in entrants}
    days_done = {"marking": {"C1"}, "provisional": {"C1", "C2", "C3"}, "final": {"C1", "C2", "C3"}}[plan.stage]
    for fi, form in enumerate(forms):
        complete = form.day in days_done
        partial = plan.stage == "marking" and form.day == "C2"
        if not (complete or partial):
            continue
        ops = []
        sheet = champ.marksheet(code)
        for ei, ent in enumerate(entrants):
            if partial and ei >= len(entrants) // 2:
                break
            if complete and rng.random() < 0.01:
                ops.append({"k": "x", "f": form.id, "c": ent.id, "v": True})
                continue
            panel = [sheet.substitutions.get((form.id, ent.id, e), e) for e in sheet.marking_teams[form.id]]
            for aspect in form.aspects:
                p = level[ent.id]
                if aspect.is_judgement:
                    base = round(min(3.0, max(0.0, rng.gauss(p * 3, 0.45))))
                    for e in panel:
                        s = base + rng.choice((0, 0, 0, 1, -1))
                        if partial and rng.random() < 0.02:
                            s = base + 2
                        ops.append({"k": "s", "a": aspect.id, "c": ent.id, "e": e, "v": max(0, min(3, s))})
                else:
                    r = rng.random()
                    if r < p:
                        v, why = aspect.max_mark, ""
                    elif r < p + 0.08 and aspect.max_mark >= 1:
                        v, why = (aspect.max_mark / 2).quantize(Decimal("0.01")), "частичное выполнение"
                    else:
                        v, why = Decimal(0), ""
                    ops.append({"k": "m", "a": aspect.id, "c": ent.id, "v": _text(v), "r": why})
        if ops:
            champ.apply_ops(code, ops, action="marks.enter", target=form.id,
                            audit_extra={"form": form.id, "count": len(ops)})
        if complete and plan.stage != "marking" or (plan.stage == "marking" and form.day == "C1"):
            _confirm_disagreements(champ, code, form)
            champ.lock_form(code, form.id)
    if plan.stage == "final":
        chief = next(e for e in experts if e.role is ExpertRole.CHIEF)
        champ.sign_off(code, chief.full_name)


def _confirm_disagreements(champ: Championship, code: str, form: SubCriterion) -> None:
    status = champ.form_status(code, form.id)
    for aspect_id, entrant_id in getattr(status, "disagreements", []):
        champ.confirm_disagreement(code, aspect_id, entrant_id, "Оценки подтверждены главным экспертом")


def _text(value: Decimal) -> str:
    from ..domain.entry import canonical

    return canonical(value)
