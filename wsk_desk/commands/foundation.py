"""`new`, `demo`, `info` and `open`: making and looking at championship files."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import DeskError
from ..storage.championship import Championship
from .common import open_file, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create an empty championship with the 20 regions")
    p.add_argument("out", metavar="OUT.wsk")
    p.add_argument("--name", required=True, help="the championship's name")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="write the deterministic demo championship")
    p.add_argument("out", metavar="OUT.wsk")
    p.add_argument("--size", choices=["small", "national", "worlds"], default="national")
    p.add_argument("--seed", type=int, default=2025)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="counts of what a championship file holds")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("open", help="open a championship file in the desk")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--read-only", action="store_true")
    p.set_defaults(func=cmd_open)


def _refuse_existing(out: str) -> Path:
    path = Path(out)
    if path.exists():
        raise DeskError(f"{path}: the file already exists; choose another name.")
    if not path.parent.exists():
        raise DeskError(f"{path.parent}: the folder does not exist.")
    return path


def cmd_new(args: argparse.Namespace) -> int:
    from ..demo.data import REGIONS

    if not args.name.strip():
        raise DeskError("A championship needs a name: give --name \"...\".")
    champ = Championship.create(_refuse_existing(args.out), args.name.strip(), regions=REGIONS)
    champ.close()
    print(f"Created {args.out}: {args.name.strip()}, {len(REGIONS)} regions.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..demo.generate import write_demo

    path = _refuse_existing(args.out)
    tmp = path.with_name(path.name + ".partial")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        leftover.unlink(missing_ok=True)
    try:
        champ = write_demo(tmp, args.size, args.seed)
        counts = champ.counts()
        champ.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        champ.close()
        tmp.replace(path)  # never leave a half-written demo under the real name
    finally:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            leftover.unlink(missing_ok=True)
    print(f"Wrote {path}: {counts['competencies']} competencies, {counts['competitors']} competitors, "
          f"{counts['aspects']} aspects, {counts['marks'] + counts['judge_scores']} marks and scores.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_file(args.file) as champ:
        counts = champ.counts()
        data = {"championship": champ.name, "file": str(args.file), **counts}
    if args.json:
        print_json(data)
    else:
        print(data["championship"])
        for key, value in counts.items():
            print(f"  {key.replace('_', ' ')}: {value}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from ..ui.app import run

    return run(args.file, readonly=args.read_only)
