"""`backup`, `restore` and `verify`: copies to fall back on, and proof that nothing was forged."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import DeskError
from ..storage.backup import DEFAULT_KEEP, backup_dir, check_backup, make_backup, restore
from ..storage.integrity import verify_file
from .common import print_json

EXIT_OK, EXIT_FAILED = 0, 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write a backup of a championship file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("dest", metavar="DEST", nargs="?",
                   help="a folder (rotated, default FILE.backups beside the file) or a new .wsk file")
    p.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="backups kept in the folder (default 20)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup to a new championship file")
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--force", action="store_true", help="replace OUT when it exists and is not open anywhere")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("verify", help="check a file's integrity, format version and audit log")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)


def _existing_file(path: str) -> Path:
    p = Path(path)
    if not p.is_file():
        raise DeskError(f"{p}: the file does not exist.")
    return p


def cmd_backup(args: argparse.Namespace) -> int:
    source = _existing_file(args.file)
    if args.keep < 1:
        raise DeskError("--keep must be at least 1.")
    verdict = check_backup(source)
    if verdict != "ok":
        raise DeskError(f"{source.name} cannot be backed up: it is {verdict}.")
    dest = Path(args.dest) if args.dest else backup_dir(source)
    if dest.suffix.lower() == ".wsk" and not dest.is_dir():
        if dest.exists():
            raise DeskError(f"{dest}: the file already exists; choose another name.")
        if not dest.parent.is_dir():
            raise DeskError(f"{dest.parent}: the folder does not exist.")
        written = make_backup(source, dest.parent, reason="manual", keep=None)
        written.replace(dest)
        written = dest
    else:
        if not dest.parent.is_dir():
            raise DeskError(f"{dest.parent}: the folder does not exist.")
        if dest.exists() and not dest.is_dir():
            raise DeskError(f"{dest}: this is a file, not a folder; give a folder or a new .wsk name.")
        written = make_backup(source, dest, reason="manual", keep=args.keep)
    print(f"Backed up {source} to {written} ({written.stat().st_size} bytes).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    backup = _existing_file(args.backup)
    out = restore(backup, Path(args.out), overwrite=args.force)
    print(f"Restored {backup.name} to {out}.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    path = _existing_file(args.file)
    report = verify_file(path)
    if args.json:
        print_json(report.to_json())
        return EXIT_OK if report.ok else EXIT_FAILED
    print(f"{path}")
    print(f"  integrity (quick_check): {report.quick_check}")
    if report.schema_version is not None:
        print(f"  format version: {report.schema_version} (this desk writes {report.desk_schema_version})")
        print(f"  audit log: {report.audit_entries} entries")
    if report.ok:
        print("  OK: the audit chain is intact and replaying it gives exactly the marks, locks and sign-offs in the file.")
        return EXIT_OK
    for problem in report.problems:
        print(f"  FAILED: {problem}")
    print(f"wsk-desk: {path.name} failed verification: {report.problems[0] if report.problems else 'damaged'}",
          file=sys.stderr)
    return EXIT_FAILED

