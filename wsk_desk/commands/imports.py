"""`scheme inspect` and `import scheme|scheme-texts|people|marks`: files in, all or nothing, warnings printed.

Refusals, warnings and the one-line summary speak `--lang` (ru, kk or en, as for
print and export): the readers' messages carry all three. The default stays English,
what scripts and the existing tests read; `scheme inspect --json` keeps English warnings.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal

from ..domain.display import fmt2
from ..domain.errors import DeskError
from ..exchange.messages import Message, say, text_in
from .common import open_file, print_json

LANGS = ("ru", "kk", "en")


def _lang_option(q: argparse.ArgumentParser) -> None:
    q.add_argument("--lang", choices=LANGS, default="en",
                   help="language of refusals, warnings and the summary (default en)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scheme", help="marking-scheme files without a championship")
    ssub = p.add_subparsers(dest="scheme_command", metavar="ACTION", required=True)
    q = ssub.add_parser("inspect", help="print the parsed marking scheme, its totals and warnings")
    q.add_argument("xlsx", metavar="XLSX")
    q.add_argument("--json", action="store_true")
    _lang_option(q)
    q.set_defaults(func=cmd_inspect)

    p = sub.add_parser("import", help="import a marking scheme, people or marks into a championship")
    isub = p.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    q = isub.add_parser("scheme", help="a marking scheme (CIS or Russian template) for one competency")
    q.add_argument("file", metavar="FILE")
    q.add_argument("xlsx", metavar="XLSX")
    q.add_argument("--competency", required=True, metavar="CODE")
    q.add_argument("--name", help="the competency's name (a new competency, or a new name)")
    q.add_argument("--team-size", type=int, metavar="N",
                   help="competitors per team: 2 or more makes a team competency, 1 an individual one")
    q.add_argument("--force", action="store_true", help="replace a scheme that already has marks (audited)")
    q.add_argument("--scheme-lang", choices=LANGS, metavar="ru|kk|en",
                   help="the language of the scheme's texts (default: detected from its letters)")
    _lang_option(q)
    q.set_defaults(func=cmd_import_scheme)
    q = isub.add_parser("scheme-texts", help="the competency's marking scheme translated into another language "
                                             "(texts only; marks unchanged)")
    q.add_argument("file", metavar="FILE")
    q.add_argument("xlsx", metavar="XLSX")
    q.add_argument("--competency", required=True, metavar="CODE")
    q.add_argument("--lang", required=True, choices=LANGS,
                   help="the language of the file's texts; refusals and the summary are said in it too")
    q.set_defaults(func=cmd_import_scheme_texts)
    q = isub.add_parser("people", help="regions, competitors and experts (xlsx)")
    q.add_argument("file", metavar="FILE")
    q.add_argument("xlsx", metavar="XLSX")
    _lang_option(q)
    q.set_defaults(func=cmd_import_people)
    q = isub.add_parser("marks", help="marks in long format (CSV or xlsx)")
    q.add_argument("file", metavar="FILE")
    q.add_argument("marks", metavar="CSV|XLSX")
    _lang_option(q)
    q.set_defaults(func=cmd_import_marks)


def scheme_json(scheme, warnings: list[str]) -> dict:
    return {
        "criteria": [{
            "id": c.id, "name": c.name, "max": float(c.max_mark),
            "subcriteria": [{
                "id": s.id, "name": s.name, "day": s.day,
                "aspects": [{"id": a.id, "type": a.type.value, "description": a.description,
                             "max": float(a.max_mark),
                             "descriptors": {str(k): v for k, v in sorted(a.descriptors.items())}}
                            for a in s.aspects]} for s in c.subcriteria]} for c in scheme.criteria],
        "total": float(scheme.total),
        "warnings": [str(w) for w in warnings],
    }


def _warn(warnings: list[str], lang: str) -> None:
    for w in warnings:
        print(say("cli_warning", lang, text=text_in(w, lang)), file=sys.stderr)


def _in_lang(lang: str, run):
    """Run `run()`; a refusal is re-raised as its sentence in `lang` (cli.main prints it, exit 2)."""
    try:
        return run()
    except DeskError as exc:
        said = exc.text(lang)
        if said == str(exc):
            raise
        raise DeskError(said) from None


def cmd_inspect(args: argparse.Namespace) -> int:
    from ..exchange.scheme_reader import read_marking_scheme

    result = _in_lang(args.lang, lambda: read_marking_scheme(args.xlsx))
    if args.json:
        print_json(scheme_json(result.scheme, result.warnings))
        return 0
    scheme = result.scheme
    for c in scheme.criteria:
        print(f"{c.id}  {c.name}  ({fmt2(c.max_mark)})")
        for s in c.subcriteria:
            print(f"  {s.id}  {s.name}" + (f"  [{s.day}]" if s.day else "") + f"  ({fmt2(s.max_mark)})")
            for a in s.aspects:
                print(f"    {a.id:<8} {a.type.value}  {fmt2(a.max_mark):>6}  {a.description[:70]}")
    m = sum(1 for a in scheme.aspects() if not a.is_judgement)
    print("\n" + say("cli_totals", args.lang, n=scheme.aspect_count, m=m, j=scheme.aspect_count - m,
                     total=Decimal(fmt2(scheme.total))))
    _warn(result.warnings, args.lang)
    return 0


def _import(args: argparse.Namespace, run, describe) -> int:
    """Open the file for writing, land the import whole (or refuse it), say what landed."""
    def land():
        with open_file(args.file, readonly=False) as champ:
            return run(champ)

    report = _in_lang(args.lang, land)
    print(describe(report).text(args.lang))
    _warn(report.warnings, args.lang)
    return 0


def cmd_import_scheme(args: argparse.Namespace) -> int:
    from ..exchange.importing import import_scheme

    return _import(args, lambda champ: import_scheme(champ, args.xlsx, args.competency, name=args.name,
                                                     force=args.force, team_size=args.team_size,
                                                     scheme_lang=args.scheme_lang),
                   lambda r: Message("cli_scheme", code=r.competencies[0], n=r.landed))


def cmd_import_people(args: argparse.Namespace) -> int:
    from ..exchange.importing import import_people

    return _import(args, lambda champ: import_people(champ, args.xlsx),
                   lambda r: Message("cli_people", n=r.landed,
                                     codes=r.competencies or Message("no_competency_word")))


def cmd_import_marks(args: argparse.Namespace) -> int:
    from ..exchange.importing import import_marks

    return _import(args, lambda champ: import_marks(champ, args.marks),
                   lambda r: Message("cli_marks", n=r.landed, codes=r.competencies))


def cmd_import_scheme_texts(args: argparse.Namespace) -> int:
    from ..exchange.scheme_translation import import_scheme_texts, landed_message

    return _import(args, lambda champ: import_scheme_texts(champ, args.xlsx, args.competency, args.lang),
                   lambda r: landed_message(r, args.lang))
