"""Printable documents: marking forms, results sheets, medal list, team standings, audit report.

The one entry point for the GUI and the CLI:

    doc = build_document("results", champ, code="17", lang="kk")   # kinds: see KINDS
    doc.to_pdf("17.pdf")                      # Save as PDF: atomic (a temp file, then rename); returns pages

    printer = QPrinter(QPrinter.HighResolution)
    doc.setup_printer(printer)                # A4, no margins, the orientation the widest section needs
    preview = QPrintPreviewDialog(printer)    # Print preview
    preview.paintRequested.connect(doc.print_to)
    # Print…: QPrintDialog(printer).exec() == Accepted, then doc.print_to(printer)

Building reads the file (results are computed then); painting does not, so a
preview may repaint at will. DeskError carries the one-sentence refusals.

A file that failed its integrity check (`champ.integrity`, set by the desk's
open-time check and by `wsk-desk print`, or `integrity=` given here) is still
printed, with a red warning naming the first problem in every page's header.

Each document is HTML laid out by QTextDocument on the target device, with
headers and footers painted by `document.Document`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from ..domain.errors import DeskError
from ..i18n import use_language
from .common import check_lang, record_text, translate
from .document import Document, Section, ensure_app

__all__ = ["KINDS", "Document", "Section", "build_document", "ensure_app"]


def _forms(champ, code, form, lang):
    from .marking_form import marking_form_sections

    return [s for c in _codes(champ, code) if _has_scheme(champ, c, code)
            for s in marking_form_sections(champ, c, form, filled=False, lang=lang)]


def _marks(champ, code, form, lang):
    from .marking_form import marking_form_sections

    return [s for c in _codes(champ, code) if _has_scheme(champ, c, code)
            for s in marking_form_sections(champ, c, form, filled=True, lang=lang)]


def _results(champ, code, form, lang):
    from .results_sheet import results_sections

    return [s for c in _codes(champ, code) if _has_scheme(champ, c, code) for s in results_sections(champ, c, lang)]


def _medals(champ, code, form, lang):
    from .medal_list import medal_list_sections

    return medal_list_sections(champ, _codes(champ, code), lang)


def _standings(champ, code, form, lang):
    from .standings import standings_sections

    return standings_sections(champ, lang)


def _best(champ, code, form, lang):
    from .national_lists import best_sections

    return best_sections(champ, lang)


def _pending(champ, code, form, lang):
    from .national_lists import pending_sections

    return pending_sections(champ, lang)


def _audit(champ, code, form, lang):
    from .audit_report import audit_sections

    return [s for c in _codes(champ, code) for s in audit_sections(champ, c, lang)]


# kind -> builder(champ, code or None, form or None, lang) -> sections; `wsk-desk print` offers these kinds
KINDS: dict[str, Callable[..., list[Section]]] = {
    "forms": _forms,
    "marks": _marks,
    "results": _results,
    "medals": _medals,
    "standings": _standings,
    "best": _best,
    "pending": _pending,
    "audit": _audit,
}


def build_document(kind: str, champ, code: str | None = None, form: str | None = None,
                   lang: str = "ru", integrity=None) -> Document:
    """The document of `kind` for one competency (`code`) or, without it, the whole championship.

    `integrity`: the file's audit check (anything with `.ok` and `.problems`); default `champ.integrity`.
    """
    check_lang(lang)
    if kind not in KINDS:
        raise DeskError(f"Unknown document {kind!r}: choose one of {', '.join(KINDS)}.")
    if form is not None and code is None:
        raise DeskError("A form (--form) belongs to a competency: name it with --competency too.")
    ensure_app()
    with use_language(lang):  # the document's words in its language, whatever the desk speaks
        sections = KINDS[kind](champ, code, form, lang)
        record = record_text(champ)
        warning = integrity_warning(integrity if integrity is not None else getattr(champ, "integrity", None))
    if not sections:
        raise DeskError("There is nothing to print: no competency has a marking scheme yet.")
    return Document(champ.name, sections, lang, datetime.now().astimezone(), record, warning=warning)


def integrity_warning(report) -> str:
    """The red header line for a file that failed its integrity check, in the current language; else ''."""
    if report is None or report.ok:
        return ""
    problems = list(getattr(report, "problems", []) or [])
    first = problems[0] if problems else translate("Reports", "the audit record does not prove the marks.")
    return translate("Reports", "WARNING: this file failed its integrity check (verify): {problem}").format(
        problem=first)


def _codes(champ, code: str | None) -> list[str]:
    if code is not None:
        return [champ.competency(code).code]
    return [c.code for c in champ.competencies()]


def _has_scheme(champ, c: str, asked: str | None) -> bool:
    """Whole-championship documents skip competencies still in setup; a named one is always tried."""
    return asked is not None or bool(champ.scheme(c).criteria)
