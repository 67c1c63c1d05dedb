"""National views for the organizer on the command line: `medals`, `best` and `pending`.

They read a (merged) master file and present the domain's standings and
best-of rankings; medals of competencies that are not final yet are flagged,
because they can still move.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.standings import Best, best_of_championship, best_of_region, standings
from .common import open_file, print_json

COUNTS = ("gold", "silver", "bronze", "medallion")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("medals", help="national medal table: medals per region across all competencies")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_medals)

    p = sub.add_parser("best", help="best of region and best of championship")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_best)

    p = sub.add_parser("pending", help="competencies whose results are not final yet")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_pending)


def medal_table(champ: Any) -> dict[str, Any]:
    results = champ.all_results()
    settings = champ.settings()
    tables = standings(results, settings)
    names = {r.code: r.name_ru for r in champ.regions()}
    out: dict[str, Any] = {"championship": champ.name,
                           "not_final": [r.code for r in results if r.status != "final"]}
    for category, rows in tables.items():
        if category == "juniors" and not rows:
            continue
        total = {k: sum(getattr(r, k) for r in rows) for k in COUNTS}
        out[category] = {"regions": [{**r.to_json(), "name": names.get(r.region, ""),
                                      "medals": r.gold + r.silver + r.bronze} for r in rows],
                         "total": total}
    return out


def cmd_medals(args: argparse.Namespace) -> int:
    with open_file(args.file) as champ:
        data = medal_table(champ)
    if args.json:
        print_json(data)
        return 0
    print(f"{data['championship']}: medal table")
    for category in ("main", "juniors"):
        if category not in data:
            continue
        print(f"\n{'Main category' if category == 'main' else 'Juniors'}")
        print(f"  {'rank':>4}  {'region':<6} {'gold':>5} {'silver':>6} {'bronze':>6} {'medallions':>10} {'points':>6}"
              f"  name")
        for r in data[category]["regions"]:
            print(f"  {r['rank']:>4}  {r['region']:<6} {r['gold']:>5} {r['silver']:>6} {r['bronze']:>6} "
                  f"{r['medallion']:>10} {r['points']:>6}  {r['name']}")
        t = data[category]["total"]
        print(f"  awarded: {t['gold']} gold, {t['silver']} silver, {t['bronze']} bronze, "
              f"{t['medallion']} medallions")
    if data["not_final"]:
        print(f"\nNot final yet (medals can still move): {', '.join(data['not_final'])}")
    return 0


def _best_json(b: Best) -> dict[str, Any]:
    row = b.row
    return {"competency": b.competency, "id": row.id, "members": list(row.members), "name": row.name,
            "region": row.region, "scale": row.scale, "raw": row.to_json()["raw"],
            "medal": row.medal.value if row.medal else None}


def best_views(champ: Any) -> dict[str, Any]:
    results = champ.all_results()
    return {"championship": [_best_json(b) for b in best_of_championship(results)],
            "regions": {region: [_best_json(b) for b in items]
                        for region, items in best_of_region(results).items()}}


def cmd_best(args: argparse.Namespace) -> int:
    with open_file(args.file) as champ:
        data = best_views(champ)
        title = champ.name
    if args.json:
        print_json(data)
        return 0
    print(f"{title}: best of championship")
    for b in data["championship"]:
        print(f"  {b['scale'] if b['scale'] is not None else b['raw']}  {b['name']} ({b['region']}), "
              f"competency {b['competency']}")
    print("\nBest of region")
    for region, items in data["regions"].items():
        for b in items:
            print(f"  {region:<6} {b['scale'] if b['scale'] is not None else b['raw']}  {b['name']}, "
                  f"competency {b['competency']}")
    return 0


def pending_list(champ: Any) -> list[dict[str, Any]]:
    """The competencies not final yet (exchange.national_lists, as the workbook and the PDF list them)."""
    from ..exchange.national_lists import pending_lines

    return [{"code": p.code, "name": p.name, "category": p.category, "status": p.status,
             "open_forms": list(p.open_forms), "missing_marks": p.missing, "why": p.why("en")}
            for p in pending_lines(champ, lang="ru")]


def cmd_pending(args: argparse.Namespace) -> int:
    with open_file(args.file) as champ:
        items = pending_list(champ)
        total = len(champ.competencies())
    if args.json:
        print_json(items)
        return 0
    if not items:
        print(f"All {total} competencies are final.")
        return 0
    print(f"{len(items)} of {total} competencies are not final:")
    width = max(len(i["code"]) for i in items)
    for i in items:
        print(f"  {i['code']:<{width}}  {i['status']:<11}  {i['name']} — {i['why']}")
    return 0
