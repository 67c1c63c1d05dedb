"""Marking-scheme texts in other languages: the `scheme_texts` rows and the action that replaces them.

A translation changes no mark, so it is allowed on a competency with marks,
locked forms or a sign-off; it is still one transaction with one audit entry
(file, checksum, language, how many texts), like every import.
"""

from __future__ import annotations

from typing import Mapping

from sqlite_utils import Database

from ..domain.scheme import MarkingScheme
from ..domain.scheme_texts import TextKey, detect_language, flat_texts
from . import audit

COLUMNS = ("kind", "item", "score", "lang", "text")


def load_texts(db: Database, competency: str) -> dict[TextKey, str]:
    return {(kind, item, score, lang): text for kind, item, score, lang, text in db.execute(
        "SELECT kind, item, score, lang, text FROM scheme_texts WHERE competency = ?", (competency,))}


def scheme_lang(db: Database, competency: str) -> str:
    row = db.execute("SELECT scheme_lang FROM competencies WHERE code = ?", (competency,)).fetchone()
    return row[0] if row else ""


def delete_texts(db: Database, competency: str, lang: str | None = None) -> None:
    if lang is None:
        db.execute("DELETE FROM scheme_texts WHERE competency = ?", (competency,))
    else:
        db.execute("DELETE FROM scheme_texts WHERE competency = ? AND lang = ?", (competency, lang))


def insert_texts(db: Database, competency: str, texts: Mapping[TextKey, str]) -> None:
    db.conn.executemany(
        "INSERT INTO scheme_texts (competency, kind, item, score, lang, text) VALUES (?,?,?,?,?,?)",
        [(competency, *key, text) for key, text in sorted(texts.items())])


def save_scheme_texts(db: Database, competency: str, scheme: MarkingScheme) -> str:
    """The scheme's language (detected from its texts when not given) and its translations; returns the language."""
    lang = scheme.lang or detect_language(scheme)
    db.execute("UPDATE competencies SET scheme_lang = ? WHERE code = ?", (lang, competency))
    insert_texts(db, competency, flat_texts(scheme))
    return lang


class SchemeTextsMixin:
    """Mixed into Championship; uses its db, actor, _writable(), _risky() and _changed()."""

    def replace_scheme_texts(self, code: str, lang: str, texts: Mapping[TextKey, str], *, source: str = "",
                             checksum: str = "") -> int:
        """Make `texts` the competency's `lang` translation (the previous one in `lang` goes), audited once."""
        self._writable()  # type: ignore[attr-defined]
        self._risky("import")  # type: ignore[attr-defined]
        db: Database = self.db  # type: ignore[attr-defined]
        old = db.execute("SELECT COUNT(*) FROM scheme_texts WHERE competency = ? AND lang = ?",
                         (code, lang)).fetchone()[0]
        mine = {k: v for k, v in texts.items() if k[3] == lang}
        with db.atomic():
            delete_texts(db, code, lang)
            insert_texts(db, code, mine)
            seq = audit.append(db, actor=self.actor, action="scheme.texts", competency=code,  # type: ignore
                               target=source, old={"lang": lang, "texts": old} if old else None,
                               new={"file": source, "sha256": checksum, "lang": lang, "texts": len(mine)})
        self._changed(code, "scheme.texts")  # type: ignore[attr-defined]
        return seq
