"""The organizer's merge: national results rebuilt from packages, idempotence, updates, conflicts."""

from __future__ import annotations

import pytest

from wsk_desk.domain.errors import DeskError, RuleViolation
from wsk_desk.domain.standings import standings
from wsk_desk.exchange.merge import apply_merge, plan_merge
from wsk_desk.exchange.package import write_package
from wsk_desk.storage import audit, repository as repo, snapshot
from wsk_desk.storage.backup import backup_dir
from wsk_desk.storage.championship import Championship

from .packages_util import copy_demo, demo_file, split_into_packages


@pytest.fixture(scope="session")
def base(tmp_path_factory):
    return tmp_path_factory.mktemp("merge")


@pytest.fixture(scope="session")
def national(base):
    """The national demo split into 50 packages and merged into an empty master (once)."""
    split = split_into_packages(base)
    original = Championship.open(split.original, readonly=True)
    master = Championship.create(base / "master.wsk", original.name, actor="organizer")
    entries_before = master.counts()["audit_entries"]
    plan = plan_merge(master, list(split.packages.values()))
    outcome = apply_merge(master, plan)
    yield split, original, master, plan, outcome, entries_before
    master.close()
    original.close()


def _standings_json(champ):
    return {k: [r.to_json() for r in rows] for k, rows in standings(champ.all_results(), champ.settings()).items()}


def test_national_packages_merged_into_an_empty_master_give_identical_results(national):
    split, original, master, plan, outcome, entries_before = national
    assert {i.action for i in plan.items} == {"new"} and len(plan.items) == 50
    assert sorted(outcome.changed) == sorted(split.packages)
    assert [c.code for c in master.competencies()] == [c.code for c in original.competencies()]
    assert [r.to_json() for r in master.all_results()] == [r.to_json() for r in original.all_results()]
    assert _standings_json(master) == _standings_json(original)
    # one transaction, one audit entry, and the master's log still replays to its marks
    assert master.counts()["audit_entries"] == entries_before + 1
    last = list(audit.entries(master.db))[-1]
    assert last.action == "results.merge" and len(last.new["competencies"]) == 50
    assert audit.verify(master.db).ok
    for code in split.packages:
        assert snapshot.digest(snapshot.export_competency(master.db, code)) == \
            snapshot.digest(snapshot.export_competency(original.db, code))
        assert snapshot.source_id(master.db, code) == f"laptop-{code}"


def test_reimporting_the_same_packages_is_a_no_op(national):
    split, original, master, *_ = national
    digest = repo.content_digest(master.db)
    entries = master.counts()["audit_entries"]
    plan = plan_merge(master, list(split.packages.values())[:10])
    assert {i.action for i in plan.items} == {"same"}
    outcome = apply_merge(master, plan)
    assert outcome.changed == [] and outcome.audit_seq is None
    assert repo.content_digest(master.db) == digest and master.counts()["audit_entries"] == entries


@pytest.fixture
def venue(base, tmp_path):
    """A venue laptop's file (the small demo) and a master that merged its package of competency 10."""
    champ = copy_demo(base, "small", tmp_path / "venue.wsk", file_id="venue-laptop")
    write_package(champ, tmp_path / "day1.wskpkg", ["10"], laptop="venue")
    master = Championship.create(tmp_path / "master.wsk", champ.name, actor="organizer")
    apply_merge(master, plan_merge(master, [tmp_path / "day1.wskpkg"]))
    yield champ, master, tmp_path
    master.close()
    champ.close()


def _drop_gold(champ, code):
    """A correction after sign-off: the gold medallist is marked absent for one form, then revision 2."""
    res = champ.results(code)
    gold = res.rows[0]
    form = next(iter(champ.scheme(code).forms())).id
    champ.unlock_form(code, form, "Протест: участник не выполнил модуль")
    champ.set_absent(code, form, gold.id, True)
    champ.lock_form(code, form)
    champ.sign_off(code, "Главный эксперт", reason="Исправление после протеста")
    return gold


def test_a_newer_revision_replaces_the_old_with_its_medal_changes(venue):
    champ, master, tmp = venue
    assert master.revision("10") == 1
    gold = _drop_gold(champ, "10")
    write_package(champ, tmp / "day2.wskpkg", ["10"], laptop="venue")
    plan = plan_merge(master, [tmp / "day1.wskpkg", tmp / "day2.wskpkg"])
    actions = {i.package.path.name: i.action for i in plan.items}
    assert actions == {"day1.wskpkg": "superseded", "day2.wskpkg": "update"}
    item = plan.changes()[0]
    assert item.note == "revision 1 → 2"
    expected = champ.revisions("10")[-1]["medal_changes"]
    assert item.medal_changes == expected
    assert {"id": gold.id, "name": gold.name, "from": "GOLD"}.items() <= \
        next(c for c in item.medal_changes if c["id"] == gold.id).items()
    outcome = apply_merge(master, plan)
    assert outcome.changed == ["10"]
    assert master.revision("10") == 2
    assert master.results("10").to_json() == champ.results("10").to_json()
    entry = list(audit.entries(master.db))[-1]
    assert entry.new["competencies"]["10"]["medal_changes"] == expected
    assert audit.verify(master.db).ok
    # a backup of the master was taken before the merge
    assert any(p.name.endswith("-merge.wsk") for p in backup_dir(master.path).iterdir())


def test_an_older_package_after_a_newer_one_changes_nothing(venue):
    champ, master, tmp = venue
    _drop_gold(champ, "10")
    write_package(champ, tmp / "day2.wskpkg", ["10"])
    apply_merge(master, plan_merge(master, [tmp / "day2.wskpkg"]))
    digest = repo.content_digest(master.db)
    plan = plan_merge(master, [tmp / "day1.wskpkg"])
    assert [i.action for i in plan.items] == ["older"]
    assert apply_merge(master, plan).audit_seq is None
    assert repo.content_digest(master.db) == digest


def test_a_package_from_another_source_is_a_conflict_until_resolved(venue, base):
    champ, master, tmp = venue
    other = copy_demo(base, "small", tmp / "other.wsk", file_id="other-laptop")
    try:
        _drop_gold(other, "10")
        write_package(other, tmp / "other.wskpkg", ["10"], laptop="other")
        theirs = other.results("10").to_json()
    finally:
        other.close()
    before = repo.content_digest(master.db)
    mine = snapshot.digest(snapshot.export_competency(master.db, "10"))
    entries = master.counts()["audit_entries"]
    plan = plan_merge(master, [tmp / "other.wskpkg"])
    (item,) = plan.items
    assert item.action == "conflict" and "another source" in item.note
    assert item.master["source"] == "venue-laptop" and item.source == "other-laptop"
    assert item.medal_changes  # what taking it would change is shown
    outcome = apply_merge(master, plan)
    assert outcome.unresolved == ["10"] and outcome.audit_seq is None
    assert repo.content_digest(master.db) == before and master.counts()["audit_entries"] == entries
    with pytest.raises(RuleViolation, match="needs a written reason"):
        apply_merge(master, plan, {"10": ("take", "  ")})
    with pytest.raises(DeskError, match="no conflict for competency 99"):
        apply_merge(master, plan, {"99": ("take", "why")})
    kept = apply_merge(master, plan, {"10": ("keep", "Пакет с чужого ноутбука")})
    assert kept.kept == ["10"] and kept.changed == []
    assert snapshot.digest(snapshot.export_competency(master.db, "10")) == mine
    assert list(audit.entries(master.db))[-1].reason == "10: Пакет с чужого ноутбука"
    plan = plan_merge(master, [tmp / "other.wskpkg"])
    taken = apply_merge(master, plan, {"10": ("take", "Решение оргкомитета")})
    assert taken.changed == ["10"]
    assert master.results("10").to_json() == theirs
    assert snapshot.source_id(master.db, "10") == "other-laptop"
    assert audit.verify(master.db).ok


def test_changes_made_in_the_master_since_the_merge_make_a_newer_package_a_conflict(venue):
    champ, master, tmp = venue
    form = next(iter(master.scheme("10").forms())).id
    master.unlock_form("10", form, "Проверка организатором")
    _drop_gold(champ, "10")
    write_package(champ, tmp / "day2.wskpkg", ["10"])
    (item,) = plan_merge(master, [tmp / "day2.wskpkg"]).items
    assert item.action == "conflict" and "changed in the master" in item.note


def test_the_same_new_competency_from_two_venues_is_a_conflict(venue, base):
    champ, master, tmp = venue
    other = copy_demo(base, "small", tmp / "other.wsk", file_id="other-laptop")
    try:
        write_package(other, tmp / "o17.wskpkg", ["17"])
    finally:
        other.close()
    write_package(champ, tmp / "v17.wskpkg", ["17"])
    plan = plan_merge(master, [tmp / "v17.wskpkg", tmp / "o17.wskpkg"])
    assert [i.action for i in plan.items] == ["conflict", "conflict"]
    with pytest.raises(DeskError, match="comes from 2 different packages"):
        apply_merge(master, plan, {"17": ("take", "one of them")})
    assert "17" not in [c.code for c in master.competencies()]


def test_a_master_changed_after_the_preview_refuses_the_stale_plan(venue):
    champ, master, tmp = venue
    write_package(champ, tmp / "p17.wskpkg", ["17"])
    plan = plan_merge(master, [tmp / "p17.wskpkg"])
    master.unlock_form("10", next(iter(master.scheme("10").forms())).id, "Проверка")
    with pytest.raises(DeskError, match="changed since this preview"):
        apply_merge(master, plan)
    assert "17" not in [c.code for c in master.competencies()]


def test_a_package_written_from_the_master_verifies_and_merges_elsewhere(national, tmp_path):
    split, original, master, *_ = national
    out = write_package(master, tmp_path / "relay.wskpkg", ["17", "19"])
    assert out.entry("17")["seq"] == list(audit.entries(master.db))[-1].seq  # the merge entry carries its marks
    second = Championship.create(tmp_path / "second.wsk", "Second", actor="hub")
    try:
        apply_merge(second, plan_merge(second, [tmp_path / "relay.wskpkg"]))
        assert second.results("17").to_json() == original.results("17").to_json()
        assert audit.verify(second.db).ok
    finally:
        second.close()


def test_demo_file_is_untouched_by_the_tests(base):
    champ = Championship.open(demo_file(base, "small"), readonly=True)
    try:
        assert audit.verify(champ.db).ok and champ.file_id not in ("venue-laptop", "other-laptop")
    finally:
        champ.close()
