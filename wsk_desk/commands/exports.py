"""`export` (Excel for the organizer) and `print` (PDF documents to sign), headless.

    wsk-desk export FILE medals|results|standings|best|pending OUT.xlsx [--competency CODE]... [--lang ru|kk|en]
    wsk-desk export FILE people-template OUT.xlsx
    wsk-desk export FILE scheme OUT.xlsx --competency CODE [--lang ru|kk|en]
    wsk-desk print FILE forms|marks|results|medals|standings|best|pending|audit OUT.pdf [--competency CODE]
                   [--form ID] [--lang ru|kk|en]

Both check the file's audit record first (storage.audit_snapshot, a fraction of
a second on a national file). A file altered behind the desk's back is still
printed and exported, because the organizer may need the paper, but a warning
naming the first problem goes to stderr and every printed page carries it in red.

`export` kinds are registered in `KINDS`; another kind (the results package of
issue 9) is one more entry there, e.g.
    KINDS["package"] = ExportKind(_export_package, ".wskpkg", "results package of the competencies")
where `_export_package(champ, args)` writes `args.out` and returns the line to print.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..domain.errors import DeskError
from .common import open_file

LANGS = ("ru", "kk", "en")


@dataclass(frozen=True)
class ExportKind:
    """One `export` kind: `run(champ, args) -> message` writes `args.out`, which must end in `suffix`."""

    run: Callable[..., str]
    suffix: str
    help: str
    opens_file: bool = True  # False: `run(None, args)` opens FILE itself


def _codes(champ, args: argparse.Namespace) -> list[str] | None:
    return [champ.competency(c).code for c in args.competency] if args.competency else None


def _export_medals(champ, args: argparse.Namespace) -> str:
    from ..exchange.excel_export import export_medal_list

    done = export_medal_list(champ, args.out, _codes(champ, args), args.lang)
    return f"Wrote {done.path}: medal list, {done.rows} rows."


def _export_results(champ, args: argparse.Namespace) -> str:
    from ..exchange.excel_export import export_results

    done = export_results(champ, args.out, _codes(champ, args), args.lang)
    return f"Wrote {done.path}: results workbook, {len(done.sheets)} sheets."


def _export_standings(champ, args: argparse.Namespace) -> str:
    from ..exchange.excel_export import export_standings

    if args.competency:
        raise DeskError("Team standings cover the whole championship: leave out --competency.")
    done = export_standings(champ, args.out, args.lang)
    return f"Wrote {done.path}: team standings, {done.rows} rows."


def _export_best(champ, args: argparse.Namespace) -> str:
    from ..exchange.excel_export import export_best

    if args.competency:
        raise DeskError("Best results cover the whole championship: leave out --competency.")
    done = export_best(champ, args.out, args.lang)
    return f"Wrote {done.path}: best results, {done.rows} rows."


def _export_pending(champ, args: argparse.Namespace) -> str:
    from ..exchange.excel_export import export_pending

    done = export_pending(champ, args.out, _codes(champ, args), args.lang)
    return f"Wrote {done.path}: competencies not yet final, {done.rows} rows."


def _export_package(champ, args: argparse.Namespace) -> str:
    from .merge import export_package  # issue 9: the results package for the organizer's merge

    return export_package(champ, args.out, _codes(champ, args))


def _export_people_template(champ, args: argparse.Namespace) -> str:
    from ..exchange.people_reader import write_people_template

    if args.competency:
        raise DeskError("The people template is blank for every competency: leave out --competency.")
    write_people_template(args.out)
    return f"Wrote {args.out}: blank people list (sheets regions, competitors, experts, and help)."


def _export_scheme(champ, args: argparse.Namespace) -> str:
    from ..exchange.scheme_writer import write_marking_scheme

    if not args.competency:
        raise DeskError("Name the competency whose marking scheme to export: add --competency CODE.")
    if len(args.competency) > 1:
        raise DeskError("A marking scheme file holds one competency: give --competency once.")
    comp = champ.competency(args.competency[0])
    scheme = champ.scheme(comp.code)
    if not scheme.criteria:
        raise DeskError(f"Competency {comp.code} has no marking scheme yet: there is nothing to export.")
    write_marking_scheme(scheme, args.out, title=comp.name(args.lang))
    return (f"Wrote {args.out}: marking scheme of {comp.code}, {scheme.aspect_count} aspects, "
            f"total {scheme.total.normalize():f}.")


KINDS: dict[str, ExportKind] = {
    "medals": ExportKind(_export_medals, ".xlsx", "medal list, one row per competitor result"),
    "results": ExportKind(_export_results, ".xlsx", "summary, standings and a sheet per competency"),
    "standings": ExportKind(_export_standings, ".xlsx", "team standings, main and juniors"),
    "best": ExportKind(_export_best, ".xlsx", "best of championship and best of each region"),
    "pending": ExportKind(_export_pending, ".xlsx", "the competencies not yet final and what they wait for"),
    "package": ExportKind(_export_package, ".wskpkg", "results package of the competencies, for the merge"),
    "people-template": ExportKind(_export_people_template, ".xlsx", "blank people list to fill in and import"),
    "scheme": ExportKind(_export_scheme, ".xlsx", "the marking scheme of one competency, CIS template layout"),
}

PRINT_KINDS = {
    "forms": "blank marking forms",
    "marks": "filled marking forms, for the marking team's signatures",
    "results": "results sheets",
    "medals": "the medal list",
    "standings": "team standings",
    "best": "best of championship and best of each region",
    "pending": "the competencies not yet final",
    "audit": "the audit report of a competency",
}


def register(sub: argparse._SubParsersAction) -> None:
    kinds = "; ".join(f"{k}: {v.help}" for k, v in KINDS.items())
    p = sub.add_parser("export", help="write Excel (or another export) for the organizer",
                       description=f"Kinds: {kinds}.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("kind", choices=list(KINDS), metavar="|".join(KINDS))
    p.add_argument("out", metavar="OUT")
    p.add_argument("--competency", action="append", metavar="CODE", help="only this competency (repeatable)")
    p.add_argument("--lang", choices=LANGS, default="ru", help="language of headers and names (default ru)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("print", help="write a printable document as PDF",
                       description="Kinds: " + "; ".join(f"{k}: {v}" for k, v in PRINT_KINDS.items()) + ".")
    p.add_argument("file", metavar="FILE")
    p.add_argument("kind", choices=list(PRINT_KINDS), metavar="|".join(PRINT_KINDS))
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--competency", metavar="CODE", help="only this competency (default: all)")
    p.add_argument("--form", metavar="ID", help="only this marking form (with --competency)")
    p.add_argument("--lang", choices=LANGS, default="ru", help="language of names and numbers (default ru)")
    p.set_defaults(func=cmd_print)


def _check_out(out: str, suffix: str, what: str) -> None:
    path = Path(out)
    if path.suffix.lower() != suffix:
        raise DeskError(f"{what} is written as a {suffix} file: name the output {path.stem or 'OUT'}{suffix}.")
    if path.is_dir():
        raise DeskError(f"{path}: this is a folder; name the output file.")
    if not path.parent.is_dir():
        raise DeskError(f"{path.parent}: the folder does not exist.")


def cmd_export(args: argparse.Namespace) -> int:
    kind = KINDS[args.kind]
    _check_out(args.out, kind.suffix, f"'{args.kind}'")
    if not kind.opens_file:
        print(_write(kind, None, args))
        return 0
    with open_file(args.file) as champ:
        warn_if_altered(champ, args.file)
        print(_write(kind, champ, args))
    return 0


def warn_if_altered(champ, path: str) -> None:
    """Check the audit record; a file that fails it gets a warning line on stderr and `champ.integrity`,
    which every document built from it prints in red (reports.build_document). Never refuses."""
    import sys

    from ..storage.audit_snapshot import verify_snapshot

    report = verify_snapshot(path)
    champ.integrity = report
    if not report.ok:
        first = report.problems[0] if report.problems else "the audit record does not prove the marks."
        print(f"wsk-desk: warning: {path} failed its integrity check (verify): {first}", file=sys.stderr)


def _write(kind: ExportKind, champ, args: argparse.Namespace) -> str:
    """Run an export; a failed write (full disk, read-only folder) is one sentence naming OUT, exit 2."""
    from ..exchange.xlsx_output import cannot_write

    try:
        return kind.run(champ, args)
    except OSError as exc:
        out = Path(args.out).absolute()
        if exc.filename and Path(exc.filename).absolute().parent != out.parent:
            raise  # not the output (e.g. FILE itself): the general handler names that file
        raise cannot_write(args.out, exc) from exc


def cmd_print(args: argparse.Namespace) -> int:
    _check_out(args.out, ".pdf", f"'{args.kind}'")
    if args.form and not args.competency:
        raise DeskError("A form belongs to a competency: add --competency CODE to --form.")
    if args.form and args.kind not in ("forms", "marks"):
        raise DeskError("--form applies to marking forms only (forms, marks).")
    if args.kind == "audit" and not args.competency:
        raise DeskError("The audit report is per competency: add --competency CODE.")
    import sys

    from ..i18n import use_language
    from ..reports import build_document, ensure_app
    from ..reports.pdf_file import PdfWriteError

    with open_file(args.file) as champ:
        warn_if_altered(champ, args.file)
        ensure_app()  # translators need the application object
        with use_language(args.lang):  # headers, footers and words of the PDF in --lang
            doc = build_document(args.kind, champ, code=args.competency, form=args.form, lang=args.lang)
            try:
                pages = doc.to_pdf(args.out)
            except PdfWriteError as exc:  # a failure (full disk...), not a refusal: exit 1, like other OS errors
                print(f"wsk-desk: {exc}", file=sys.stderr)
                return 1
    print(f"Wrote {args.out}: {PRINT_KINDS[args.kind]}, {pages} {'page' if pages == 1 else 'pages'}.")
    return 0
