"""Explanations as data: a reason code with parameters, rendered in ru, kk or en.

The engine records *why* (a code and its figures); the GUI, reports and JSON
render it in the reader's language, so the same result explains itself everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGS = ("ru", "kk", "en")


@dataclass(frozen=True, eq=True)
class Why:
    """A structured reason: `code` picks the sentence, `params` fills it."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)


MEDAL_NAMES = {
    "en": {"GOLD": "gold", "SILVER": "silver", "BRONZE": "bronze", "EXCELLENCE": "Medallion for Excellence"},
    "ru": {"GOLD": "золото", "SILVER": "серебро", "BRONZE": "бронза",
           "EXCELLENCE": "медальон «За особое отличие»"},
    "kk": {"GOLD": "алтын", "SILVER": "күміс", "BRONZE": "қола", "EXCELLENCE": "«Ерекше үздік» медальоны"},
}

BASIS = {"en": {"scale": "scale", "raw": "raw"}, "ru": {"scale": "шкала", "raw": "баллы"},
         "kk": {"scale": "шкала", "raw": "балл"}}


_KK_BACK_UNITS = {6, 9}  # алты, тоғыз take -ншы; the other digits take -нші
_KK_BACK_TENS = {1, 2, 3, 4, 6, 9}  # он, жиырма, отыз, қырық, алпыс, тоқсан


def _kk_suffix(n: int) -> str:
    """Kazakh ordinal suffix by vowel harmony of the last number word (1-ші, 6-шы, 10-шы, 100-ші)."""
    if n % 10:
        return "шы" if n % 10 in _KK_BACK_UNITS else "ші"
    if n % 100:
        return "шы" if (n // 10) % 10 in _KK_BACK_TENS else "ші"
    return "ші"  # жүз, мың


def ordinal(n: int, lang: str) -> str:
    """1st / 1-е / 1-ші: a place number in words of the language."""
    if lang == "ru":
        return f"{n}-е"
    if lang == "kk":
        return f"{n}-{_kk_suffix(n)}"
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "medal": "rank {rank} → {medal}",
        "medal_tie": "tie for {place} ({tied} share it) → {medal}",
        "medallion": "rank {rank}, {basis} {score} ≥ {threshold} → {excellence}",
        "no_award": "rank {rank}, {basis} {score} < {threshold}: no medallion",
        "min_count": "rank {rank}, but fewer than {needed} competitors: no {medal} ({preset})",
        "over": "{basis} {score} ≥ {threshold} → {excellence}",
        "under": "{basis} {score} < {threshold}: no medallion",
        "withdrawn": "withdrawn: no result",
        "not_marked": "no marks entered yet: no result",
        "absent_everywhere": "absent from every form: no result",
        "missing_marks": "{count} marks missing: {where}",
        "disagreement": "{aspect} · {entrant}: judges' scores {scores} differ by more than {threshold} (max − min); "
                        "re-score, or the Chief Expert confirms them with a reason",
        "reason_missing": "{aspect} · {entrant}: a deduction ({value} of {max}) needs a written reason",
        "out_of_range": "{aspect} · {entrant}: {value} is outside 0 to {max}",
        "compatriot": "form {form} · {entrant}: judge {expert} is a compatriot; substitute another expert",
    },
    "ru": {
        "medal": "место {rank} → {medal}",
        "medal_tie": "делят {place} место ({tied}) → {medal}",
        "medallion": "место {rank}, {basis} {score} ≥ {threshold} → {excellence}",
        "no_award": "место {rank}, {basis} {score} < {threshold}: без медальона",
        "min_count": "место {rank}, но конкурсантов меньше {needed}: {medal} не вручается ({preset})",
        "over": "{basis} {score} ≥ {threshold} → {excellence}",
        "under": "{basis} {score} < {threshold}: без медальона",
        "withdrawn": "снят с соревнований: без результата",
        "not_marked": "оценки ещё не внесены: без результата",
        "absent_everywhere": "отсутствовал во всех ведомостях: без результата",
        "missing_marks": "не хватает оценок: {count} ({where})",
        "disagreement": "{aspect} · {entrant}: оценки судей {scores} расходятся больше чем на {threshold}; "
                        "нужна переоценка или подтверждение главного эксперта с причиной",
        "reason_missing": "{aspect} · {entrant}: снижение ({value} из {max}) требует письменной причины",
        "out_of_range": "{aspect} · {entrant}: {value} вне диапазона от 0 до {max}",
        "compatriot": "ведомость {form} · {entrant}: судья {expert} — компатриот; нужна замена эксперта",
    },
    "kk": {
        "medal": "{rank}-орын → {medal}",
        "medal_tie": "{place} орынды бөліседі ({tied}) → {medal}",
        "medallion": "{rank}-орын, {basis} {score} ≥ {threshold} → {excellence}",
        "no_award": "{rank}-орын, {basis} {score} < {threshold}: медальонсыз",
        "min_count": "{rank}-орын, бірақ конкурсанттар {needed}-ден аз: {medal} берілмейді ({preset})",
        "over": "{basis} {score} ≥ {threshold} → {excellence}",
        "under": "{basis} {score} < {threshold}: медальонсыз",
        "withdrawn": "жарыстан шығарылды: нәтиже жоқ",
        "not_marked": "бағалар әлі енгізілмеген: нәтиже жоқ",
        "absent_everywhere": "барлық ведомостарда болмады: нәтиже жоқ",
        "missing_marks": "бағалар жетіспейді: {count} ({where})",
        "disagreement": "{aspect} · {entrant}: төрешілер бағалары {scores} {threshold}-ден артық "
                        "ажырасады; қайта бағалау немесе бас сарапшының себеппен растауы керек",
        "reason_missing": "{aspect} · {entrant}: төмендету ({value} / {max}) жазбаша себепті қажет етеді",
        "out_of_range": "{aspect} · {entrant}: {value} 0-ден {max}-ге дейінгі аралықтан тыс",
        "compatriot": "ведомость {form} · {entrant}: {expert} төреші — компатриот; сарапшыны ауыстыру керек",
    },
}


def why_text(why: Why, lang: str = "en") -> str:
    """The sentence for a reason in `lang` (ru, kk or en; anything else falls back to en)."""
    lang = lang if lang in TEMPLATES else "en"
    p = dict(why.params)
    medals = MEDAL_NAMES[lang]
    if "medal" in p and p["medal"] in medals:
        p["medal"] = medals[p["medal"]]
    p["excellence"] = medals["EXCELLENCE"]
    if "basis" in p:
        p["basis"] = BASIS[lang].get(p["basis"], p["basis"])
    if "rank" in p and p["rank"] is not None:
        p["place"] = ordinal(int(p["rank"]), lang)
    text = TEMPLATES[lang][why.code].format(**p)
    extra = p.get("then")
    if isinstance(extra, Why):
        text += "; " + why_text(extra, lang)
    return text
