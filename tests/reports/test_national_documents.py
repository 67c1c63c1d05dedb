"""Best results and the competencies not yet final on paper (their own documents and the standings' last
pages), and the red integrity warning on every page printed from a file altered behind the desk's back."""

from __future__ import annotations

import shutil

import pytest

from tests.reports.demo_files import cli_json, small_demo, tiny
from tests.reports.demo_files import small_demo_champ as champ  # noqa: F401 - fixture
from tests.reports.pdf_text import pages
from tests.storage.reliability_util import raw
from wsk_desk.reports import build_document
from wsk_desk.storage.audit_snapshot import verify_snapshot
from wsk_desk.storage.championship import Championship

WARNING = {"en": "WARNING: this file failed its integrity check (verify):",
           "ru": "ВНИМАНИЕ: файл не прошёл проверку целостности (verify):",
           "kk": "НАЗАР АУДАРЫҢЫЗ: файл тұтастық тексеруінен өтпеді (verify):"}


def flat(page: str) -> str:
    return " ".join(page.split())


def render(champ, tmp_path, kind, **kw):
    out = tmp_path / f"{kind}.pdf"
    build_document(kind, champ, **kw).to_pdf(out)
    return [flat(p) for p in pages(out, "-raw")]


def region_names(champ, lang):
    return {r.code: r.name(lang) for r in champ.regions()}


def test_best_results_name_every_best_of_region_and_the_best_of_championship(champ, tmp_path):
    best = cli_json("best", small_demo(), "--json")
    text = " ".join(render(champ, tmp_path, "best", lang="en"))
    names = region_names(champ, "en")
    assert text.index("Best of championship") < text.index("Best of region")
    top = best["championship"][0]
    assert f"{top['region']} · {names[top['region']]}" in text.split("Best of region")[0]
    regional = text.split("Best of region")[1]
    for region, items in best["regions"].items():
        for b in items:
            name = champ.competency(b["competency"]).name("en")
            line = f"{region} · {names[region]}"
            assert line in regional and f"{b['competency']} · {name}" in regional, line
            assert f"{b['raw']:.2f}" in regional and str(b["scale"]) in regional
    assert "PROVISIONAL" in text and "can still change" in text  # 17 and 04 are not final


def test_not_yet_final_fits_one_page_and_says_what_each_waits_for(champ, tmp_path):
    printed = render(champ, tmp_path, "pending", lang="ru")
    assert len(printed) == 1
    page = printed[0]
    assert "Компетенции, ещё не окончательные" in page and "Не окончательные компетенции: 2 из 3" in page
    assert "04 Мехатроника Предварительные утверждения" in page
    assert "17 Веб-технологии Идёт оценивание не хватает оценок: 570 C1, C2, D1, D2, E1, F1, F2" in page
    assert "10 Сварочные" not in page  # final: not listed


def test_standings_go_on_with_best_results_and_what_is_not_final(champ, tmp_path):
    printed = render(champ, tmp_path, "standings", lang="kk")
    starts = {title: next(i for i, p in enumerate(printed) if title in p)
              for title in ("Жалпы командалық есеп", "Үздік нәтижелер", "Әлі түпкілікті емес құзыреттіліктер")}
    assert list(starts.values()) == sorted(starts.values()) and len(set(starts.values())) == 3
    assert "Өңірдің үздігі" in printed[starts["Үздік нәтижелер"]]
    assert "Best of" not in " ".join(printed) and "Waiting for" not in " ".join(printed)


def test_when_everything_is_final_the_standings_leave_the_list_out(champ, tmp_path, monkeypatch):
    from wsk_desk.reports import national_lists

    monkeypatch.setattr(national_lists, "pending_lines", lambda *a, **k: [])
    doc = build_document("standings", champ, lang="en")
    assert [s.title for s in doc.sections] == ["Team standings", "Best results"]
    (page,) = render(champ, tmp_path, "pending", lang="en")
    assert "All 3 competencies are final." in page and "PROVISIONAL" not in page


@pytest.fixture
def tampered(tmp_path):
    """The tiny championship with one mark changed by plain sqlite3, its audit log left as it was."""
    path = tmp_path / "tampered.wsk"
    shutil.copy(tiny(), path)
    raw(path, "UPDATE measurement_marks SET value = '2.5' WHERE aspect = 'A1.1' AND competitor = 'P01'")
    return path


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_page_from_an_altered_file_carries_the_warning(tampered, tmp_path, lang):
    report = verify_snapshot(tampered)
    assert not report.ok and "P01" in report.problems[0]
    champ = Championship.open(tampered, readonly=True)
    try:
        champ.integrity = report  # as the desk's open-time check and `wsk-desk print` set it
        for kind, kw in (("marks", {"code": "17"}), ("results", {"code": "17"}), ("standings", {})):
            printed = render(champ, tmp_path, kind, lang=lang, **kw)
            assert all(WARNING[lang] in page for page in printed), (kind, lang)
            assert all("competitor P01" in page for page in printed)  # the first problem, named
    finally:
        champ.close()


def test_an_intact_file_prints_no_warning(tmp_path):
    path = tmp_path / "intact.wsk"
    shutil.copy(tiny(), path)
    report = verify_snapshot(path)
    champ = Championship.open(path, readonly=True)
    try:
        printed = render(champ, tmp_path, "results", code="17", lang="en", integrity=report)
    finally:
        champ.close()
    assert report.ok and not any("WARNING" in page for page in printed)


def test_the_warning_passed_in_wins_over_none(tampered, tmp_path):
    champ = Championship.open(tampered, readonly=True)
    try:
        assert champ.integrity is None  # nobody checked: a plain build prints no warning
        assert not any(WARNING["en"] in p for p in render(champ, tmp_path, "results", code="17", lang="en"))
        printed = render(champ, tmp_path, "results", code="17", lang="en", integrity=verify_snapshot(tampered))
        assert all(WARNING["en"] in p for p in printed)
    finally:
        champ.close()


def test_an_overlong_problem_is_cut_to_the_warnings_two_lines(champ, tmp_path):
    class Failed:
        ok = False
        problems = ["competency 17: " + "the file holds something else " * 40]

    (page, *_rest) = pages(_pdf(champ, tmp_path, Failed()), "-layout")
    lines = [line for line in page.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if WARNING["en"] in line)
    assert lines[start + 1].rstrip().endswith("...")  # "…" read back NFKC-normalised; two lines at most
    assert "Competencies not yet final" in " ".join(lines[:start])  # the header above it is intact


def _pdf(champ, tmp_path, integrity):
    out = tmp_path / "long.pdf"
    build_document("pending", champ, lang="en", integrity=integrity).to_pdf(out)
    return out
