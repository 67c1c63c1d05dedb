"""Results packages: what they carry, and that a damaged or altered package is refused."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from wsk_desk.domain.errors import DeskError, InputError
from wsk_desk.exchange.package import pack_bytes, read_package, write_package
from wsk_desk.storage import audit, schema, snapshot
from wsk_desk.storage.championship import Championship

from .packages_util import copy_demo, demo_file, forge, rows, split_into_packages, unpack


@pytest.fixture(scope="session")
def base(tmp_path_factory):
    return tmp_path_factory.mktemp("packages")


@pytest.fixture(scope="session")
def small_pkg(base):
    """A package of every competency of the small demo, written once."""
    champ = Championship.open(demo_file(base, "small"), readonly=True)
    try:
        write_package(champ, base / "small-all.wskpkg", laptop="venue-1")
    finally:
        champ.close()
    return base / "small-all.wskpkg"


def test_package_carries_everything_of_its_competencies_with_a_manifest(base, small_pkg):
    pkg = read_package(small_pkg)
    champ = Championship.open(demo_file(base, "small"), readonly=True)
    try:
        assert pkg.source == champ.file_id
        assert sorted(pkg.competencies) == sorted(c.code for c in champ.competencies())
        for code, data in pkg.competencies.items():
            assert snapshot.digest(data) == snapshot.digest(snapshot.export_competency(champ.db, code))
            assert pkg.entry(code)["revision"] == champ.revision(code)
        m = pkg.manifest
        assert m["laptop"] == "venue-1"
        assert m["schema_version"] == schema.CURRENT_VERSION and m["desk_version"]
        assert m["created_at"][:4].isdigit()
        manifest, content = unpack(small_pkg)
        body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        assert manifest["content_sha256"] == hashlib.sha256(body).hexdigest()
        # locks, sign-offs, marking teams, substitutions and the audit record travel too
        final = next(c for c, d in pkg.competencies.items() if rows(d, "signoffs"))
        data = pkg.competencies[final]
        assert rows(data, "form_locks") and rows(data, "marking_team") and rows(data, "substitutions")
        assert {e[3] for e in data["audit"]} >= {"scheme.import", "marks.enter", "form.lock", "competency.signoff"}
        used = {r["region"] for c in pkg.competencies.values() for r in rows(c, "competitors")}
        assert {r[0] for r in pkg.regions["rows"]} >= used
    finally:
        champ.close()


def test_one_competency_only_and_unknown_code_refused(base, tmp_path):
    champ = Championship.open(demo_file(base, "small"), readonly=True)
    try:
        pkg = write_package(champ, tmp_path / "one.wskpkg", ["10"])
        assert list(pkg.competencies) == ["10"]
        with pytest.raises(DeskError, match="no competency 99"):
            write_package(champ, tmp_path / "none.wskpkg", ["99"])
        assert not (tmp_path / "none.wskpkg").exists()
    finally:
        champ.close()


@pytest.mark.parametrize("where", [0, 40, 0.5, -70, -1])
def test_one_byte_changed_anywhere_is_refused(small_pkg, tmp_path, where):
    blob = bytearray(small_pkg.read_bytes())
    at = int(len(blob) * where) if isinstance(where, float) else where
    blob[at] ^= 0x01
    bad = tmp_path / "bad.wskpkg"
    bad.write_bytes(bytes(blob))
    with pytest.raises(InputError) as err:
        read_package(bad)
    assert str(bad) in str(err.value)
    assert "checksum" in str(err.value) or "not a WSK Desk results package" in str(err.value)


def test_a_changed_mark_with_checksums_recomputed_is_caught_by_the_audit_record(small_pkg, tmp_path):
    def edit(manifest, content):
        data = content["competencies"]["10"]
        part = data["tables"]["judge_scores"]
        score = part["columns"].index("score")
        part["rows"][0][score] = 3 if part["rows"][0][score] != 3 else 2

    bad = forge(small_pkg, tmp_path / "forged.wskpkg", edit)
    with pytest.raises(InputError, match="competency 10: .*the marks do not match the audit record") as err:
        read_package(bad)
    assert "forged.wskpkg" in str(err.value) and "judge" in str(err.value)


def test_rewriting_the_logged_op_as_well_breaks_the_entry_hash(small_pkg, tmp_path):
    def edit(manifest, content):
        data = content["competencies"]["10"]
        part = data["tables"]["measurement_marks"]
        cols = part["columns"]
        row = part["rows"][0]
        aspect, comp = row[cols.index("aspect")], row[cols.index("competitor")]
        row[cols.index("value")] = "0"
        row[cols.index("reason")] = ""
        for entry in data["audit"]:
            if entry[9] and f'"a":"{aspect}"' in entry[9]:
                ops = json.loads(entry[9])
                for op in ops:
                    if op.get("a") == aspect and op.get("c") == comp:
                        op["v"], op["r"] = "0", ""
                entry[9] = json.dumps(ops, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    bad = forge(small_pkg, tmp_path / "forged2.wskpkg", edit)
    with pytest.raises(InputError, match=r"audit entry \d+ \(marks.enter.*altered after it was written"):
        read_package(bad)


def test_a_removed_entry_with_marks_is_caught_by_the_replay(small_pkg, tmp_path):
    def edit(manifest, content):
        entries = content["competencies"]["10"]["audit"]
        entries.remove(next(e for e in entries if e[3] == "marks.enter"))

    with pytest.raises(InputError, match="the marks do not match the audit record"):
        read_package(forge(small_pkg, tmp_path / "gap.wskpkg", edit))


def test_an_entry_rewritten_with_its_hash_recomputed_no_longer_links_to_the_next(small_pkg, tmp_path):
    """A forger who also recomputes the entry's hash still breaks the link the following entry holds."""
    def edit(manifest, content):
        data = content["competencies"]["10"]
        entries = data["audit"]
        i = next(i for i, e in enumerate(entries[:-1]) if e[3] == "marks.enter" and entries[i + 1][0] == e[0] + 1)
        e = entries[i]
        ops = json.loads(e[9])
        op = next(o for o in ops if o["k"] == "m" and o["v"] != "0")
        op["v"], op["r"] = "0", ""
        e[9] = json.dumps(ops, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        e[11] = audit.entry_hash(e[10], *e[:10])
        part = data["tables"]["measurement_marks"]
        cols = part["columns"]
        for row in part["rows"]:
            if (row[cols.index("aspect")], row[cols.index("competitor")]) == (op["a"], op["c"]):
                row[cols.index("value")], row[cols.index("reason")] = "0", ""

    with pytest.raises(InputError, match=r"audit entry \d+ \(.*\) does not follow entry \d+: the audit chain is broken"):
        read_package(forge(small_pkg, tmp_path / "relinked.wskpkg", edit))


def test_content_changed_without_recomputing_the_manifest_is_refused(small_pkg, tmp_path):
    manifest, content = unpack(small_pkg)
    content["competencies"]["10"]["competency"]["name_ru"] = "другое"
    bad = tmp_path / "c.wskpkg"
    bad.write_bytes(pack_bytes(manifest, json.dumps(content).encode()))
    with pytest.raises(InputError, match="does not match the checksum in its manifest"):
        read_package(bad)


def test_not_a_package_and_newer_desk_are_refused_in_a_sentence(base, small_pkg, tmp_path):
    with pytest.raises(InputError, match="not a WSK Desk results package"):
        read_package(demo_file(base, "small"))
    with pytest.raises(InputError, match="does not exist"):
        read_package(tmp_path / "missing.wskpkg")
    newer = forge(small_pkg, tmp_path / "newer.wskpkg",
                  lambda m, c: m.update(schema_version=schema.CURRENT_VERSION + 1))
    with pytest.raises(InputError, match="newer WSK Desk"):
        read_package(newer)


def test_a_file_whose_audit_does_not_match_its_marks_cannot_be_packaged(base, tmp_path):
    champ = copy_demo(base, "small", tmp_path / "v.wsk")
    try:
        with champ.db.atomic():  # a change behind the desk's back, without its audit entry
            champ.db.execute("UPDATE judge_scores SET score = 3 - score WHERE rowid = "
                             "(SELECT MIN(rowid) FROM judge_scores WHERE competency = '10')")
        with pytest.raises(DeskError, match="Competency 10 cannot be packaged: .*wsk-desk verify"):
            write_package(champ, tmp_path / "x.wskpkg", ["10"])
        assert not (tmp_path / "x.wskpkg").exists()
    finally:
        champ.close()


def test_every_national_package_verifies(base):
    split = split_into_packages(base)
    assert len(split.packages) == 50
    sources = {read_package(p).source for p in split.packages.values()}
    assert len(sources) == 50  # each as if from its own laptop


# ---- any single edit of the marks or the audit record is refused, and no edit crashes the reader ----

def _leaves(value, path=()):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, path + (i,))
    else:
        yield path, value


def _changed(value):
    if isinstance(value, bool) or value is None:
        return "x"
    if isinstance(value, int):
        return value + 1
    return (value or "") + "1" if isinstance(value, str) else None


@pytest.fixture(scope="session")
def one_pkg(base):
    champ = Championship.open(demo_file(base, "small"), readonly=True)
    try:
        write_package(champ, base / "small-10.wskpkg", ["10"])
    finally:
        champ.close()
    manifest, content = unpack(base / "small-10.wskpkg")
    data = content["competencies"]["10"]
    proven = [("competencies", "10", "audit") + p for p, _ in _leaves(data["audit"])]
    for table in ("measurement_marks", "judge_scores", "absences"):
        proven += [("competencies", "10", "tables", table, "rows") + p for p, _ in _leaves(data["tables"][table]["rows"])]
    anywhere = [p for p, _ in _leaves(content)]
    return base / "small-10.wskpkg", proven, anywhere


def _edit_at(path):
    def edit(manifest, content):
        node = content
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = _changed(node[path[-1]])
    return edit


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pick=st.integers(min_value=0, max_value=10**9))
def test_any_edit_of_marks_or_audit_entries_is_refused(one_pkg, tmp_path, pick):
    src, proven, _ = one_pkg
    path = proven[pick % len(proven)]
    with pytest.raises(InputError, match="competency 10: "):
        read_package(forge(src, tmp_path / "edited.wskpkg", _edit_at(path)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pick=st.integers(min_value=0, max_value=10**9))
def test_no_edit_anywhere_crashes_the_reader(one_pkg, tmp_path, pick):
    src, _, anywhere = one_pkg
    path = anywhere[pick % len(anywhere)]
    try:
        pkg = read_package(forge(src, tmp_path / "edited.wskpkg", _edit_at(path)))
    except InputError as exc:
        assert "edited.wskpkg" in str(exc)
    else:
        assert list(pkg.competencies) == ["10"]
