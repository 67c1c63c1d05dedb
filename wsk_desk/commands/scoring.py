"""`results` and `standings`: the scoring engine's answers, as a table or as JSON."""

from __future__ import annotations

import argparse

from ..domain.display import fmt2
from ..domain.standings import standings
from .common import open_file, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("results", help="raw marks, scale, ranks and medals of each competency")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--competency", metavar="CODE", help="one competency (look-alike letters match)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["ru", "kk", "en"], default="en", help="language of the 'why' texts")
    p.set_defaults(func=cmd_results)

    p = sub.add_parser("standings", help="team standings between regions, main and juniors")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_standings)


def results_json(champ, code: str | None = None, lang: str = "en") -> dict:
    codes = [champ.competency(code).code] if code else [c.code for c in champ.competencies()]
    return {"championship": champ.name,
            "competencies": [champ.results(c).to_json(lang) for c in codes]}


def standings_json(champ) -> dict:
    tables = standings(champ.all_results(), champ.settings())
    return {name: [row.to_json() for row in rows] for name, rows in tables.items()}


def cmd_results(args: argparse.Namespace) -> int:
    with open_file(args.file) as champ:
        data = results_json(champ, args.competency, args.lang)
    if args.json:
        print_json(data)
        return 0
    print(data["championship"])
    if not data["competencies"]:
        print("No competencies yet: import a marking scheme first (wsk-desk import scheme).")
    for comp in data["competencies"]:
        print()
        print(f"{comp['code']} {comp['name']} · {comp['status'].upper()} · median {comp['median']} · "
              f"sd {comp['sd']}")
        print(f"{'#':>3}  {'competitor':<34} {'region':<6} {'raw':>7} {'scale':>5}  {'medal':<10} why")
        for r in comp["results"]:
            rank = "" if r["rank"] is None else str(r["rank"])
            scale = "" if r["scale"] is None else str(r["scale"])
            print(f"{rank:>3}  {r['name'][:34]:<34} {r['region']:<6} {fmt2(r['raw']):>7} {scale:>5}  "
                  f"{(r['medal'] or ''):<10} {r['why']}")
    return 0


def cmd_standings(args: argparse.Namespace) -> int:
    with open_file(args.file) as champ:
        data = standings_json(champ)
        names = {r.code: r.name("en") for r in champ.regions()}
    if args.json:
        print_json(data)
        return 0
    if not any(data.values()):
        print("No medals or medallions yet: the team standings are empty.")
    for table, rows in data.items():
        if not rows:
            continue
        print(f"\n{table.upper()}")
        print(f"{'#':>3}  {'region':<28} {'G':>3} {'S':>3} {'B':>3} {'MfE':>4} {'points':>6}")
        for r in rows:
            print(f"{r['rank']:>3}  {r['region'] + ' ' + names.get(r['region'], ''):<28} {r['gold']:>3} "
                  f"{r['silver']:>3} {r['bronze']:>3} {r['medallion']:>4} {r['points']:>6}")
    return 0
