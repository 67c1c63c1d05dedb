"""Results packages: one file per venue laptop that the organizer can trust.

Format (.wskpkg): a zip holding `manifest.json` and `content.json`, followed
by a trailer in the zip comment: "wskpkg sha256 " and SHA-256 over every
byte before it. Why a zip of JSON and not a small SQLite file:
- one byte changed anywhere (even in unused space or the manifest) breaks the
  trailer, while a SQLite file has free pages whose change nobody notices;
- the bytes are deterministic, so the checksum is over exactly what was sent;
- any unzip tool shows what a package carries, and a package can never be
  opened by mistake as a championship and silently changed;
- deflated JSON is small enough to mail (a worlds competency is ~100 kB).

The manifest carries the source file id, laptop, time, schema and desk
versions, per competency the revision, last audit entry and a content digest,
and `content_sha256` over content.json.

A checksum only proves the bytes did not change on the way; someone who edits
a mark can recompute it. So each competency also carries its audit entries
verbatim (with prev_hash and hash): they are a subsequence of the source's
chain, so each entry's own hash is recomputed, entries that were adjacent in
the source must still link, and replaying the carried mark ops must give
exactly the carried marks. Changing a mark then means rewriting the audit
record too, which breaks the entry hashes.

What this does not do: it is no signature. People and the marking scheme are
covered by the checksums only, so someone who edits them and recomputes every
checksum is not caught. For that the export prints the package's SHA-256 and
the merge preview shows it, to compare with what the venue reports (on the
signed results sheet, or by phone).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.errors import InputError
from ..storage import audit, schema, snapshot
from .messages import Message, refusal

FORMAT = "wsk-desk results package"
FORMAT_VERSION = 1
TRAILER = b"wskpkg sha256 "
_DIGEST_LEN = 64
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)  # fixed member times: same content, same bytes


@dataclass
class Package:
    """A verified package: its manifest and, per competency code, the data snapshot.import takes."""

    path: Path
    manifest: dict[str, Any]
    file_sha256: str
    competencies: dict[str, dict[str, Any]] = field(default_factory=dict)
    regions: dict[str, list] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return self.manifest["source_file_id"]

    @property
    def laptop(self) -> str:
        return self.manifest.get("laptop", "")

    @property
    def created_at(self) -> str:
        return self.manifest.get("created_at", "")

    def entry(self, code: str) -> dict[str, Any]:
        """The manifest's line for one competency (code, name, revision, seq, digest...)."""
        return next(c for c in self.manifest["competencies"] if c["code"] == code)


# ---- writing -------------------------------------------------------------------------------

def write_package(champ: Any, out_path: str | Path, competencies: list[str] | None = None, *,
                  laptop: str | None = None) -> Package:
    """Write the chosen competencies (default: all) of an open Championship into one .wskpkg file."""
    out = Path(out_path)
    db = champ.db
    known = snapshot.competency_codes(db)
    codes = [champ.competency(c).code for c in competencies] if competencies else known
    if not codes:
        raise refusal("pkg_nothing", path=champ.path)
    comps = {code: snapshot.export_competency(db, code) for code in codes}
    region_codes: set[str] = set()
    for data in comps.values():
        for table in ("competitors", "experts"):
            part = data["tables"].get(table)
            if part:
                at = part["columns"].index("region")
                region_codes.update(r[at] for r in part["rows"])
    content = {"competencies": comps, "regions": snapshot.regions(db, region_codes),
               "settings": snapshot.settings(db)}
    for code, data in comps.items():
        problem = check_competency(code, data)
        if problem:
            raise refusal("pkg_cannot_package", code=code, problem=problem, file=champ.path.name)
    head_seq, head_hash = snapshot.chain_head(db)
    content_bytes = _dumps(content)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "source_file_id": champ.file_id, "championship": champ.name, "source_file": champ.path.name,
        "laptop": laptop or socket.gethostname(), "actor": champ.actor, "created_at": audit.now_iso(),
        "schema_version": schema.schema_version(db), "desk_version": __version__,
        "chain_head": {"seq": head_seq, "hash": head_hash},
        "competencies": [_summary(code, data) for code, data in comps.items()],
        "content_sha256": hashlib.sha256(content_bytes).hexdigest(),
    }
    blob = pack_bytes(manifest, content_bytes)
    tmp = out.with_name(out.name + ".partial")
    try:
        with open(tmp, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return Package(out, manifest, hashlib.sha256(blob).hexdigest(), comps, content["regions"],
                   content["settings"])


def _summary(code: str, data: dict[str, Any]) -> dict[str, Any]:
    comp = data["competency"]
    entries = data["audit"]
    signoffs = data["tables"].get("signoffs", {"columns": [], "rows": []})
    active = signoffs["columns"].index("active") if signoffs["rows"] else -1
    marks = sum(len(data["tables"].get(t, {"rows": []})["rows"]) for t in ("measurement_marks", "judge_scores"))
    return {"code": code, "name": comp.get("name_ru", ""), "category": comp.get("category", ""),
            "revision": int(comp.get("revision") or 0),
            "signed_off": any(r[active] for r in signoffs["rows"]) if active >= 0 else False,
            "seq": entries[-1][0] if entries else 0, "head": entries[-1][-1] if entries else audit.GENESIS,
            "marks": marks, "digest": snapshot.digest(data)}


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


def pack_bytes(manifest: dict[str, Any], content_bytes: bytes) -> bytes:
    """The package file's bytes: the zip and its checksum trailer. (Tests use it to forge packages.)"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in (("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode()),
                           ("content.json", content_bytes)):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        zf.comment = TRAILER + b"0" * _DIGEST_LEN
    blob = bytearray(buf.getvalue())
    blob[-_DIGEST_LEN:] = hashlib.sha256(bytes(blob[:-_DIGEST_LEN])).hexdigest().encode()
    return bytes(blob)


# ---- reading and verifying -----------------------------------------------------------------

def read_package(path: str | Path) -> Package:
    """Read a package and prove it intact; refuses a damaged or altered one with one sentence."""
    path = Path(path)
    name = str(path)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Message("pkg_missing"), file=name) from None
    except OSError as exc:
        raise InputError(Message("pkg_unreadable", why=exc.strerror), file=name) from None
    if len(blob) < 100 or blob[-_DIGEST_LEN - len(TRAILER):-_DIGEST_LEN] != TRAILER:
        raise InputError(Message("pkg_not_package_cut"), file=name)
    if hashlib.sha256(blob[:-_DIGEST_LEN]).hexdigest().encode() != blob[-_DIGEST_LEN:]:
        raise InputError(Message("pkg_checksum"), file=name)
    manifest, content_bytes = _unzip(blob, name)
    if manifest.get("format") != FORMAT:
        raise InputError(Message("pkg_not_package"), file=name)
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION or \
            int(manifest.get("schema_version", 0)) > schema.CURRENT_VERSION:
        raise InputError(Message("pkg_newer", version=manifest.get("desk_version")), file=name)
    if hashlib.sha256(content_bytes).hexdigest() != manifest.get("content_sha256"):
        raise InputError(Message("pkg_content_sum"), file=name)
    try:
        content = json.loads(content_bytes)
        comps = content["competencies"]
        summaries = {c["code"]: c for c in manifest["competencies"]}
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(Message("pkg_content_unreadable", error=exc), file=name) from None
    if set(comps) != set(summaries):
        raise InputError(Message("pkg_lists_differ"), file=name)
    for code, data in comps.items():
        try:
            problem = check_competency(code, data)
            if problem is None and snapshot.digest(data) != summaries[code].get("digest"):
                problem = Message("pc_digest")
            if problem is None and data["audit"] and data["audit"][-1][0] != summaries[code].get("seq"):
                problem = Message("pc_last_entry")
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            problem = Message("pc_unreadable")
        if problem:
            raise InputError(Message("pkg_altered", code=code, problem=problem), file=name)
    return Package(path, manifest, hashlib.sha256(blob).hexdigest(), comps, content.get("regions") or
                   {"columns": ["code"], "rows": []}, content.get("settings") or {})


def _unzip(blob: bytes, name: str) -> tuple[dict[str, Any], bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            content_bytes = zf.read("content.json")
    except KeyError as exc:
        raise InputError(Message("pkg_lacks", part=exc.args[0] if exc.args else Message("pkg_a_part")),
                         file=name) from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(Message("pkg_damaged", error=exc), file=name) from None
    if not isinstance(manifest, dict):
        raise InputError(Message("pkg_manifest_unreadable"), file=name)
    return manifest, content_bytes


def check_competency(code: str, data: dict[str, Any]) -> Message | None:
    """None when the carried audit entries hold together and replay to the carried marks; else why not
    (a Message: its str() is the English sentence, `.text(lang)` the Russian or Kazakh)."""
    try:
        entries = data["audit"]
        tables = data["tables"]
        if data["competency"]["code"] != code:
            return Message("pc_other_code")
    except (KeyError, TypeError):
        return Message("pc_incomplete")
    for name, part in tables.items():  # every row must belong to this competency, and to no other
        cols = part["columns"]
        if "competency" in cols:
            at = cols.index("competency")
            if any(r[at] != code for r in part["rows"]):
                return Message("pc_foreign_rows", table=name)
    state: audit.MarkState = {}
    prev_seq, prev_hash = 0, None
    for row in entries:
        try:
            seq, at, actor, action, comp, target, old, new, reason, ops, before, digest = row
        except (TypeError, ValueError):
            return Message("pc_entry_incomplete")
        if seq <= prev_seq:
            return Message("pc_out_of_order", seq=seq)
        if seq == prev_seq + 1 and before != prev_hash:
            return Message("pc_broken", seq=seq, action=action, prev=prev_seq)
        if audit.entry_hash(before, seq, at, actor, action, comp, target, old, new, reason, ops) != digest:
            return Message("pc_altered", seq=seq, action=action, at=at)
        if ops:
            try:
                audit.apply_ops(state, comp, json.loads(ops))
            except (ValueError, KeyError, TypeError):
                return Message("pc_bad_ops", seq=seq)
        prev_seq, prev_hash = seq, digest
    replayed = {k: v for k, v in state.items() if k[1] == code and k[0] in audit.MARK_KINDS}
    try:
        carried = _marks(code, tables)
    except (KeyError, ValueError, TypeError):
        return Message("pc_marks_unreadable")
    if isinstance(carried, Message):
        return carried
    for key in sorted(set(carried) | set(replayed), key=str):
        if carried.get(key) != replayed.get(key):
            return Message("pc_mismatch", where=_where(key), held=_show(carried.get(key)),
                           said=_show(replayed.get(key)))
    return None


def _marks(code: str, tables: dict[str, dict]) -> audit.MarkState | Message:
    state: audit.MarkState = {}
    spec = {"measurement_marks": ("m", ("aspect", "competitor"), lambda r, i: (r[i["value"]], r[i["reason"]])),
            "judge_scores": ("s", ("aspect", "competitor", "expert"), lambda r, i: r[i["score"]]),
            "absences": ("x", ("form", "competitor"), lambda r, i: True)}
    for table, (kind, keys, value) in spec.items():
        part = tables.get(table) or {"columns": [], "rows": []}
        idx = {c: n for n, c in enumerate(part["columns"])}
        for r in part["rows"]:
            if r[idx["competency"]] != code:
                return Message("pc_foreign_marks", other=r[idx["competency"]])
            state[(kind, code, *(r[idx[k]] for k in keys))] = value(r, idx)
    return state


def _where(key: tuple) -> Message:
    if key[0] == "x":
        return Message("pc_at_absence", form=key[2], who=key[3])
    if key[0] == "s":
        return Message("pc_at_score", aspect=key[2], who=key[3], judge=key[4])
    return Message("pc_at_mark", aspect=key[2], who=key[3])


def _show(value: Any) -> Message:
    if value is None:
        return Message("pc_nothing")
    if isinstance(value, (tuple, list)):
        return Message("pc_mark_reason", value=value[0], reason=value[1]) if value[1] else \
            Message("pc_mark", value=value[0])
    if value is True:
        return Message("pc_absence")
    return Message("pc_score", value=value)
