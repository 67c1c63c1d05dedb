"""The marking scheme: criteria, sub-criteria (one marking form each) and aspects.

Texts keep the language they were imported in (`description`, `name`); a
translation imported later for another language sits beside them in `texts`
(language -> text), so a Kazakh desk shows Kazakh where it was given and the
imported text where it was not. Marks never depend on these texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum
from typing import Iterator, Mapping


def text_in(own: str, texts: Mapping[str, str], lang: str | None) -> str:
    """The text in `lang` where a translation was given, otherwise the imported text."""
    return (texts.get(lang) if lang else None) or own


class AspectType(str, Enum):
    MEASUREMENT = "M"
    JUDGEMENT = "J"


@dataclass(frozen=True)
class Aspect:
    """One line of a marking form. `id` is `<form>.<n>`, n 1-based within the form."""

    id: str
    type: AspectType
    description: str
    max_mark: Decimal
    extra: str = ""  # extra aspect description / measurement method
    requirement: str = ""  # requirement or nominal size (measurement only)
    wsss_section: str = ""
    descriptors: dict[int, str] = field(default_factory=dict)  # judgement 0..3
    texts: Mapping[str, str] = field(default_factory=dict)  # description in other languages
    extra_texts: Mapping[str, str] = field(default_factory=dict)  # extra description in other languages
    descriptor_texts: Mapping[str, Mapping[int, str]] = field(default_factory=dict)  # lang -> {score: text}

    @property
    def is_judgement(self) -> bool:
        return self.type is AspectType.JUDGEMENT

    def text(self, lang: str | None) -> str:
        return text_in(self.description, self.texts, lang)

    def extra_in(self, lang: str | None) -> str:
        return text_in(self.extra, self.extra_texts, lang)

    def descriptors_in(self, lang: str | None) -> dict[int, str]:
        """Each score's descriptor in `lang`, score by score falling back to the imported one."""
        given = self.descriptor_texts.get(lang, {}) if lang else {}
        return {score: given.get(score) or text for score, text in self.descriptors.items()}

    def in_language(self, lang: str | None) -> Aspect:
        """This aspect with its texts in `lang` (fallback: imported) as its own: for screens and paper."""
        return replace(self, description=self.text(lang), extra=self.extra_in(lang),
                       descriptors=self.descriptors_in(lang))


@dataclass(frozen=True)
class SubCriterion:
    """One marking form with its own marking team."""

    id: str
    name: str
    day: str = ""  # marking day, e.g. "C1"
    aspects: tuple[Aspect, ...] = ()
    texts: Mapping[str, str] = field(default_factory=dict)  # name in other languages

    def text(self, lang: str | None) -> str:
        return text_in(self.name, self.texts, lang)

    @property
    def max_mark(self) -> Decimal:
        return sum((a.max_mark for a in self.aspects), Decimal(0))

    @property
    def criterion_id(self) -> str:
        return self.id[:1]


@dataclass(frozen=True)
class Criterion:
    id: str  # a letter: A, B... or Cyrillic А, Б...
    name: str
    subcriteria: tuple[SubCriterion, ...] = ()
    texts: Mapping[str, str] = field(default_factory=dict)  # name in other languages

    @property
    def max_mark(self) -> Decimal:
        return sum((s.max_mark for s in self.subcriteria), Decimal(0))

    def text(self, lang: str | None) -> str:
        return text_in(self.name, self.texts, lang)


@dataclass(frozen=True)
class MarkingScheme:
    criteria: tuple[Criterion, ...] = ()
    # The language the scheme was imported in ("" unknown). Not part of equality: it says
    # how to read the texts, it is not one of them (a re-read export equals the stored scheme).
    lang: str = field(default="", compare=False)

    def in_language(self, lang: str | None) -> MarkingScheme:
        """The scheme with every text in `lang` where translated, the imported text elsewhere.

        Ids, types and marks are untouched, so the result serves every screen and printout as is.
        """
        if not lang:
            return self
        return replace(self, criteria=tuple(
            replace(c, name=c.text(lang), subcriteria=tuple(
                replace(s, name=s.text(lang), aspects=tuple(a.in_language(lang) for a in s.aspects))
                for s in c.subcriteria)) for c in self.criteria))

    def translations(self) -> list[str]:
        """The languages some text was translated into, sorted."""
        langs: set[str] = set()
        for c in self.criteria:
            langs |= set(c.texts)
            for s in c.subcriteria:
                langs |= set(s.texts)
                for a in s.aspects:
                    langs |= set(a.texts) | set(a.extra_texts) | set(a.descriptor_texts)
        return sorted(langs)

    @property
    def total(self) -> Decimal:
        return sum((c.max_mark for c in self.criteria), Decimal(0))

    def forms(self) -> Iterator[SubCriterion]:
        for c in self.criteria:
            yield from c.subcriteria

    def aspects(self) -> Iterator[Aspect]:
        for s in self.forms():
            yield from s.aspects

    def form(self, form_id: str) -> SubCriterion | None:
        from .ids import same_id

        for s in self.forms():
            if s.id == form_id or same_id(s.id, form_id):
                return s
        return None

    def aspect(self, aspect_id: str) -> Aspect | None:
        from .ids import same_id

        for a in self.aspects():
            if a.id == aspect_id or same_id(a.id, aspect_id):
                return a
        return None

    def form_of(self, aspect_id: str) -> SubCriterion | None:
        for s in self.forms():
            if any(a.id == aspect_id for a in s.aspects):
                return s
        return None

    @property
    def aspect_count(self) -> int:
        return sum(1 for _ in self.aspects())
