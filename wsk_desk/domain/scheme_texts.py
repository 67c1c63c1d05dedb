"""A marking scheme's texts in other languages, as flat keys: what storage keeps and imports bring.

The scheme's own texts stay as imported; translations are keyed by
(kind, item id, score, language) so that storage holds one row per text and a
translation file only has to name the items it translates. `score` is the
judgement score for a descriptor and -1 for every other kind.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Mapping

from .ids import fold, is_cyrillic
from .scheme import Aspect, MarkingScheme

LANGS = ("ru", "kk", "en")
KINDS = ("criterion", "subcriterion", "aspect", "extra", "descriptor")
NO_SCORE = -1
TextKey = tuple[str, str, int, str]  # (kind, item id, score or NO_SCORE, language)

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def own_texts(scheme: MarkingScheme) -> Iterator[tuple[str, str, int, str]]:
    """(kind, item, score, text) of every imported text, in scheme order."""
    for c in scheme.criteria:
        yield "criterion", c.id, NO_SCORE, c.name
        for s in c.subcriteria:
            yield "subcriterion", s.id, NO_SCORE, s.name
            for a in s.aspects:
                yield "aspect", a.id, NO_SCORE, a.description
                yield "extra", a.id, NO_SCORE, a.extra
                for score, text in sorted(a.descriptors.items()):
                    yield "descriptor", a.id, score, text


def flat_texts(scheme: MarkingScheme) -> dict[TextKey, str]:
    """Every translation the scheme carries."""
    out: dict[TextKey, str] = {}
    for c in scheme.criteria:
        out.update({("criterion", c.id, NO_SCORE, lang): t for lang, t in c.texts.items()})
        for s in c.subcriteria:
            out.update({("subcriterion", s.id, NO_SCORE, lang): t for lang, t in s.texts.items()})
            for a in s.aspects:
                out.update({("aspect", a.id, NO_SCORE, lang): t for lang, t in a.texts.items()})
                out.update({("extra", a.id, NO_SCORE, lang): t for lang, t in a.extra_texts.items()})
                for lang, scores in a.descriptor_texts.items():
                    out.update({("descriptor", a.id, score, lang): t for score, t in scores.items()})
    return out


class TextIndex:
    """Flat translations grouped per item, so a loader can hand each item its texts as it builds it."""

    def __init__(self, texts: Mapping[TextKey, str]):
        self.by: dict[tuple[str, str], dict[str, str]] = {}
        raw: dict[str, dict[str, dict[int, str]]] = {}
        for (kind, item, score, lang), text in texts.items():
            if kind == "descriptor":
                raw.setdefault(item, {}).setdefault(lang, {})[score] = text
            else:
                self.by.setdefault((kind, item), {})[lang] = text
        self.descriptors = {item: {lang: dict(sorted(d.items())) for lang, d in sorted(langs.items())}
                            for item, langs in raw.items()}

    def of(self, kind: str, item: str) -> dict[str, str]:
        return self.by.get((kind, item), {})

    def aspect_texts(self, aspect_id: str) -> dict:
        """The keyword arguments of Aspect that carry its translations."""
        return {"texts": self.of("aspect", aspect_id), "extra_texts": self.of("extra", aspect_id),
                "descriptor_texts": self.descriptors.get(aspect_id, {})}


def with_texts(scheme: MarkingScheme, texts: Mapping[TextKey, str]) -> MarkingScheme:
    """The scheme carrying exactly these translations (keys naming no item of it are ignored)."""
    index = TextIndex(texts)
    by = index.by

    def aspect(a: Aspect) -> Aspect:
        return replace(a, **index.aspect_texts(a.id))

    return replace(scheme, criteria=tuple(
        replace(c, texts=by.get(("criterion", c.id), {}), subcriteria=tuple(
            replace(s, texts=by.get(("subcriterion", s.id), {}), aspects=tuple(aspect(a) for a in s.aspects))
            for s in c.subcriteria)) for c in scheme.criteria))


def translation(scheme: MarkingScheme, translated: MarkingScheme, lang: str) -> dict[TextKey, str]:
    """The texts of `translated` as `lang` texts of `scheme`, keyed by the scheme's own ids.

    Items are matched by look-alike-insensitive id; the caller has checked that the
    structures match. Empty texts are left out (the imported text shows instead).
    """
    theirs = {(kind, fold(item), score): text for kind, item, score, text in own_texts(translated)}
    out: dict[TextKey, str] = {}
    for kind, item, score, _ in own_texts(scheme):
        text = theirs.get((kind, fold(item), score), "").strip()
        if text:
            out[(kind, item, score, lang)] = text
    return out


def without_lang(texts: Mapping[TextKey, str], lang: str) -> dict[TextKey, str]:
    return {k: v for k, v in texts.items() if k[3] != lang}


def detect_language(scheme: MarkingScheme) -> str:
    """kk when the texts use Kazakh-specific letters, ru for other Cyrillic, en otherwise.

    A single Kazakh place name in a Russian scheme should not make it Kazakh, so the
    Kazakh letters must be at least 1 in 50 Cyrillic letters (Kazakh prose has far more).
    """
    cyrillic = kazakh = 0
    for *_, text in own_texts(scheme):
        for ch in text:
            if is_cyrillic(ch):
                cyrillic += 1
                kazakh += ch in KAZAKH_LETTERS
    if kazakh and kazakh * 50 >= cyrillic:
        return "kk"
    return "ru" if cyrillic else "en"
