"""Shared material for the package and merge tests: demo files split into per-laptop packages.

Generating the national demo takes seconds, so it is made once per test
session (a process-wide cache) and only ever read by the tests; a test that
alters something copies it first.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from wsk_desk.demo.generate import write_demo
from wsk_desk.exchange.package import pack_bytes, write_package
from wsk_desk.storage import repository as repo, snapshot
from wsk_desk.storage.championship import Championship

_CACHE: dict[str, Any] = {}


@dataclass
class Split:
    original: Path  # the demo file, never written by tests
    packages: dict[str, Path]  # competency code -> its package, each from its own "laptop"


def demo_file(base: Path, size: str) -> Path:
    """A demo championship written once per session."""
    key = f"demo-{size}"
    if key not in _CACHE:
        path = base / f"{size}.wsk"
        write_demo(path, size).close()
        _CACHE[key] = path
    return _CACHE[key]


def split_into_packages(base: Path, size: str = "national") -> Split:
    """One package per competency, each as if written on its own laptop (own file id and laptop name)."""
    key = f"split-{size}"
    if key not in _CACHE:
        original = demo_file(base, size)
        venue = base / f"{size}-venue.wsk"
        shutil.copy(original, venue)
        champ = Championship.open(venue)
        packages = {}
        try:
            for comp in champ.competencies():
                with champ.db.atomic():
                    repo.set_meta(champ.db, "file_id", f"laptop-{comp.code}")
                out = base / f"{size}-{comp.code}.wskpkg"
                write_package(champ, out, [comp.code], laptop=f"laptop-{comp.code}")
                packages[comp.code] = out
        finally:
            champ.close()
        _CACHE[key] = Split(original, packages)
    return _CACHE[key]


def copy_demo(base: Path, size: str, out: Path, file_id: str | None = None) -> Championship:
    """A writable copy of a session demo file, optionally posing as another laptop's file."""
    shutil.copy(demo_file(base, size), out)
    champ = Championship.open(out, actor="venue")
    if file_id:
        with champ.db.atomic():
            repo.set_meta(champ.db, "file_id", file_id)
    return champ


def unpack(path: Path) -> tuple[dict, dict]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
        return json.loads(zf.read("manifest.json")), json.loads(zf.read("content.json"))


def forge(src: Path, out: Path, edit: Callable[[dict, dict], None]) -> Path:
    """Rewrite a package after `edit(manifest, content)`, recomputing every checksum and digest it holds.

    Only the audit chain is left as the edit made it: what a careful forger without the source file gets.
    """
    import hashlib

    manifest, content = unpack(src)
    edit(manifest, content)
    for entry in manifest["competencies"]:
        entry["digest"] = snapshot.digest(content["competencies"][entry["code"]])
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    manifest["content_sha256"] = hashlib.sha256(body).hexdigest()
    out.write_bytes(pack_bytes(manifest, body))
    return out


def rows(data: dict, table: str) -> list[dict]:
    part = data["tables"][table]
    return [dict(zip(part["columns"], r)) for r in part["rows"]]
