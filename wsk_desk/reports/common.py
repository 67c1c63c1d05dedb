"""What every document says the same way: the competency line, revision, regions, people.

All visible words go through `translate("Reports", ...)` so the languages
engineer's .ts/.qm files translate them; names come from the data in `lang`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import DeskError
from ..domain.people import Competency, Expert, ExpertRole, Person
from ..storage.audit import last_hash

translate = QCoreApplication.translate

LANGS = ("ru", "kk", "en")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise DeskError(f"Unknown language {lang!r}: choose ru, kk or en.")
    return lang


def competency_line(comp: Competency, lang: str) -> str:
    """'17 · Веб-технологии' as in every header."""
    return f"{comp.code} · {comp.name(lang)}"


def revision_text(champ, code: str) -> str:
    """'Revision 2 (final)' or 'Revision 1, reopened' or 'Revision 0 (not signed off)'."""
    revision = champ.revision(code)
    signed = champ.marksheet(code).signoff is not None
    if signed:
        return translate("Reports", "Revision {n} (final)").format(n=revision)
    if revision:
        return translate("Reports", "Revision {n}, reopened after sign-off").format(n=revision)
    return translate("Reports", "Revision 0 (not signed off)")


def record_text(champ) -> str:
    """The audit position the document was read at: ties a printout to the exact data."""
    seq, _ = last_hash(champ.db)
    return translate("Reports", "Audit entry #{seq}").format(seq=seq)


def region_names(champ, lang: str) -> dict[str, str]:
    return {r.code: r.name(lang) for r in champ.regions()}


def role_name(role: ExpertRole) -> str:
    return {
        ExpertRole.CHIEF: translate("Reports", "Chief Expert"),
        ExpertRole.DEPUTY: translate("Reports", "Deputy Chief Expert"),
        ExpertRole.EXPERT: translate("Reports", "Expert"),
    }[role]


def person_label(person: Person | None, fallback: str = "") -> str:
    """'E03 Ким Олег Петрович' — id first, so a list can be checked against the forms."""
    if person is None:
        return fallback
    return f"{person.id} {person.full_name}"


def experts_by_role(experts: list[Expert], role: ExpertRole) -> list[Expert]:
    return [e for e in experts if e.role is role]


def medal_name(medal) -> str:
    """The medal word as printed; `medal` is a domain Medal or its value string, or None."""
    value = getattr(medal, "value", medal)
    if not value:
        return ""
    return {
        "GOLD": translate("Reports", "Gold"),
        "SILVER": translate("Reports", "Silver"),
        "BRONZE": translate("Reports", "Bronze"),
        "EXCELLENCE": translate("Reports", "Medallion for Excellence"),
    }.get(str(value).upper(), str(value))


def medal_class(medal) -> str:
    value = getattr(medal, "value", medal)
    return str(value).lower() if value else ""


def finality_text(shown: list) -> str:
    """'Final: 20 of 50 competencies' — the revision line of a championship-wide document."""
    final = sum(1 for r in shown if r.status == "final")
    return translate("Reports", "Final: {final} of {count} competencies").format(final=final, count=len(shown))


def status_note(status: str) -> str:
    """'' for final results; otherwise why they can still change."""
    if status == "final":
        return ""
    if status == "provisional":
        return translate("Reports", "PROVISIONAL")
    return translate("Reports", "PROVISIONAL, marking in progress")
